package dev.paranoid.runtime;

/**
 * A statement would have duplicated a unique value: typically a {@code restore} of a row whose
 * unique value a live row has taken since it was soft-deleted. Nothing was changed.
 */
public class UniqueConstraintException extends ParanoidException {

  private static final long serialVersionUID = 1L;

  public UniqueConstraintException(String message, String sql, Throwable cause) {
    super(message, sql, cause);
  }
}
