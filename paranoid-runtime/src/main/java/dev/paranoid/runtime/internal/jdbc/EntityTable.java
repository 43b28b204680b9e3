package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.internal.jdbc.RowReader;
import dev.paranoid.runtime.internal.jdbc.TimestampType;
import java.util.Objects;

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
 */
public record EntityTable<E>(
    String name,
    String idColumn,
    String selectList,
    String deletedColumn,
    TimestampType<?> deletedType,
    RowReader<E> reader,
    String versionColumn) {

  /** A table without a version column. */
  public EntityTable(String name, String idColumn, String selectList, String deletedColumn,
      TimestampType<?> deletedType, RowReader<E> reader) {
    this(name, idColumn, selectList, deletedColumn, deletedType, reader, null);
  }

  public EntityTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(selectList, "selectList");
    if ((deletedColumn == null) != (deletedType == null)) {
      throw new IllegalArgumentException("deletedColumn and deletedType go together");
    }
    Objects.requireNonNull(reader, "reader");
  }

  /** Whether rows are soft-deleted (the entity is {@code @Paranoid}). */
  public boolean isParanoid() {
    return deletedColumn != null;
  }
}
