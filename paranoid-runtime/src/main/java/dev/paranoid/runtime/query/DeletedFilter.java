package dev.paranoid.runtime.query;

/** Which rows a read sees, by their deletion column. */
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

  /** The predicate on {@code deletedColumn}, or null when every row passes. */
  public String predicate(String deletedColumn) {
    return test == null ? null : deletedColumn + test;
  }
}
