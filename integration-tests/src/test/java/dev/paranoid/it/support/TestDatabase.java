package dev.paranoid.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * A fresh in-memory H2 database with the schema of {@code schema/h2.sql}, plus plain-JDBC helpers
 * to look at the rows actually stored, independently of the DAOs under test.
 */
public final class H2Database implements AutoCloseable {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final JdbcDataSource dataSource;

  private H2Database(String name) {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
  }

  /** A new database, named uniquely, with the tables of {@code schema/h2.sql}. */
  public static H2Database create() {
    H2Database database =
        new H2Database("paranoid_it_" + COUNTER.incrementAndGet() + "_" + System.nanoTime());
    database.runScript("schema/h2.sql");
    return database;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs the statements of a classpath resource, separated by semicolons. */
  public void runScript(String resource) {
    for (String statement : statements(resource)) {
      execute(statement);
    }
  }

  /** Runs one statement without parameters. */
  public void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  /** Runs an INSERT/UPDATE/DELETE with parameters; returns the rows touched. */
  public int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  /** Every row of a query, each as a map from lower-case column label to value, in order. */
  public List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = meta.getColumnType(i) == java.sql.Types.TIMESTAMP
                ? rows.getObject(i, LocalDateTime.class)
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
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new AssertionError("No row from " + sql);
        }
        T value = rows.getObject(1, type);
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

  /** Closes the database (an in-memory database lives until then). */
  @Override
  public void close() {
    execute("SHUTDOWN");
  }

  private static void bind(PreparedStatement statement, Object... parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  private static List<String> statements(String resource) {
    String script;
    try (InputStream in = H2Database.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No resource " + resource + " on the classpath");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      int comment = line.indexOf("--");
      withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    List<String> result = new ArrayList<>();
    for (String statement : withoutComments.toString().split(";")) {
      if (!statement.isBlank()) {
        result.add(statement.strip());
      }
    }
    return result;
  }
}
