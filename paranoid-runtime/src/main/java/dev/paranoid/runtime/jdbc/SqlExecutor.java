package dev.paranoid.runtime.jdbc;

import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.SqlCallable;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.UniqueConstraintException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs statements for the DAOs of one {@link DataSource}: takes the connection of the current
 * {@link Transactions} block or a fresh one, adapts the SQL to the database's {@link Dialect},
 * closes every statement, result set and borrowed connection on every path, and turns each
 * {@link SQLException} into a {@link ParanoidException} that carries the SQL.
 */
public final class SqlExecutor {

  private final DataSource dataSource;
  private volatile Dialect dialect;

  public SqlExecutor(DataSource dataSource) {
    this(dataSource, null);
  }

  /** With {@code dialect} null the dialect is detected from the first connection's metadata. */
  public SqlExecutor(DataSource dataSource, Dialect dialect) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    this.dialect = dialect;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Dialect dialect() {
    Dialect known = dialect;
    return known != null ? known : withConnection(null, connection -> dialectOf(connection));
  }

  /** Runs an INSERT, UPDATE or DELETE; returns the rows it touched. */
  public int update(String sql, StatementBinder binder) {
    return withConnection(sql, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(adapt(connection, sql))) {
        SqlLog.Values values = SqlLog.bind(statement, binder);
        long start = System.nanoTime();
        int rows = statement.executeUpdate();
        SqlLog.statement(sql, rows, start, values);
        return rows;
      }
    });
  }

  /** Runs a SELECT; returns every row, read by {@code reader}. */
  public <T> List<T> list(String sql, StatementBinder binder, RowReader<T> reader) {
    return withConnection(sql, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(adapt(connection, sql))) {
        SqlLog.Values values = SqlLog.bind(statement, binder);
        long start = System.nanoTime();
        try (ResultSet rows = statement.executeQuery()) {
          List<T> result = new ArrayList<>();
          while (rows.next()) {
            result.add(reader.read(rows));
          }
          SqlLog.statement(sql, result.size(), start, values);
          return result;
        }
      }
    });
  }

  /** Runs a SELECT whose first column of its one row is a number, e.g. {@code COUNT(*)}. */
  public long count(String sql, StatementBinder binder) {
    return withConnection(sql, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(adapt(connection, sql))) {
        SqlLog.Values values = SqlLog.bind(statement, binder);
        long start = System.nanoTime();
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          long count = rows.getLong(1);
          SqlLog.statement(sql, 1, start, values);
          return count;
        }
      }
    });
  }

  /**
   * Runs an INSERT and returns the key the database generated for {@code keyColumn} (as written
   * in SQL: double-quoted when it is a reserved word), read by {@code keyReader} from the
   * generated-keys result set.
   */
  public <K> K insert(
      String sql, String keyColumn, StatementBinder binder, RowReader<K> keyReader) {
    return withConnection(sql, connection -> {
      String adapted = adapt(connection, sql);
      try (PreparedStatement statement = dialectOf(connection) == Dialect.POSTGRESQL
          ? connection.prepareStatement(adapted, new String[] {postgresName(keyColumn)})
          : connection.prepareStatement(adapted, Statement.RETURN_GENERATED_KEYS)) {
        SqlLog.Values values = SqlLog.bind(statement, binder);
        long start = System.nanoTime();
        int rows = statement.executeUpdate();
        SqlLog.statement(sql, rows, start, values);
        try (ResultSet keys = statement.getGeneratedKeys()) {
          if (!keys.next()) {
            throw new SQLException("The database returned no generated key for " + keyColumn);
          }
          return keyReader.read(keys);
        }
      }
    });
  }

  /** Runs {@code work} in one transaction, joining the current one if there is one. */
  public <T> T inTransaction(SqlCallable<T> work) {
    return Transactions.call(dataSource, work);
  }

  @FunctionalInterface
  private interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T withConnection(String sql, ConnectionWork<T> work) {
    Connection bound = BoundConnections.current(dataSource);
    try {
      if (bound != null) {
        return work.run(bound);
      }
      try (Connection connection = dataSource.getConnection()) {
        return work.run(connection);
      }
    } catch (SQLException e) {
      // the statement as the database received it
      String sent = sql == null || dialect == null ? sql : dialect.adapt(sql);
      if (UniqueViolation.is(e)) {
        String constraint = UniqueViolation.constraintOf(e);
        throw new UniqueConstraintException(
            UniqueViolation.describe(constraint, sent), constraint, sent, e);
      }
      throw new ParanoidException(sql == null ? "Database access failed" : "Statement failed", sent, e);
    }
  }

  /**
   * pgjdbc quotes the names it is given for RETURNING, so pass the name as PostgreSQL stores it:
   * a quoted name as written, an unquoted one folded to lower case.
   */
  private static String postgresName(String column) {
    return column.startsWith("\"") && column.endsWith("\"")
        ? column.substring(1, column.length() - 1)
        : column.toLowerCase(java.util.Locale.ROOT);
  }

  private Dialect dialectOf(Connection connection) throws SQLException {
    Dialect known = dialect;
    if (known == null) {
      known = Dialect.detect(connection);
      dialect = known;
    }
    return known;
  }

  private String adapt(Connection connection, String sql) throws SQLException {
    return dialectOf(connection).adapt(sql);
  }
}
