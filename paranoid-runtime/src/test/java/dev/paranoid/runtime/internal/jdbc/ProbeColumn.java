package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Writes one value through a {@link JdbcType} into a fresh one-column H2 table and reads it back. */
final class ProbeColumn {

  private static final AtomicInteger TABLES = new AtomicInteger();

  private final DataSource dataSource;
  private final String table;

  ProbeColumn(DataSource dataSource, String columnType) {
    this.dataSource = dataSource;
    this.table = "probe_" + TABLES.incrementAndGet();
    execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, v " + columnType + ")");
  }

  String table() {
    return table;
  }

  /** Stores {@code value} in a new row bound through {@code type}; returns the row's id. */
  <T> int write(JdbcType<T> type, T value) {
    int id = TABLES.incrementAndGet();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + " (id, v) VALUES (?, ?)")) {
      insert.setInt(1, id);
      type.bind(h2(insert), 2, value);
      insert.executeUpdate();
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads row {@code id}'s value through {@code type}. */
  <T> T read(JdbcType<T> type, int id) {
    return readWith(id, row -> type.read(row, 1));
  }

  <T> T readWith(int id, RowReader<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT v FROM " + table + " WHERE id = ?")) {
      select.setInt(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("no row " + id);
        }
        return reader.read(new Row(row, Dialect.H2, TimestampKinds.Shape.single()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many rows equal {@code value} when it is bound through {@code type} in a WHERE. */
  <T> long countEqualTo(JdbcType<T> type, T value) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE v = ?")) {
      type.bind(h2(select), 1, value);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Row {@code id}'s value as the database prints it: {@code CAST(v AS VARCHAR)}. */
  String text(int id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT CAST(v AS VARCHAR) FROM " + table + " WHERE id = ?")) {
      select.setInt(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  <T> T roundTrip(JdbcType<T> type, T value) {
    return read(type, write(type, value));
  }

  /** The statement's parameters as a DAO on H2 binds them. */
  private static Parameters h2(PreparedStatement statement) {
    return new Parameters(statement, Dialect.H2, TimestampKinds.Shape.single());
  }

  private void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
