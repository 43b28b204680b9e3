package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The current row of a result set, with what reading needs to know of the database: its
 * {@link Dialect} and, on H2, which columns are zoned timestamps (learnt once per statement). One
 * per result set, not per row.
 */
public final class Row {

  private final ResultSet resultSet;
  private final Dialect dialect;
  private final TimestampKinds.Shape shape;

  Row(ResultSet resultSet, Dialect dialect, TimestampKinds.Shape shape) {
    this.resultSet = resultSet;
    this.dialect = dialect;
    this.shape = shape;
  }

  public ResultSet resultSet() {
    return resultSet;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Whether column {@code index} is a {@code TIMESTAMP WITH TIME ZONE} (asked on H2 only). */
  boolean zoned(int index) throws SQLException {
    return shape.zonedColumn(resultSet, index);
  }
}
