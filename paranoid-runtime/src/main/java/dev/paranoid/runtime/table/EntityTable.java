package dev.paranoid.runtime.table;

import dev.paranoid.runtime.jdbc.RowReader;
import dev.paranoid.runtime.jdbc.TimestampType;
import java.util.Objects;

/**
 * What the runtime needs to know of one paranoid entity's table to build dynamic statements; each
 * generated DAO declares one. Names are SQL as the processor validated (and, for reserved words,
 * quoted) them.
 *
 * @param name the table
 * @param idColumn the primary-key column
 * @param selectList the columns every SELECT reads, in the order {@code reader} expects them
 * @param deletedColumn the deletion column
 * @param deletedType how the deletion column's value is bound
 * @param reader reads one entity from a row of {@code SELECT selectList}
 */
public record EntityTable<E>(
    String name,
    String idColumn,
    String selectList,
    String deletedColumn,
    TimestampType<?> deletedType,
    RowReader<E> reader) {

  public EntityTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(selectList, "selectList");
    Objects.requireNonNull(deletedColumn, "deletedColumn");
    Objects.requireNonNull(deletedType, "deletedType");
    Objects.requireNonNull(reader, "reader");
  }
}
