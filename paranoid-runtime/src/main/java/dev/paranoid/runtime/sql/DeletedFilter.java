package dev.paranoid.runtime.sql;

/** Which rows a statement sees, by their deletion column. */
public enum DeletedFilter {
  /** Live rows only: the default, Sequelize's {@code paranoid: true}. */
  LIVE(" IS NULL"),
  /** Live and soft-deleted rows: Sequelize's {@code paranoid: false}. */
  ALL(null),
  /** Soft-deleted rows only. */
  ONLY_DELETED(" IS NOT NULL");

  private final String test;

  DeletedFilter(String test) {
    this.test = test;
  }

  /** The predicate on {@code deletedColumn}, or null when every row passes (or it is null). */
  public String predicate(String deletedColumn) {
    return test == null || deletedColumn == null ? null : deletedColumn + test;
  }
}
