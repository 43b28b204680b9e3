package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.SqlCallable;
import dev.paranoid.runtime.TransactionConflictException;
import dev.paranoid.runtime.UniqueConstraintException;
import dev.paranoid.runtime.transaction.BoundConnections;
import dev.paranoid.runtime.transaction.ConflictBackoff;
import dev.paranoid.runtime.transaction.ConnectionLease;
import dev.paranoid.runtime.transaction.TransactionBlocks;
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
 * {@code Transactions} block or a fresh one, adapts the SQL to the database's {@link Dialect},
 * closes every statement, result set and borrowed connection on every path, and turns each
 * {@link SQLException} into a {@link ParanoidException} that carries the SQL.
 */
public final class SqlExecutor {

  private final DataSource dataSource;
  private volatile Dialect dialect;
  private final TimestampKinds timestampKinds = new TimestampKinds();

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
    return known != null ? known : withConnection(null, false, connection -> dialectOf(connection));
  }

  /** Runs an INSERT, UPDATE or DELETE; returns the rows it touched. */
  public int update(String sql, StatementBinder binder) {
    return execute(sql, true, binder, null, (statement, shape) -> {
      int rows = statement.executeUpdate();
      return new Outcome<>(rows, rows);
    });
  }

  /** Runs a SELECT; returns every row, read by {@code reader}. */
  public <T> List<T> list(String sql, StatementBinder binder, RowReader<T> reader) {
    return execute(sql, false, binder, null, (statement, shape) -> {
      try (ResultSet rows = statement.executeQuery()) {
        Row row = new Row(rows, dialect, shape);
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(reader.read(row));
        }
        return new Outcome<>(result, result.size());
      }
    });
  }

  /** Runs a SELECT whose first column of its one row is a number, e.g. {@code COUNT(*)}. */
  public long count(String sql, StatementBinder binder) {
    return execute(sql, false, binder, null, (statement, shape) -> {
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return new Outcome<>(rows.getLong(1), 1);
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
    return execute(sql, true, binder, keyColumn, (statement, shape) -> {
      int rows = statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("The database returned no generated key for " + keyColumn);
        }
        return new Outcome<>(keyReader.read(new Row(keys, dialect, shape)), rows);
      }
    });
  }

  /** What a statement gave back, and the rows it returned or touched (for the SQL log). */
  private record Outcome<T>(T value, int rows) {}

  /** Runs a bound statement and makes its outcome. */
  @FunctionalInterface
  private interface Run<T> {
    Outcome<T> run(PreparedStatement statement, TimestampKinds.Shape shape) throws SQLException;
  }

  /**
   * The one way a statement runs: on the right connection (see {@link #withConnection}), adapted
   * to the dialect, bound, logged, and closed on every path. With {@code keyColumn} the statement
   * returns that generated key.
   */
  private <T> T execute(
      String sql, boolean write, StatementBinder binder, String keyColumn, Run<T> run) {
    return withConnection(sql, write, connection -> {
      Dialect known = dialectOf(connection);
      TimestampKinds.Shape shape = timestampKinds.of(sql);
      try (PreparedStatement statement = prepare(connection, known, sql, keyColumn)) {
        SqlLog.Values values = SqlLog.bind(statement, known, shape, binder);
        long start = System.nanoTime();
        Outcome<T> outcome = run.run(statement, shape);
        SqlLog.statement(sql, outcome.rows(), start, values);
        return outcome.value();
      }
    });
  }

  private static PreparedStatement prepare(
      Connection connection, Dialect dialect, String sql, String keyColumn) throws SQLException {
    String adapted = dialect.adapt(sql);
    if (keyColumn == null) {
      return connection.prepareStatement(adapted);
    }
    return dialect == Dialect.POSTGRESQL
        ? connection.prepareStatement(adapted, new String[] {postgresName(keyColumn)})
        : connection.prepareStatement(adapted, Statement.RETURN_GENERATED_KEYS);
  }

  /** Runs {@code work} in one transaction, joining the current one if there is one. */
  public <T> T inTransaction(SqlCallable<T> work) {
    return TransactionBlocks.call(dataSource, work);
  }

  /**
   * Registers how to give an entity back the values an instance operation is about to change, in
   * case the transaction around the call (a {@code Transactions} block, a Spring-managed
   * transaction) rolls back after the call returned: the rows are back as they were, and so is
   * the entity, so that it can be used again without a stale version or a phantom id.
   */
  public void undoOnRollback(Runnable undo) {
    BoundConnections.undoOnRollback(dataSource, undo);
  }

  /**
   * Runs {@code work} on the connection of the transaction open on this thread (a
   * {@code Transactions} block), else on a leased one: a Spring-managed transaction's, or one of
   * its own, whose open transaction (a pool with auto-commit off) the call commits.
   */
  private <T> T withConnection(String sql, boolean write, ConnectionLease.ConnectionWork<T> work) {
    BoundConnections.Bound bound = BoundConnections.transaction(dataSource);
    if (bound != null) {
      try {
        if (write && bound.managedElsewhere()) {
          refuseReadOnly(bound.connection(), sql);
        }
        return work.run(bound.connection());
      } catch (SQLException e) {
        throw failure(sql, e);
      }
    }
    boolean[] ownTransaction = {false};
    for (int attempt = 1; ; attempt++) {
      try {
        return ConnectionLease.with(dataSource, lease -> {
          ownTransaction[0] = !lease.managedElsewhere();
          if (write && lease.managedElsewhere()) {
            refuseReadOnly(lease.connection(), sql);
          }
          return lease.runCall(work);
        }, e -> failure(sql, e));
      } catch (TransactionConflictException conflict) {
        // A statement that was its own transaction and lost a deadlock was rolled back whole,
        // and nothing else ran with it: running it again is safe (MariaDB picks such small
        // transactions as deadlock victims against cascades and concurrent twins)
        if (!ownTransaction[0] || attempt >= STATEMENT_ATTEMPTS) {
          throw conflict;
        }
        ConflictBackoff.pause(attempt, conflict);
      }
    }
  }

  /** How often a statement that is its own transaction runs when it loses a deadlock. */
  private static final int STATEMENT_ATTEMPTS = 3;


  /**
   * A write inside a read-only transaction managed elsewhere (Spring's
   * {@code @Transactional(readOnly = true)}) is refused before it is sent: PostgreSQL would
   * refuse it too, but H2 and MariaDB would carry it out.
   */
  private void refuseReadOnly(Connection connection, String sql) throws SQLException {
    if (connection.isReadOnly()) {
      throw new ParanoidException("Refused a write inside a read-only transaction (such as Spring's"
          + " @Transactional(readOnly = true)); nothing was sent", sent(sql), null);
    }
  }

  private RuntimeException failure(String sql, SQLException e) {
    String sent = sent(sql);
    if (TransactionConflictException.isConflict(e)) {
      return new TransactionConflictException("The database rolled back the transaction for a"
          + " conflict with a concurrent one (deadlock or serialization failure); run the whole"
          + " transaction again", sent, e);
    }
    if (UniqueViolation.is(e)) {
      String constraint = UniqueViolation.constraintOf(e);
      return new UniqueConstraintException(
          UniqueViolation.describe(constraint, sent), constraint, sent, e);
    }
    return new ParanoidException(sql == null ? "Database access failed" : "Statement failed", sent, e);
  }

  /** The statement as the database received it. */
  private String sent(String sql) {
    return sql == null || dialect == null ? sql : dialect.adapt(sql);
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
}
