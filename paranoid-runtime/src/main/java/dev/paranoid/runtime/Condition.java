package dev.paranoid.runtime;

import dev.paranoid.runtime.condition.Conditions;

/**
 * A type-safe {@code WHERE} clause over entity {@code E}, built from the DAO's column constants.
 * Conditions are immutable and may be shared between threads.
 */
public interface Condition<E> {

  Condition<E> and(Condition<E> other);

  Condition<E> or(Condition<E> other);

  Condition<E> not();

  /** Matches every row; the explicit way to say "all rows" to a bulk {@code destroy}. */
  static <E> Condition<E> all() {
    return Conditions.all();
  }

  /**
   * A condition written as SQL: the one place where Paranoid takes SQL from its user. The
   * fragment goes into the {@code WHERE} clause as written, in parentheses, still ANDed with the
   * deleted filter (so it never sees soft-deleted rows unless the query asks for them); each
   * {@code ?} in it is bound to the next of {@code values}, never inlined. Columns are named as
   * in the table ({@code "lower(email) = ?"}); a value is bound as an entity field of its type
   * would be (an {@code Instant} as UTC wall-clock time, an enum constant by name).
   *
   * @throws IllegalArgumentException when the fragment is blank, when the number of {@code ?}
   *     (outside quoted literals and identifiers) differs from the number of values, or when a
   *     value is null (write {@code IS NULL} instead) or of a type Paranoid cannot bind
   */
  static <E> Condition<E> sql(String fragment, Object... values) {
    return Conditions.sql(fragment, values);
  }
}
