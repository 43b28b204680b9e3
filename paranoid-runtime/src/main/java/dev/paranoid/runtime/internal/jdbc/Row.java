package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.GregorianCalendar;
import java.util.function.Supplier;

/**
 * The current row of a result set, with what reading needs to know of the database: its
 * {@link Dialect} and, on H2, which columns are zoned timestamps (learnt once per statement). One
 * per result set, not per row.
 */
public final class Row {

  private final ResultSet resultSet;
  private final Dialect dialect;
  private final TimestampKinds.Shape shape;
  private GregorianCalendar calendar;

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

  /**
   * The calendar timestamps of this result set are read with, made once: a row's values are read
   * one after the other on one thread, and the drivers set every field of it before each use.
   */
  GregorianCalendar calendar(Supplier<GregorianCalendar> make) {
    GregorianCalendar known = calendar;
    if (known == null) {
      known = make.get();
      calendar = known;
    }
    return known;
  }

  /** Whether column {@code index} is a {@code TIMESTAMP WITH TIME ZONE} (asked on H2 only). */
  boolean zoned(int index) throws SQLException {
    return shape.zonedColumn(resultSet, index);
  }
}
