package dev.paranoid.runtime.internal.jdbc;

import java.sql.SQLException;

/** Sets some of a statement's parameters: its values go to parameters {@code offset + 1} on. */
@FunctionalInterface
public interface OffsetBinder {
  void bind(Parameters parameters, int offset) throws SQLException;
}
