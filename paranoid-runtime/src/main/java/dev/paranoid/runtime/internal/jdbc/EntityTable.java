package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.internal.jdbc.RowReader;
import dev.paranoid.runtime.internal.jdbc.TimestampType;
import java.util.Objects;
import java.util.Set;

/**
 * What the runtime needs to know of one paranoid entity's table to build dynamic statements; each
 * generated DAO declares one. Names are SQL as the processor validated (and, for reserved words,
 * quoted) them.
 *
 * @param name the table
 * @param idColumn the primary-key column
 * @param selectList the columns every SELECT reads, in the order {@code reader} expects them
 * @param deletedColumn the deletion column; null for a plain (non-paranoid) entity that is only
 *     loaded through includes
 * @param deletedType how the deletion column's value is bound; null when deletedColumn is
 * @param reader reads one entity from a row of {@code SELECT selectList}
 * @param versionColumn the {@code @Version} column soft destroy and restore bump, or null
 * @param managed the columns a bulk update does not set, or sets itself
 * @param deletedBy the {@code @DeletedBy} column soft destroy sets and restore clears, or null
 */
public record EntityTable<E>(
    String name,
    String idColumn,
    String selectList,
    String deletedColumn,
    TimestampType<?> deletedType,
    RowReader<E> reader,
    String versionColumn,
    Managed managed,
    AuditColumn<?> deletedBy) {

  /** A table without a version column, and no managed timestamp or read-only column. */
  public EntityTable(String name, String idColumn, String selectList, String deletedColumn,
      TimestampType<?> deletedType, RowReader<E> reader) {
    this(name, idColumn, selectList, deletedColumn, deletedType, reader, null, Managed.NONE,
        null);
  }

  /** A table with no managed timestamp or read-only column. */
  public EntityTable(String name, String idColumn, String selectList, String deletedColumn,
      TimestampType<?> deletedType, RowReader<E> reader, String versionColumn) {
    this(name, idColumn, selectList, deletedColumn, deletedType, reader, versionColumn,
        Managed.NONE, null);
  }

  /** A table without a {@code @DeletedBy} column. */
  public EntityTable(String name, String idColumn, String selectList, String deletedColumn,
      TimestampType<?> deletedType, RowReader<E> reader, String versionColumn, Managed managed) {
    this(name, idColumn, selectList, deletedColumn, deletedType, reader, versionColumn, managed,
        null);
  }

  /**
   * The columns of a table that a bulk update leaves alone or sets itself.
   *
   * @param createdColumn the {@code createdAt} column, or null
   * @param updatedColumn the {@code updatedAt} column every update sets to its time, or null
   * @param updatedType how its value is bound; null when updatedColumn is
   * @param readOnlyColumns the columns mapped {@code updatable = false}
   */
  public record Managed(String createdColumn, String updatedColumn, TimestampType<?> updatedType,
      Set<String> readOnlyColumns) {

    public static final Managed NONE = new Managed(null, null, null, Set.of());

    public Managed {
      if ((updatedColumn == null) != (updatedType == null)) {
        throw new IllegalArgumentException("updatedColumn and updatedType go together");
      }
      readOnlyColumns = Set.copyOf(readOnlyColumns);
    }
  }

  public EntityTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(selectList, "selectList");
    if ((deletedColumn == null) != (deletedType == null)) {
      throw new IllegalArgumentException("deletedColumn and deletedType go together");
    }
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(managed, "managed");
  }

  /** Whether rows are soft-deleted (the entity is {@code @Paranoid}). */
  public boolean isParanoid() {
    return deletedColumn != null;
  }
}
