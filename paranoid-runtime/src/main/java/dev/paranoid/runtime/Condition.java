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
}
