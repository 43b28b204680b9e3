package dev.paranoid.runtime.internal.jdbc;

import java.sql.SQLException;

/** How one Java type is written to and read from JDBC; {@code null} stands for SQL NULL. */
public interface JdbcType<T> {

  void bind(Parameters parameters, int index, T value) throws SQLException;

  T read(Row row, int index) throws SQLException;

  /** Reads a value for a primitive field: SQL NULL becomes {@code ifNull}, as JDBC's getters do. */
  default T readOr(Row row, int index, T ifNull) throws SQLException {
    T value = read(row, index);
    return value == null ? ifNull : value;
  }

  /** Whether {@code LIKE} applies to this type. */
  default boolean isText() {
    return false;
  }
}
