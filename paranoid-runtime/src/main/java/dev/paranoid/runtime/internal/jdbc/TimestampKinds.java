package dev.paranoid.runtime.internal.jdbc;

import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the database told about each statement a DAO runs: on H2, which parameters and columns are
 * {@code TIMESTAMP WITH TIME ZONE}. H2 converts between its two timestamp kinds through the
 * session's zone, so values must be bound and read as the column's own kind, and only the
 * statement's metadata tells it (a table made by hand may differ from the mapping). Asking once
 * per statement shape keeps metadata calls off the path of every later operation.
 */
final class TimestampKinds {

  /** Enough for every fixed statement of a large schema; beyond it, shapes are not remembered. */
  private static final int MAX_SHAPES = 4_096;

  private final ConcurrentHashMap<String, Shape> shapes = new ConcurrentHashMap<>();

  /** The shape of {@code sql}, remembered while there is room. */
  Shape of(String sql) {
    return of(sql, 0);
  }

  /**
   * The shape of every multi-row form of {@code insert}, whose rows bind {@code columns} values
   * each: parameter {@code i} has the kind of parameter {@code (i - 1) % columns + 1}, so one shape
   * serves every row count (and the cache holds one text, not one per count).
   */
  Shape ofRows(String insert, int columns) {
    return of(insert + " \u0000rows", columns);
  }

  private Shape of(String key, int columns) {
    Shape known = shapes.get(key);
    if (known != null) {
      return known;
    }
    Shape fresh = new Shape(columns);
    if (shapes.size() >= MAX_SHAPES) {
      return fresh;
    }
    Shape raced = shapes.putIfAbsent(key, fresh);
    return raced != null ? raced : fresh;
  }

  /** The kinds of one statement's timestamp parameters and columns, learnt when first needed. */
  static final class Shape {
    /** Parameters per row of a multi-row statement whose rows repeat; 0 when they do not. */
    private final int period;
    private volatile boolean[] zonedParameters;
    private volatile boolean[] zonedColumns;

    private Shape(int period) {
      this.period = period;
    }

    /** A shape of a statement whose parameters do not repeat, not remembered by any cache. */
    static Shape single() {
      return new Shape(0);
    }

    boolean zonedParameter(PreparedStatement statement, int parameter) throws SQLException {
      int index = period == 0 ? parameter : (parameter - 1) % period + 1;
      boolean[] zoned = zonedParameters;
      if (zoned == null) {
        ParameterMetaData meta = statement.getParameterMetaData();
        int count = meta.getParameterCount();
        zoned = new boolean[(period == 0 ? count : Math.min(period, count)) + 1];
        for (int i = 1; i < zoned.length; i++) {
          zoned[i] = meta.getParameterType(i) == Types.TIMESTAMP_WITH_TIMEZONE;
        }
        zonedParameters = zoned;
      }
      return index < zoned.length && zoned[index];
    }

    boolean zonedColumn(ResultSet resultSet, int index) throws SQLException {
      boolean[] zoned = zonedColumns;
      if (zoned == null) {
        ResultSetMetaData meta = resultSet.getMetaData();
        zoned = new boolean[meta.getColumnCount() + 1];
        for (int i = 1; i < zoned.length; i++) {
          zoned[i] = meta.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE;
        }
        zonedColumns = zoned;
      }
      return index < zoned.length && zoned[index];
    }
  }
}
