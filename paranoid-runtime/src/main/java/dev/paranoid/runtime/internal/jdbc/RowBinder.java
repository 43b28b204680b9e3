package dev.paranoid.runtime.internal.jdbc;

import java.sql.SQLException;

/**
 * Sets one row's parameters of a multi-row statement: {@code row}'s values go to parameters
 * {@code offset + 1} on, in the order of the single-row statement.
 */
@FunctionalInterface
public interface RowBinder<E> {
  void bind(Parameters parameters, int offset, E row) throws SQLException;
}
