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

  /**
   * The shape of {@code sql}, whose parameters are {@code parameterSource}'s: H2 gives no type to a
   * parameter that only a MERGE's INSERT uses (an upsert's), so its kinds are asked of the INSERT
   * that binds the same values in the same order.
   */
  Shape withParametersOf(String sql, String parameterSource) {
    return of(sql, 0, parameterSource);
  }

  private Shape of(String key, int columns) {
    return of(key, columns, null);
  }

  private Shape of(String key, int columns, String parameterSource) {
    Shape known = shapes.get(key);
    if (known != null) {
      return known;
    }
    Shape fresh = new Shape(columns, parameterSource);
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
    /** The statement whose parameter metadata is asked instead of the bound one's; or null. */
    private final String parameterSource;
    private volatile boolean[] zonedParameters;
    private volatile boolean[] zonedColumns;

    private Shape(int period, String parameterSource) {
      this.period = period;
      this.parameterSource = parameterSource;
    }

    /** A shape of a statement whose parameters do not repeat, not remembered by any cache. */
    static Shape single() {
      return new Shape(0, null);
    }

    boolean zonedParameter(PreparedStatement statement, int parameter) throws SQLException {
      int index = period == 0 ? parameter : (parameter - 1) % period + 1;
      boolean[] zoned = zonedParameters;
      if (zoned == null) {
        if (parameterSource == null) {
          zoned = zonedParameters(statement.getParameterMetaData());
        } else {
          try (PreparedStatement source = statement.getConnection().prepareStatement(parameterSource)) {
            zoned = zonedParameters(source.getParameterMetaData());
          }
        }
        zonedParameters = zoned;
      }
      return index < zoned.length && zoned[index];
    }

    private boolean[] zonedParameters(ParameterMetaData meta) throws SQLException {
      int count = meta.getParameterCount();
      boolean[] zoned = new boolean[(period == 0 ? count : Math.min(period, count)) + 1];
      for (int i = 1; i < zoned.length; i++) {
        zoned[i] = meta.getParameterType(i) == Types.TIMESTAMP_WITH_TIMEZONE;
      }
      return zoned;
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
