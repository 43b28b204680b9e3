package dev.paranoid.runtime;

/**
 * A statement would have duplicated a value that a unique constraint (or the primary key) allows
 * only once: typically a {@code restore} of a row whose unique value a live row has taken since
 * it was soft-deleted, or a {@code create} with the key of a row that still exists, soft-deleted
 * or not. Nothing was changed.
 */
public class UniqueConstraintException extends ParanoidException {

  private static final long serialVersionUID = 1L;

  private final String constraint;

  public UniqueConstraintException(String message, String sql, Throwable cause) {
    this(message, null, sql, cause);
  }

  public UniqueConstraintException(String message, String constraint, String sql, Throwable cause) {
    super(message, sql, cause);
    this.constraint = constraint;
  }

  /**
   * The constraint (or unique index) that refused the statement, as the database names it
   * ({@code users_pkey} on PostgreSQL, {@code PRIMARY} on MariaDB/MySQL, upper case on H2, where
   * a primary key is {@code PRIMARY KEY} or its index {@code PRIMARY_KEY_n}), or {@code null} when
   * the driver did not say.
   */
  public String getConstraint() {
    return constraint;
  }
}
