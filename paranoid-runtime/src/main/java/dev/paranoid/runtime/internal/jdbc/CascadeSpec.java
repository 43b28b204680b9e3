package dev.paranoid.runtime.internal.jdbc;

import java.util.List;
import java.util.Objects;

/**
 * A {@code @OneToMany(mappedBy, cascade = REMOVE or ALL)}: the child table whose
 * {@code foreignKey} holds the parent's {@code parentKey}, with the child's own cascades.
 *
 * @param table the child table
 * @param key the child's primary key (what its own children reference)
 * @param foreignKey the child's join column
 * @param parentKey the parent column it references
 * @param deletedColumn the child's deletion column; null for a child that is not paranoid, which
 *     soft destroy and restore leave alone and force destroy deletes
 * @param deletedType how the child's deletion column is bound; null when deletedColumn is
 * @param versionColumn the child's {@code @Version} column, bumped when a cascade changes the row;
 *     null when it has none
 * @param deletedBy the child's {@code @DeletedBy} column, set to the cascade's actor; null when it
 *     has none
 * @param children the child's own cascades
 */
public record CascadeSpec(
    String table,
    String key,
    String foreignKey,
    String parentKey,
    String deletedColumn,
    TimestampType<?> deletedType,
    String versionColumn,
    AuditColumn<?> deletedBy,
    List<CascadeSpec> children) {

  /** A child without a version column. */
  public CascadeSpec(String table, String key, String foreignKey, String parentKey,
      String deletedColumn, TimestampType<?> deletedType, List<CascadeSpec> children) {
    this(table, key, foreignKey, parentKey, deletedColumn, deletedType, null, null, children);
  }

  /** A child without a {@code @DeletedBy} column. */
  public CascadeSpec(String table, String key, String foreignKey, String parentKey,
      String deletedColumn, TimestampType<?> deletedType, String versionColumn,
      List<CascadeSpec> children) {
    this(table, key, foreignKey, parentKey, deletedColumn, deletedType, versionColumn, null,
        children);
  }

  public CascadeSpec {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(foreignKey, "foreignKey");
    Objects.requireNonNull(parentKey, "parentKey");
    children = List.copyOf(children);
  }

  public boolean isParanoid() {
    return deletedColumn != null;
  }
}
