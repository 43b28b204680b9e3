package dev.paranoid.runtime.internal;

import dev.paranoid.runtime.Column;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.DaoConfig;
import dev.paranoid.runtime.FoundOrCreated;
import dev.paranoid.runtime.Query;
import dev.paranoid.runtime.UniqueConstraintException;
import dev.paranoid.runtime.Update;
import dev.paranoid.runtime.cascade.CascadeOperation;
import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlColumn;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.condition.Tables;
import dev.paranoid.runtime.condition.WhereClause;
import dev.paranoid.runtime.internal.jdbc.CascadeSpec;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.JdbcTypes;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.internal.jdbc.TimestampType;
import dev.paranoid.runtime.query.SelectQuery;
import dev.paranoid.runtime.sql.DeletedFilter;
import dev.paranoid.runtime.sql.SqlSink.Part;
import dev.paranoid.runtime.sql.SqlTable;
import dev.paranoid.runtime.sql.Statements;
import dev.paranoid.runtime.transaction.TransactionBlocks;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The statements of a generated DAO whose SQL depends on a {@link Condition}: reads, counts and
 * the bulk destroy/restore. Fixed statements (by primary key, insert, update) are written out in
 * the generated DAO itself.
 */
public final class ParanoidTable<E> {

  private final EntityTable<E> table;
  /** The table as the statements name it. */
  private final SqlTable shape;
  /** The cascades destroy and restore follow; null when there are none. */
  private final CascadeOperation cascade;
  private final SqlExecutor executor;
  private final Clock clock;
  private final Actors actors;

  /** A table whose timestamps come from {@code config}'s clock, and actors from its auditor. */
  public ParanoidTable(EntityTable<E> table, SqlExecutor executor, DaoConfig config) {
    this(table, List.of(), executor, config);
  }

  /**
   * With the {@code cascade = REMOVE} associations that destroy and restore follow.
   *
   * @throws IllegalArgumentException when {@code config}'s auditor is known to give actors that
   *     a {@code @DeletedBy} field of the entity or of a cascade child cannot hold
   */
  public ParanoidTable(EntityTable<E> table, List<CascadeSpec> cascades, SqlExecutor executor,
      DaoConfig config) {
    this.table = Objects.requireNonNull(table, "table");
    this.shape = Tables.of(table);
    this.executor = Objects.requireNonNull(executor, "executor");
    this.cascade = cascades.isEmpty() ? null : new CascadeOperation(executor, table, cascades);
    Objects.requireNonNull(config, "config must not be null");
    this.clock = config.clock();
    this.actors = Actors.of(config, table, cascades);
  }

  public SqlExecutor executor() {
    return executor;
  }

  /**
   * The clock's instant, truncated to microseconds: the finest precision the supported databases
   * store, so the value an entity is given is the value its row holds.
   */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The actor a soft destroy records, as {@code type} (the {@code @DeletedBy} field's): the
   * auditor's, checked against every {@code @DeletedBy} column it will reach; null when there is
   * none.
   */
  public <T> T actor(Class<T> type) {
    return type.cast(actors.current());
  }

  public Query<E> query() {
    return new SelectQuery<>(executor, table);
  }

  public List<E> findAll(Condition<E> where) {
    return query().where(where).list();
  }

  public Optional<E> findOne(Condition<E> where) {
    return query().where(where).first();
  }

  public long count(Condition<E> where) {
    return query().where(where).count();
  }

  /**
   * Soft: {@code UPDATE <table> SET <deleted> = ? WHERE <deleted> IS NULL AND <where>};
   * force: {@code DELETE FROM <table> WHERE <where>}. Returns the rows affected.
   */
  public int destroy(Condition<E> where, boolean force) {
    SqlCondition<E> condition = requireCondition(where, "destroy");
    if (!force) {
      return softDestroy(condition, now(), actors.current());
    }
    if (cascades()) {
      return cascade.forceDestroy(condition);
    }
    SqlBuilder sql = new SqlBuilder();
    Statements.forceDestroy(sql, shape, WhereClause.parts(sql, List.of(condition)));
    return executor.update(sql.sql(), sql.binder());
  }

  /**
   * Soft-deletes the live rows matching {@code where} at {@code instant} (already truncated, see
   * {@link #now()}), cascading to live children; returns the rows of this table it deleted.
   */
  public int softDestroy(Condition<E> where, Instant instant) {
    return softDestroy(where, instant, actors.current());
  }

  /**
   * {@link #softDestroy(Condition, Instant)} on behalf of {@code actor} (from {@link #actor}),
   * recorded in the {@code @DeletedBy} columns of the rows it deletes.
   */
  public int softDestroy(Condition<E> where, Instant instant, Object actor) {
    SqlCondition<E> condition = requireCondition(where, "destroy");
    if (cascades()) {
      return cascade.softDestroy(condition, instant, actor);
    }
    SqlBuilder sql = new SqlBuilder();
    Statements.softDestroy(sql, shape, deletedAt(sql, table.deletedType(), instant),
        WhereClause.actor(sql, table.deletedBy(), actor),
        DeletedFilter.LIVE, WhereClause.parts(sql, List.of(condition)));
    return executor.update(sql.sql(), sql.binder());
  }

  /**
   * The first live row that matches {@code where}, or {@code newEntity}'s entity created by
   * {@code create}. When the create fails on a unique key because a concurrent call inserted the
   * matching row first, that row is read and returned; inside a transaction (whose statements
   * after the failure PostgreSQL refuses, and whose snapshot may not show the row) the failure is
   * thrown for the caller to run the transaction again.
   */
  public FoundOrCreated<E> findOrCreate(Condition<E> where, Supplier<E> newEntity,
      UnaryOperator<E> create) {
    SqlCondition<E> condition = requireCondition(where, "findOrCreate");
    Objects.requireNonNull(newEntity, "newEntity must not be null");
    Optional<E> found = findOne(condition);
    if (found.isPresent()) {
      return new FoundOrCreated<>(found.get(), false);
    }
    E fresh = Objects.requireNonNull(newEntity.get(), "findOrCreate: newEntity gave null");
    try {
      return new FoundOrCreated<>(create.apply(fresh), true);
    } catch (UniqueConstraintException clash) {
      if (executor.inTransaction()) {
        throw clash;
      }
      return findOne(condition).map(row -> new FoundOrCreated<>(row, false))
          .orElseThrow(() -> clash);
    }
  }

  /**
   * Retention: force-destroys the rows soft-deleted before {@code deletedBefore}, with their
   * cascade children, {@code batchSize} roots at a time, each batch its own short transaction:
   * {@code SELECT key ... WHERE deleted IS NOT NULL AND deleted < ? ORDER BY key LIMIT ?}, then
   * the force destroy of those keys, still deleted before the cutoff (a row restored or deleted
   * again meanwhile is left alone). Returns the roots removed. Refused inside a transaction,
   * which would hold every batch's locks to its end.
   */
  public <K> long purge(Instant deletedBefore, int batchSize, Column<E, K> key) {
    Objects.requireNonNull(deletedBefore, "deletedBefore must not be null");
    if (batchSize < 1) {
      throw new IllegalArgumentException("purge: batchSize must be at least 1, was " + batchSize);
    }
    if (executor.inTransaction()) {
      throw new IllegalStateException("purge runs one short transaction per batch, so it must"
          + " not run inside a transaction (a Transactions block or Spring's): call it outside");
    }
    SqlColumn<E, K> keyColumn = SqlColumn.checked(key, "key");
    // at the microseconds the databases store, so that the SELECT and the check after the lock
    // compare the same cutoff (a row the one takes and the other leaves would be read forever)
    Instant cutoff = deletedBefore.truncatedTo(ChronoUnit.MICROS);
    SqlCondition<E> before = deletedBefore(table.deletedType(), cutoff);
    Predicate<Object> stillBefore = stillDeletedBefore(table.deletedType(), cutoff);
    long removed = 0;
    while (true) {
      int[] selected = {0};
      // a batch is its own transaction: one that loses a deadlock to the traffic beside it
      // (MariaDB picks such victims) is run again whole
      int deleted = TransactionBlocks.callWithRetry(executor.dataSource(), BATCH_ATTEMPTS, () -> {
        List<K> keys = expiredKeys(before, batchSize, keyColumn);
        selected[0] = keys.size();
        if (keys.isEmpty()) {
          return 0;
        }
        if (cascades()) {
          // locked by key only, as restores and destroys lock them, and kept when still deleted
          // before the cutoff once locked: a range lock on the deletion column deadlocked with
          // cascading restores on MariaDB
          return cascade.forceDestroy(SqlCondition.of(keyColumn.in(keys), "batch"), stillBefore);
        }
        SqlCondition<E> batch = SqlCondition.of(keyColumn.in(keys).and(before), "batch");
        SqlBuilder sql = new SqlBuilder();
        Statements.forceDestroy(sql, shape, WhereClause.parts(sql, List.of(batch)));
        return executor.update(sql.sql(), sql.binder());
      });
      removed += deleted;
      if (selected[0] < batchSize) {
        return removed;
      }
    }
  }

  /** How often a purge batch runs when it loses a deadlock. */
  private static final int BATCH_ATTEMPTS = 5;

  /** Whether a locked row's deletion time (null when live) is before {@code instant}. */
  @SuppressWarnings("unchecked")
  private static <T> Predicate<Object> stillDeletedBefore(TimestampType<T> type, Instant instant) {
    Comparable<Object> cutoff = (Comparable<Object>) type.fromInstant(instant);
    return time -> time != null && cutoff.compareTo(time) > 0;
  }

  /** {@code deleted < ?}: soft-deleted before {@code instant}, as the column stores time. */
  private <T> SqlCondition<E> deletedBefore(TimestampType<T> type, Instant instant) {
    SqlColumn<E, T> deleted = SqlColumn.of(table.deletedColumn(), "deletedAt", type);
    return SqlCondition.of(deleted.lt(type.fromInstant(instant)), "deletedBefore");
  }

  /** The keys of the next {@code limit} rows, in key order, soft-deleted before the cutoff. */
  private <K> List<K> expiredKeys(SqlCondition<E> before, int limit, SqlColumn<E, K> key) {
    SqlBuilder sql = new SqlBuilder();
    List<Part> where = WhereClause.parts(sql, List.of(before));
    Statements.select(sql, shape, table.idColumn(), DeletedFilter.ONLY_DELETED, where, true,
        List.of(), page -> sql.append(" LIMIT ").parameter((long) limit, JdbcTypes.LONG));
    return executor.list(sql.sql(), sql.binder(), row -> key.type().read(row, 1));
  }

  /** A bulk update of live rows; see {@link Update}. */
  public Update<E> update() {
    return new BulkUpdate<>(table, shape, executor, this::now);
  }

  /** Whether destroy and restore follow cascades (and so run several statements). */
  public boolean cascades() {
    return cascade != null;
  }

  /** {@code UPDATE <table> SET <deleted> = NULL WHERE <deleted> IS NOT NULL AND <where>}. */
  public int restore(Condition<E> where) {
    SqlCondition<E> condition = requireCondition(where, "restore");
    if (cascades()) {
      return cascade.restore(condition);
    }
    SqlBuilder sql = new SqlBuilder();
    Statements.restore(sql, shape, DeletedFilter.ONLY_DELETED,
        WhereClause.parts(sql, List.of(condition)));
    return executor.update(sql.sql(), sql.binder());
  }

  /** The deletion time, bound as the deletion column's type. */
  private static <T> Part deletedAt(SqlBuilder sql, TimestampType<T> type, Instant instant) {
    return WhereClause.parameter(sql, type.fromInstant(instant), type);
  }

  private static <E> SqlCondition<E> requireCondition(Condition<E> where, String operation) {
    if (where == null) {
      throw new NullPointerException(
          operation + "(where) was given a null condition; pass Condition.all() to "
              + operation + " every row");
    }
    return SqlCondition.of(where, "where");
  }
}
