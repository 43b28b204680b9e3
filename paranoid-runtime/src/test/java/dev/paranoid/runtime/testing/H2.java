package dev.paranoid.runtime.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A private in-memory H2 database per test, plus plain-JDBC helpers to set up and inspect it
 * without going through the code under test.
 */
public final class H2 {

  private H2() {}

  /** A fresh, empty database that lives until {@link #shutdown} (or the JVM ends). */
  public static JdbcDataSource newDatabase(String label) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + label + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }

  public static void shutdown(DataSource dataSource) {
    execute(dataSource, "SHUTDOWN");
  }

  public static void execute(DataSource dataSource, String... statements) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test setup failed: " + e.getMessage(), e);
    }
  }

  /** Runs {@code sql} with {@code parameters} bound through {@code setObject}. */
  public static int update(DataSource dataSource, String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("test setup failed: " + e.getMessage(), e);
    }
  }

  /** The first column of every row, as strings (SQL NULL as null). */
  public static List<String> strings(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("test query failed: " + e.getMessage(), e);
    }
  }

  /** The first column of every row, as longs. */
  public static List<Long> longs(DataSource dataSource, String sql) {
    List<Long> values = new ArrayList<>();
    for (String value : strings(dataSource, sql)) {
      values.add(value == null ? null : Long.valueOf(value));
    }
    return values;
  }

  /** The first column of the one row, as a string. */
  public static String string(DataSource dataSource, String sql) {
    List<String> values = strings(dataSource, sql);
    if (values.size() != 1) {
      throw new IllegalStateException("expected one row from " + sql + ", got " + values);
    }
    return values.get(0);
  }

  public static long count(DataSource dataSource, String table) {
    return Long.parseLong(string(dataSource, "SELECT COUNT(*) FROM " + table));
  }
}
