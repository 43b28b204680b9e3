package dev.paranoid.runtime;

import java.sql.SQLException;

/**
 * The database rolled back the transaction because of a concurrent one: a deadlock, or a
 * serialization failure (SQLState class 40: {@code 40001} on every database, {@code 40P01} for a
 * PostgreSQL deadlock). Nothing of the transaction remains, and running the whole transaction
 * again is the cure: {@link Transactions#callWithRetry} does that for a block. Cascades lock their
 * roots in key order, so single-root operations do not deadlock with each other; these failures
 * remain possible between transactions that lock rows in different orders, and under
 * {@code SERIALIZABLE} isolation (PostgreSQL, and the engines built on its protocol, such as
 * CockroachDB and YugabyteDB).
 */
public class TransactionConflictException extends ParanoidException {

  private static final long serialVersionUID = 1L;

  public TransactionConflictException(String message, String sql, Throwable cause) {
    super(message, sql, cause);
  }

  /** Whether {@code e} says that the database rolled back the transaction for a conflict. */
  public static boolean isConflict(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("40");
  }
}
