package dev.paranoid.runtime.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets the parameters of a prepared statement. */
@FunctionalInterface
public interface StatementBinder {

  StatementBinder NONE = statement -> {};

  void bind(PreparedStatement statement) throws SQLException;
}
