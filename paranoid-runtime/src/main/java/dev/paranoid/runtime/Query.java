package dev.paranoid.runtime;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A select over one paranoid table, built step by step. Live rows only unless
 * {@link #includeDeleted()} or {@link #onlyDeleted()} says otherwise (Sequelize's
 * {@code paranoid: false}). A query is a builder: not thread-safe, may be run several times.
 */
public interface Query<E> {

  /** Adds a condition; repeated calls are ANDed. The deleted filter is always kept apart. */
  Query<E> where(Condition<E> condition);

  /** Returns soft-deleted rows as well as live ones. */
  Query<E> includeDeleted();

  /** Returns soft-deleted rows only. */
  Query<E> onlyDeleted();

  /** Eager-loads associations; each include filters its own soft-deleted rows. */
  @SuppressWarnings("unchecked")
  Query<E> include(Include<E, ?>... includes);

  // Fixed-arity overloads: a call to a generic varargs interface method warns ("unchecked generic
  // array creation") at every call site under -Xlint; with one or two arguments these are chosen.

  /** {@link #include(Include...)} with one include. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  default Query<E> include(Include<E, ?> include) {
    return include(new Include[] {include});
  }

  /** {@link #include(Include...)} with two includes. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  default Query<E> include(Include<E, ?> first, Include<E, ?> second) {
    return include(new Include[] {first, second});
  }

  /** Sorts by these keys, then by primary key (the default order). */
  @SuppressWarnings("unchecked")
  Query<E> orderBy(Order<E>... orders);

  /** {@link #orderBy(Order...)} with one key. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  default Query<E> orderBy(Order<E> order) {
    return orderBy(new Order[] {order});
  }

  /** {@link #orderBy(Order...)} with two keys. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  default Query<E> orderBy(Order<E> first, Order<E> second) {
    return orderBy(new Order[] {first, second});
  }

  /** At most {@code n} rows ({@code n >= 0}). */
  Query<E> limit(int n);

  /** Skips the first {@code n} rows ({@code n >= 0}). */
  Query<E> offset(int n);

  List<E> list();

  Optional<E> first();

  /** The number of rows {@link #list()} would return. */
  long count();

  /**
   * The rows {@link #list()} returns (includes loaded) and how many rows the query matches
   * without its limit and offset, in one transaction (the caller's, if one is open): the select,
   * then a {@code COUNT(*)} of the whole query, left out when the page itself shows the total
   * (it holds fewer rows than the limit, so nothing follows it).
   */
  Page<E> page();

  /**
   * The rows {@link #list()} returns, read lazily as the stream is consumed, a thousand at a time
   * from the database (a cursor: on PostgreSQL inside a transaction of the stream's own, MariaDB
   * Connector/J streams them; MySQL Connector/J reads the whole result first unless the URL has
   * {@code useCursorFetch=true}). Includes are loaded for each thousand roots as they are read,
   * one statement per include and chunk, never one per row. The stream holds a connection until
   * it is closed: use it in try-with-resources. Closing it, also early and after a failure,
   * releases the connection; outside a transaction the includes are read on a second connection
   * of the pool.
   */
  Stream<E> stream();

  /**
   * Whether {@link #list()} would return at least one row: one statement that reads one key at
   * most, no entity and no include.
   */
  boolean exists();
}
