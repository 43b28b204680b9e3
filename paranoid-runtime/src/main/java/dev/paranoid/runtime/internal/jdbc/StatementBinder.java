package dev.paranoid.runtime.internal.jdbc;

import java.sql.SQLException;

/** Sets the parameters of a prepared statement. */
@FunctionalInterface
public interface StatementBinder {

  StatementBinder NONE = parameters -> {};

  void bind(Parameters parameters) throws SQLException;
}
