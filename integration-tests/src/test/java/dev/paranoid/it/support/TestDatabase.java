package dev.paranoid.it.support;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh database for one test, with the tables of every test entity created by the runtime's
 * schema helper, plus plain-JDBC helpers to look at the rows actually stored, independently of
 * the DAOs under test.
 *
 * <p>Which database: the system property {@code paranoid.it.database} ({@code h2}, the default;
 * {@code postgresql}; {@code mariadb}; {@code mysql-driver}: the MariaDB server through MySQL
 * Connector/J), set per surefire execution. PostgreSQL and MariaDB come
 * from {@link ServerDatabases}: a test whose server is unreachable is skipped, loudly, unless
 * {@code PARANOID_REQUIRE_DATABASES} is set (CI sets it), which makes it fail.
 */
public final class TestDatabase implements AutoCloseable {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final DataSource dataSource;
  private final Dialect dialect;

  private TestDatabase(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /** A new, empty database of the configured kind with the tables of every test entity. */
  public static TestDatabase create() {
    TestDatabase database = empty();
    Schema.create(database.dataSource, TestTables.all());
    return database;
  }

  /** A new database of the configured kind without any table. */
  public static TestDatabase empty() {
    Dialect dialect = ServerDatabases.configured();
    if (dialect == Dialect.H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:paranoid_it_" + COUNTER.incrementAndGet() + "_" + System.nanoTime()
          + ";DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      h2.setPassword("");
      return new TestDatabase(h2, Dialect.H2);
    }
    return new TestDatabase(ServerDatabases.fresh(ServerDatabases.run()), dialect);
  }

  /** The database this run uses ({@code paranoid.it.database}). */
  public static Dialect configuredDialect() {
    return ServerDatabases.configured();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Runs one statement without parameters (identifiers in double quotes, as Paranoid writes them). */
  public void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(dialect.adapt(sql));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  /** A table {@code series(x)} holding 1..n, for set-based seeding on every database. */
  public void series(int n) {
    execute("DROP TABLE IF EXISTS series");
    execute("CREATE TABLE series (x INTEGER PRIMARY KEY)");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("INSERT INTO series (x) VALUES (?)")) {
      connection.setAutoCommit(false);
      for (int x = 1; x <= n; x++) {
        statement.setInt(1, x);
        statement.addBatch();
        if (x % 5_000 == 0 || x == n) {
          statement.executeBatch();
        }
      }
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not fill series", e);
    }
  }

  /** Runs an INSERT/UPDATE/DELETE with parameters; returns the rows touched. */
  public int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(dialect.adapt(sql))) {
      bind(statement, parameters);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  /** Every row of a query, each as a map from lower-case column label to value, in order. */
  public List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(dialect.adapt(sql))) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = meta.getColumnType(i) == java.sql.Types.TIMESTAMP
                ? utcWallClock(rows, i)
                : rows.getObject(i);
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
          }
          result.add(row);
        }
        return result;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  /** The single row of a query; fails when there is none or more than one. */
  public Map<String, Object> row(String sql, Object... parameters) {
    List<Map<String, Object>> rows = rows(sql, parameters);
    if (rows.size() != 1) {
      throw new AssertionError("Expected one row from " + sql + " but got " + rows.size());
    }
    return rows.get(0);
  }

  /** The first column of the single row of a query, read as {@code type}. */
  public <T> T single(Class<T> type, String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(dialect.adapt(sql))) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new AssertionError("No row from " + sql);
        }
        T value = type == LocalDateTime.class ? type.cast(utcWallClock(rows, 1))
            // by its text: MySQL Connector/J has no UUID conversion
            : type == java.util.UUID.class ? type.cast(uuid(rows.getString(1)))
            : rows.getObject(1, type);
        if (rows.next()) {
          throw new AssertionError("More than one row from " + sql);
        }
        return value;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  /** {@code SELECT COUNT(*) FROM table}: every row, soft-deleted ones included. */
  public long countRows(String table) {
    return single(Long.class, "SELECT COUNT(*) FROM " + table);
  }

  /** Whether the table has a row with this id, soft-deleted or not. */
  public boolean exists(String table, Object id) {
    return single(Long.class, "SELECT COUNT(*) FROM " + table + " WHERE id = ?", id) == 1L;
  }

  /** A zone-less timestamp column of the row with this id, as stored (UTC wall-clock time). */
  public LocalDateTime timestamp(String table, String column, Object id) {
    return single(LocalDateTime.class,
        "SELECT " + column + " FROM " + table + " WHERE id = ?", id);
  }

  /** A column of the row with this id. */
  public <T> T value(Class<T> type, String table, String column, Object id) {
    return single(type, "SELECT " + column + " FROM " + table + " WHERE id = ?", id);
  }

  /** Closes an in-memory H2 database; a server database is reset by the next test instead. */
  @Override
  public void close() {
    if (dialect == Dialect.H2) {
      execute("SHUTDOWN");
    }
  }

  /**
   * A zone-less timestamp as stored. Not {@code getObject(i, LocalDateTime.class)}: MariaDB's
   * driver moves a time in the JVM zone's DST gap by an hour on that path.
   */
  private static LocalDateTime utcWallClock(ResultSet rows, int index) throws SQLException {
    java.sql.Timestamp stored = rows.getTimestamp(index,
        java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"), Locale.ROOT));
    return stored == null ? null
        : LocalDateTime.ofInstant(stored.toInstant(), java.time.ZoneOffset.UTC);
  }

  private static java.util.UUID uuid(String text) {
    return text == null ? null : java.util.UUID.fromString(text);
  }

  /** Binds each parameter; a UUID as its text on MariaDB/MySQL, as Paranoid stores it there. */
  /**
   * Binds the values as plain JDBC does, except on MariaDB/MySQL: a UUID as its text, and a
   * LocalDateTime as text with its microseconds, which MySQL Connector/J would otherwise cut (it
   * takes the MariaDB server for MySQL 5.5, which had no fractional seconds).
   */
  private void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (dialect == Dialect.MARIADB && value instanceof java.util.UUID) {
        value = value.toString();
      } else if (dialect == Dialect.MARIADB && value instanceof LocalDateTime) {
        value = MARIADB_TEXT.format((LocalDateTime) value);
      }
      statement.setObject(i + 1, value);
    }
  }

  private static final java.time.format.DateTimeFormatter MARIADB_TEXT =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
}
