package dev.paranoid.runtime;

import java.sql.SQLException;

/**
 * Every database failure of a Paranoid DAO. The message names the operation, the driver's message
 * and SQLState, and the SQL that failed (its first 2,000 characters; {@link #getSql()} has all of
 * it). The driver's exception is the cause; failures that followed it (a rollback or a reset on a
 * dead connection) are suppressed exceptions of the first one, never in its place. Paranoid adds no bound values (they may be personal
 * data), but a driver's own message may quote one (H2 does, for constraint violations).
 */
public class ParanoidException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How much of the statement a message shows. */
  static final int MAX_SQL_IN_MESSAGE = 2_000;

  private final String sql;
  private final String sqlState;

  public ParanoidException(String message, String sql, Throwable cause) {
    super(compose(message, sql, cause), cause);
    this.sql = sql;
    this.sqlState = cause instanceof SQLException ? ((SQLException) cause).getSQLState() : null;
  }

  public ParanoidException(String message, Throwable cause) {
    this(message, null, cause);
  }

  /** The statement that failed, or {@code null} when the failure was not in a statement. */
  public String getSql() {
    return sql;
  }

  /** The SQLState the driver reported, or {@code null}. */
  public String getSqlState() {
    return sqlState;
  }

  private static String compose(String message, String sql, Throwable cause) {
    StringBuilder text = new StringBuilder(message);
    if (cause != null && cause.getMessage() != null) {
      text.append(": ").append(cause.getMessage());
    }
    if (cause instanceof SQLException && ((SQLException) cause).getSQLState() != null) {
      text.append(" [SQLState ").append(((SQLException) cause).getSQLState()).append(']');
    }
    if (sql != null) {
      text.append("\n  SQL: ");
      if (sql.length() <= MAX_SQL_IN_MESSAGE) {
        text.append(sql);
      } else {
        // a 100,000-key IN list would make a message of 600,000 characters; getSql() has it all
        text.append(sql, 0, MAX_SQL_IN_MESSAGE).append("... (").append(sql.length())
            .append(" characters in all; see getSql())");
      }
    }
    return text.toString();
  }
}
