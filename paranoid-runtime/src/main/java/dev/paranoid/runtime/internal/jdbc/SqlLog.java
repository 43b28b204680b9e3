package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL log: {@link System.Logger} {@code dev.paranoid.sql} (so it reaches SLF4J, Log4j or
 * java.util.logging without a dependency), level DEBUG: each statement, the rows it returned or
 * touched, and the time it took. Bound values may be personal data: they are logged only when the
 * system property {@code paranoid.sql.logValues} is {@code true}.
 */
public final class SqlLog {

  /** The logger's name. */
  public static final String LOGGER = "dev.paranoid.sql";

  /** The system property that adds bound values to each line. */
  public static final String LOG_VALUES = "paranoid.sql.logValues";

  private static final System.Logger LOG = System.getLogger(LOGGER);

  private SqlLog() {}

  /** The values a statement was bound with, when they are to be logged; else null. */
  static final class Values {
    private final Map<Integer, Object> byIndex = new TreeMap<>();

    @Override
    public String toString() {
      return byIndex.toString();
    }
  }

  /** Binds the statement; records the values only when the log will show them. */
  static Values bind(PreparedStatement statement, Dialect dialect, TimestampKinds.Shape shape,
      StatementBinder binder) throws SQLException {
    if (!LOG.isLoggable(System.Logger.Level.DEBUG) || !Boolean.getBoolean(LOG_VALUES)) {
      binder.bind(new Parameters(statement, dialect, shape));
      return null;
    }
    Values values = new Values();
    binder.bind(new Parameters(recording(statement, values), dialect, shape));
    return values;
  }

  static void statement(String sql, int rows, long startNanos, Values values) {
    if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
      long micros = (System.nanoTime() - startNanos) / 1_000;
      String counted = rows < 0 ? "rows streamed as read, "
          : rows + (rows == 1 ? " row, " : " rows, ");
      LOG.log(System.Logger.Level.DEBUG, sql + "  -- " + counted
          + micros + " µs" + (values == null ? "" : "  values " + values));
    }
  }

  /** The statement, noting every {@code setX(index, value)} on the way through. */
  private static PreparedStatement recording(PreparedStatement target, Values values) {
    return (PreparedStatement) Proxy.newProxyInstance(
        SqlLog.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
        (proxy, method, args) -> {
          if (method.getName().startsWith("set") && args != null && args.length >= 2
              && args[0] instanceof Integer index) {
            values.byIndex.put(index, method.getName().equals("setNull") ? null : args[1]);
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
