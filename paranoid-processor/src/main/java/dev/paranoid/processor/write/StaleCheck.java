package dev.paranoid.processor.write;

import java.util.List;

/**
 * How an instance operation of a versioned entity that changed no row tells a stale version from a
 * row in another state: it counts the row by its key alone, in the state the operation expects.
 * When the row is there, its version moved on since the entity was read, and the operation throws
 * {@code OptimisticLockException}; when it is not, the operation returns false.
 *
 * @param statement the count
 * @param rowState the state counted, for the Javadoc: "live", "soft-deleted", "there"
 */
record StaleCheck(SqlConstant statement, String rowState) {

  /** The count, as the Javadoc shows it after the statements of the operation. */
  Doc.Block doc() {
    return new Doc.Block("When no row changed, whether the row is " + rowState
        + " (then the entity's version is stale):", List.of(statement.sql()));
  }
}
