package dev.paranoid.runtime;

/**
 * A bulk {@code UPDATE} of live rows, Sequelize's {@code Model.update}:
 * {@code users.update().set(USERNAME, "x").set(LIKES, 3).where(condition).execute()}. Soft-deleted
 * rows are never changed; {@code updatedAt} (when the entity has one) gets one timestamp for every
 * row and a {@code @Version} is bumped. A builder: not thread-safe, run once.
 */
public interface Update<E> {

  /**
   * Sets {@code column} to {@code value} (null for SQL NULL) in every matching row.
   *
   * @throws IllegalArgumentException for the key, the deletion column (use destroy or restore),
   *     {@code createdAt}, the managed {@code updatedAt} and {@code @Version}, a column mapped
   *     {@code updatable = false}, or a column set twice
   */
  <T> Update<E> set(Column<E, T> column, T value);

  /** The rows to change; repeated calls are ANDed. {@code Condition.all()} means every live row. */
  Update<E> where(Condition<E> condition);

  /**
   * Runs the statement and returns how many live rows it changed.
   *
   * @throws IllegalStateException when nothing was set, or no {@code where} was given (pass
   *     {@code Condition.all()} to change every live row)
   */
  int execute();
}
