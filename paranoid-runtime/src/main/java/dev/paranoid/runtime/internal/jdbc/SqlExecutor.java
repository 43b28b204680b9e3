package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.OptimisticLockException;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.SqlCallable;
import dev.paranoid.runtime.TransactionConflictException;
import dev.paranoid.runtime.UniqueConstraintException;
import dev.paranoid.runtime.sql.Upserts;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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

  /**
   * Runs a SELECT and reads its rows lazily, {@code fetchSize} at a time, as the stream is
   * consumed; the stream holds its statement and connection until it is closed (or has failed).
   * Inside a {@code Transactions} block it reads on that block's connection. Otherwise it takes a
   * connection of its own; on PostgreSQL it turns auto-commit off for the stream's life, since
   * pgjdbc only uses a cursor inside a transaction, and commits that read-only transaction on
   * close.
   */
  public <T> Stream<T> stream(String sql, StatementBinder binder, RowReader<T> reader,
      int fetchSize) {
    Dialect known = dialect();
    BoundConnections.Bound bound = BoundConnections.transaction(dataSource);
    StreamCursor cursor = new StreamCursor(sql);
    try {
      if (bound != null) {
        cursor.connection = bound.connection();
      } else {
        cursor.lease = ConnectionLease.acquire(dataSource);
        cursor.connection = cursor.lease.connection();
        if (cursor.lease.autoCommit() && known == Dialect.POSTGRESQL) {
          cursor.connection.setAutoCommit(false);
          cursor.autoCommitChanged = true;
        }
        cursor.commitOnClose = !cursor.lease.managedElsewhere()
            && (cursor.autoCommitChanged || !cursor.lease.autoCommit());
      }
      TimestampKinds.Shape shape = timestampKinds.of(sql);
      cursor.statement = cursor.connection.prepareStatement(known.adapt(sql),
          ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      cursor.statement.setFetchSize(fetchSize);
      SqlLog.Values values = SqlLog.bind(cursor.statement, known, shape, binder);
      long start = System.nanoTime();
      cursor.rows = cursor.statement.executeQuery();
      SqlLog.statement(sql, -1, start, values);
      Row row = new Row(cursor.rows, known, shape);
      Spliterator<T> rows = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
          Spliterator.ORDERED | Spliterator.NONNULL) {
        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
          try {
            if (!cursor.rows.next()) {
              return false;
            }
            action.accept(reader.read(row));
            return true;
          } catch (SQLException e) {
            RuntimeException failure = failure(sql, e);
            cursor.close(failure);
            throw failure;
          }
        }
      };
      return StreamSupport.stream(rows, false).onClose(() -> cursor.close(null));
    } catch (SQLException e) {
      RuntimeException failure = failure(sql, e);
      cursor.close(failure);
      throw failure;
    } catch (RuntimeException | Error e) {
      cursor.close(e);
      throw e;
    }
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
   * in SQL: double-quoted when it is a reserved word), read as {@code keyType} from the first
   * column of the generated-keys result set.
   */
  public <K> K insert(
      String sql, String keyColumn, StatementBinder binder, JdbcType<K> keyType) {
    RowReader<K> keyReader = keys -> keyType.read(keys, 1);
    return execute(sql, true, binder, Returning.key(keyColumn), (statement, shape) -> {
      int rows = statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("The database returned no generated key for " + keyColumn);
        }
        return new Outcome<>(keyReader.read(new Row(keys, dialect, shape)), rows);
      }
    });
  }

  /**
   * Inserts {@code rows} with the multi-row form of {@code insert} (a single-row
   * {@code INSERT … VALUES (?, …)}), as few statements as the database's parameter limit allows
   * (see {@link MultiRowInsert}), and returns the keys generated for {@code keyColumn} in row
   * order, or an empty list when {@code keyColumn} is null (keys assigned by the caller). Each
   * statement runs on its own unless the caller holds a transaction: call it inside one.
   *
   * <p>How the keys come back differs: pgjdbc and H2 return one key per row of a multi-row
   * statement; MariaDB's drivers return only the first, so MariaDB (10.5 on) is asked with
   * {@code RETURNING}, and MySQL gets a JDBC batch of single-row statements, each reporting its
   * own key.
   */
  public <E, K> List<K> insertAll(String insert, String keyColumn, List<E> rows,
      RowBinder<E> binder, JdbcType<K> keyType) {
    RowReader<K> keyReader = keyType == null ? null : row -> keyType.read(row, 1);
    List<K> keys = new ArrayList<>(keyColumn == null ? 0 : rows.size());
    if (rows.isEmpty()) {
      return keys;
    }
    MultiRowInsert statement = MultiRowInsert.of(insert);
    KeyStyle style = keyColumn == null ? KeyStyle.NONE : keyStyle();
    if (style == KeyStyle.BATCH || statement.columns() == 0) {
      insertBatch(insert, keyColumn, rows, binder, keyReader, keys);
      return keys;
    }
    TimestampKinds.Shape shape = timestampKinds.ofRows(insert, statement.columns());
    int perStatement = statement.rowsPerStatement(dialect());
    String returning = style == KeyStyle.RETURNING ? keyColumn : null;
    String generated = style == KeyStyle.GENERATED_KEYS ? keyColumn : null;
    String full = null;
    for (int from = 0; from < rows.size(); from += perStatement) {
      List<E> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
      String sql = chunk.size() < perStatement ? statement.sql(chunk.size(), returning)
          : full != null ? full : (full = statement.sql(perStatement, returning));
      StatementBinder chunkBinder = parameters -> {
        for (int row = 0; row < chunk.size(); row++) {
          binder.bind(parameters, row * statement.columns(), chunk.get(row));
        }
      };
      int inserted = execute(sql, shape, true, chunkBinder, Returning.key(generated),
          (prepared, kinds) -> {
        if (style == KeyStyle.NONE) {
          int count = prepared.executeUpdate();
          return new Outcome<>(count, count);
        }
        int before = keys.size();
        if (style == KeyStyle.RETURNING) {
          prepared.execute();
          try (ResultSet returned = prepared.getResultSet()) {
            readKeys(returned, kinds, keyReader, keys);
          }
        } else {
          prepared.executeUpdate();
          try (ResultSet generatedKeys = prepared.getGeneratedKeys()) {
            readKeys(generatedKeys, kinds, keyReader, keys);
          }
        }
        return new Outcome<>(keys.size() - before, keys.size() - before);
      });
      if (inserted != chunk.size() && style != KeyStyle.NONE) {
        throw new ParanoidException("The database returned " + inserted + " generated keys for "
            + chunk.size() + " inserted rows; nothing can tell which row has which key",
            sent(sql), null);
      }
    }
    return keys;
  }

  /**
   * Inserts a row, or updates the live row that holds its match (the key, or a unique key), with
   * one statement in the database's form, and returns the stored row read by {@code reader}.
   * {@code values} binds the INSERT's parameters; {@code match} binds the match columns' values
   * again where the form needs them (MariaDB's). When the match is held by a soft-deleted row, or
   * MariaDB found another live row by one of the other unique keys, nothing changes and a
   * {@link UniqueConstraintException} says so.
   */
  public <T> T upsert(
      UpsertSql sql, StatementBinder values, OffsetBinder match, RowReader<T> reader) {
    Dialect known = dialect();
    String statement;
    TimestampKinds.Shape shape;
    StatementBinder binder = values;
    Returning returned = null;
    switch (known) {
      case POSTGRESQL -> {
        statement = sql.postgresql();
        shape = timestampKinds.of(statement);
      }
      case H2 -> {
        statement = sql.h2();
        shape = timestampKinds.withParametersOf(statement, sql.insert());
        returned = Returning.columns(sql.h2Columns());
      }
      default -> {
        if (keyStyle() != KeyStyle.RETURNING) {
          throw new ParanoidException("upsert on " + sql.table() + " needs INSERT … RETURNING,"
              + " which MariaDB has from 10.5 on and MySQL lacks; nothing was sent",
              sent(sql.mariadb()), null);
        }
        statement = sql.mariadb();
        shape = timestampKinds.of(statement);
        int offset = sql.insertParameters();
        binder = parameters -> {
          values.bind(parameters);
          match.bind(parameters, offset);
        };
      }
    }
    T stored;
    try {
      stored = upsertOnce(known, statement, shape, binder, returned, reader);
    } catch (UniqueConstraintException clash) {
      // H2's MERGE is not atomic: a concurrent twin may insert the row between its ON and its
      // INSERT. The failed statement changed nothing (H2 rolls back a statement, not its
      // transaction), and run again it finds the twin's row.
      if (known != Dialect.H2) {
        throw clash;
      }
      stored = upsertOnce(known, statement, shape, binder, returned, reader);
    }
    if (stored == null) {
      throw new UniqueConstraintException("upsert on " + sql.table() + " changed nothing: the row"
          + " that holds its key is soft-deleted (restore or force-destroy it first), or another"
          + " live row holds one of its other unique values", null, sent(statement), null);
    }
    return stored;
  }

  /** Runs an upsert's statement; the stored row, or null when it was not the match. */
  private <T> T upsertOnce(Dialect known, String statement, TimestampKinds.Shape shape,
      StatementBinder binder, Returning returned, RowReader<T> reader) {
    return execute(statement, shape, true, binder, returned, (prepared, kinds) -> {
      prepared.execute();
      try (ResultSet rows = known == Dialect.H2 ? prepared.getGeneratedKeys()
          : prepared.getResultSet()) {
        if (rows == null || !rows.next()
            || (known == Dialect.MARIADB && !rows.getBoolean(Upserts.MATCHED))) {
          return new Outcome<>(null, 0);
        }
        return new Outcome<>(reader.read(new Row(rows, known, kinds)), 1);
      }
    });
  }

  /** {@link #insertAll} as a JDBC batch of the single-row statement, each reporting its key. */
  private <E, K> void insertBatch(String insert, String keyColumn, List<E> rows,
      RowBinder<E> binder, RowReader<K> keyReader, List<K> keys) {
    StatementBinder batch = parameters -> {
      for (E row : rows) {
        binder.bind(parameters, 0, row);
        parameters.statement().addBatch();
      }
    };
    execute(insert, timestampKinds.of(insert), true, batch, Returning.key(keyColumn),
        (prepared, kinds) -> {
      int[] counts = prepared.executeBatch();
      if (keyColumn != null) {
        try (ResultSet generatedKeys = prepared.getGeneratedKeys()) {
          readKeys(generatedKeys, kinds, keyReader, keys);
        }
        if (keys.size() != rows.size()) {
          throw new SQLException("The database returned " + keys.size() + " generated keys for "
              + rows.size() + " inserted rows");
        }
      }
      return new Outcome<>(counts.length, counts.length);
    });
  }

  private <K> void readKeys(ResultSet keys, TimestampKinds.Shape shape, RowReader<K> keyReader,
      List<K> into) throws SQLException {
    Row row = new Row(keys, dialect, shape);
    while (keys.next()) {
      into.add(keyReader.read(row));
    }
  }

  /** How a multi-row insert gets its generated keys back. */
  private enum KeyStyle { NONE, GENERATED_KEYS, RETURNING, BATCH }

  /** Whether this MariaDB/MySQL server takes {@code INSERT … RETURNING}; learnt once. */
  private volatile Boolean returningInsert;

  private KeyStyle keyStyle() {
    if (dialect() != Dialect.MARIADB) {
      return KeyStyle.GENERATED_KEYS;
    }
    Boolean known = returningInsert;
    if (known == null) {
      known = withConnection(null, false,
          connection -> ServerVersion.takesInsertReturning(connection.getMetaData()));
      returningInsert = known;
    }
    return known ? KeyStyle.RETURNING : KeyStyle.BATCH;
  }

  /** What a statement gave back, and the rows it returned or touched (for the SQL log). */
  private record Outcome<T>(T value, int rows) {}

  /** Runs a bound statement and makes its outcome. */
  @FunctionalInterface
  private interface Run<T> {
    Outcome<T> run(PreparedStatement statement, TimestampKinds.Shape shape) throws SQLException;
  }

  /**
   * What a write gives back through {@code getGeneratedKeys()}: the key generated for
   * {@code key}, or the named {@code columns} of the rows it changed (H2's MERGE).
   */
  private record Returning(String key, String[] columns) {
    static Returning key(String column) {
      return column == null ? null : new Returning(column, null);
    }

    static Returning columns(String[] names) {
      return new Returning(null, names);
    }
  }

  /**
   * The one way a statement runs: on the right connection (see {@link #withConnection}), adapted
   * to the dialect, bound, logged, and closed on every path. With {@code returning} the statement
   * gives back what it says; null for nothing.
   */
  private <T> T execute(
      String sql, boolean write, StatementBinder binder, Returning returning, Run<T> run) {
    return execute(sql, timestampKinds.of(sql), write, binder, returning, run);
  }

  private <T> T execute(String sql, TimestampKinds.Shape shape, boolean write,
      StatementBinder binder, Returning returning, Run<T> run) {
    return withConnection(sql, write, connection -> {
      Dialect known = dialectOf(connection);
      try (PreparedStatement statement = prepare(connection, known, sql, returning)) {
        SqlLog.Values values = SqlLog.bind(statement, known, shape, binder);
        long start = System.nanoTime();
        Outcome<T> outcome = run.run(statement, shape);
        SqlLog.statement(sql, outcome.rows(), start, values);
        return outcome.value();
      }
    });
  }

  private static PreparedStatement prepare(
      Connection connection, Dialect dialect, String sql, Returning returning) throws SQLException {
    String adapted = dialect.adapt(sql);
    if (returning == null) {
      return connection.prepareStatement(adapted);
    }
    if (returning.columns() != null) {
      return connection.prepareStatement(adapted, returning.columns());
    }
    return dialect == Dialect.POSTGRESQL
        ? connection.prepareStatement(adapted, new String[] {postgresName(returning.key())})
        : connection.prepareStatement(adapted, Statement.RETURN_GENERATED_KEYS);
  }

  /**
   * Whether a statement run now joins a transaction that outlives it: a {@code Transactions}
   * block's, or a Spring-managed one holding a connection of this data source.
   */
  public boolean inTransaction() {
    return BoundConnections.transaction(dataSource) != null
        || ConnectionLease.inSpringTransaction(dataSource);
  }

  /** Runs {@code work} in one transaction, joining the current one if there is one. */
  public <T> T inTransaction(SqlCallable<T> work) {
    return TransactionBlocks.call(dataSource, work);
  }

  /**
   * Runs {@code work} in one transaction, as {@link #inTransaction(SqlCallable)} does, for an
   * instance operation about to change its entity: {@code undo} gives the entity back its values
   * when the rows roll back, whether that is now ({@code work} fails) or later (the caller's
   * transaction rolls back after the call returned; see {@link #undoOnRollback}).
   */
  public <T> T inTransaction(Runnable undo, SqlCallable<T> work) {
    undoOnRollback(undo);
    try {
      return inTransaction(work);
    } catch (RuntimeException | Error failure) {
      undo.run();
      throw failure;
    }
  }

  /**
   * After a change of one row at a version changed nothing: false when the row is absent (or not
   * in the state the change needs), which {@code countSql} (bound with the key) tells by counting
   * zero; else the row is there and its version is not {@code version}, so this throws
   * {@link OptimisticLockException}.
   */
  public <K> boolean absentUnlessStale(String countSql, JdbcType<K> keyType, K id, Object version,
      String operation, String entityName) {
    if (count(countSql, statement -> keyType.bind(statement, 1, id)) > 0) {
      throw new OptimisticLockException(operation + ": the " + entityName + " with id " + id
          + " has changed since it was read (version " + version + " is stale)");
    }
    return false;
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
        : column.toLowerCase(Locale.ROOT);
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
