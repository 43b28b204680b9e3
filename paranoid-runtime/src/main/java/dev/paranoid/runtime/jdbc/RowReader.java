package dev.paranoid.runtime.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value; generated DAOs read their entity. */
@FunctionalInterface
public interface RowReader<T> {
  T read(ResultSet row) throws SQLException;
}
