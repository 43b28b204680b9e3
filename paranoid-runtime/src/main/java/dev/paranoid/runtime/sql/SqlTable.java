package dev.paranoid.runtime.sql;

import java.util.Objects;

/**
 * A table as statements name it. Names are SQL as the processor validated (and, for reserved
 * words, quoted) them.
 *
 * @param name the table
 * @param key the primary-key column
 * @param selectList the columns a read selects, in the order the entity's reader expects them
 * @param deletedColumn the deletion column; null for a plain (non-paranoid) table
 * @param versionColumn the {@code @Version} column that every change bumps; null when there is none
 * @param deletedByColumn the {@code @DeletedBy} column soft destroy sets and restore clears; null
 *     when there is none
 */
public record SqlTable(String name, String key, String selectList, String deletedColumn,
    String versionColumn, String deletedByColumn) {

  /** A table without a {@code @DeletedBy} column. */
  public SqlTable(
      String name, String key, String selectList, String deletedColumn, String versionColumn) {
    this(name, key, selectList, deletedColumn, versionColumn, null);
  }

  public SqlTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(selectList, "selectList");
  }

  public boolean isParanoid() {
    return deletedColumn != null;
  }

  public boolean isAudited() {
    return deletedByColumn != null;
  }

  public boolean isVersioned() {
    return versionColumn != null;
  }
}
