package dev.paranoid.runtime.internal.jdbc;

import java.sql.SQLException;

/** Turns the current row of a result set into a value; generated DAOs read their entity. */
@FunctionalInterface
public interface RowReader<T> {
  T read(Row row) throws SQLException;
}
