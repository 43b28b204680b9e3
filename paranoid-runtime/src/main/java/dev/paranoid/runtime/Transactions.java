package dev.paranoid.runtime;

import dev.paranoid.runtime.jdbc.BoundConnections;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs work in one JDBC transaction. Every DAO built on the same {@link DataSource} that is called
 * inside the work, on the same thread, uses the transaction's connection. A nested call joins the
 * outer transaction. Any exception rolls back and is rethrown (checked ones wrapped in a
 * {@link ParanoidException}); the connection is always released.
 */
public final class Transactions {

  private Transactions() {}

  public static void run(DataSource dataSource, SqlRunnable work) {
    Objects.requireNonNull(work, "work must not be null");
    call(dataSource, () -> {
      work.run();
      return null;
    });
  }

  public static <T> T call(DataSource dataSource, SqlCallable<T> work) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(work, "work must not be null");
    BoundConnections.Bound outer = BoundConnections.transaction(dataSource);
    if (outer != null) {
      try {
        return invoke(work);
      } catch (RuntimeException | Error failure) {
        outer.setRollbackOnly();
        throw failure;
      }
    }
    Connection connection = open(dataSource);
    try {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      BoundConnections.Bound bound = BoundConnections.bind(dataSource, connection);
      try {
        T result = invoke(work);
        if (bound.isRollbackOnly()) {
          throw new ParanoidException(
              "Transaction rolled back: a nested block failed and the outer block carried on", null);
        }
        commit(connection);
        return result;
      } catch (RuntimeException | Error failure) {
        rollback(connection, failure);
        throw failure;
      } finally {
        BoundConnections.unbind(dataSource);
        // restoring auto-commit commits whatever is open: only after commit or rollback
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new ParanoidException("Transaction failed", e);
    } finally {
      close(connection);
    }
  }

  private static void commit(Connection connection) {
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new ParanoidException("Commit failed; the transaction was rolled back", e);
    }
  }

  /**
   * Runs {@code work} on a connection whose transaction is managed elsewhere: every DAO built on
   * {@code dataSource} uses {@code connection} while {@code work} runs, and nested
   * {@link #run}/{@link #call} blocks join it. Paranoid neither commits, rolls back nor closes
   * {@code connection}; that stays with its owner. (A transaction-aware {@link DataSource}, such as
   * Spring's {@code TransactionAwareDataSourceProxy}, needs none of this: build the DAOs on it.)
   */
  public static <T> T onConnection(DataSource dataSource, Connection connection, SqlCallable<T> work) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(connection, "connection must not be null");
    Objects.requireNonNull(work, "work must not be null");
    if (BoundConnections.transaction(dataSource) != null) {
      throw new IllegalStateException(
          "a transaction is already open on this DataSource in this thread; nest inside it instead");
    }
    BoundConnections.Bound bound = BoundConnections.bind(dataSource, connection);
    try {
      T result = invoke(work);
      if (bound.isRollbackOnly()) {
        throw new ParanoidException("A nested block failed inside a transaction managed elsewhere;"
            + " roll it back", null);
      }
      return result;
    } finally {
      BoundConnections.unbind(dataSource);
    }
  }

  private static <T> T invoke(SqlCallable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (SQLException e) {
      throw new ParanoidException("Transaction work failed", e);
    } catch (Exception e) {
      throw new ParanoidException("Transaction work failed", e);
    }
  }

  private static Connection open(DataSource dataSource) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new ParanoidException("Could not open a connection for a transaction", e);
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the transaction's outcome is already decided; a failing close must not hide it
    }
  }
}
