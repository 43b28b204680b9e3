package dev.paranoid.runtime;

import dev.paranoid.runtime.jdbc.BoundConnections;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs work in one JDBC transaction. Every DAO built on the same {@link DataSource} that is called
 * inside the work, on the same thread, uses the transaction's connection. A nested call joins the
 * outer transaction. Any exception rolls back and is rethrown (checked ones wrapped in a
 * {@link ParanoidException}); the connection is always released.
 *
 * <p>A connection that arrives with auto-commit off is in a transaction managed elsewhere (a
 * transaction-aware {@code DataSource}, a container): Paranoid joins it, never commits or rolls it
 * back, and undoes only its own statements on failure, through a savepoint.
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
      if (!connection.getAutoCommit()) {
        // A connection already in a transaction belongs to someone else (Spring's
        // TransactionAwareDataSourceProxy, a container's DataSource): join it, never commit it.
        return joinManagedElsewhere(dataSource, connection, work);
      }
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
        connection.setAutoCommit(true);
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
   * Runs {@code work} on a connection whose transaction is managed elsewhere (auto-commit off):
   * every DAO built on {@code dataSource} uses {@code connection} while {@code work} runs, and
   * nested {@link #run}/{@link #call} blocks join it. Paranoid neither commits nor closes
   * {@code connection}; when {@code work} fails, it rolls back to a savepoint taken at the start,
   * so only its own statements are undone. (A transaction-aware {@link DataSource}, such as Spring's
   * {@code TransactionAwareDataSourceProxy}, needs none of this: its connections arrive with
   * auto-commit off, and Paranoid joins their transaction the same way.)
   */
  public static <T> T onConnection(DataSource dataSource, Connection connection, SqlCallable<T> work) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(connection, "connection must not be null");
    Objects.requireNonNull(work, "work must not be null");
    if (BoundConnections.transaction(dataSource) != null) {
      throw new IllegalStateException(
          "a transaction is already open on this DataSource in this thread; nest inside it instead");
    }
    try {
      if (connection.getAutoCommit()) {
        throw new IllegalArgumentException("onConnection: the connection is in auto-commit mode;"
            + " start its transaction first (setAutoCommit(false)), or use Transactions.run");
      }
      return joinManagedElsewhere(dataSource, connection, work);
    } catch (SQLException e) {
      throw new ParanoidException("Transaction failed", e);
    }
  }

  /**
   * Runs {@code work} in the transaction already open on {@code connection}, which its owner
   * commits or rolls back. A failure undoes Paranoid's own statements only, back to a savepoint,
   * so that a half-done cascade never reaches the owner's commit.
   */
  private static <T> T joinManagedElsewhere(
      DataSource dataSource, Connection connection, SqlCallable<T> work) throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    BoundConnections.Bound bound = BoundConnections.bind(dataSource, connection);
    try {
      T result = invoke(work);
      if (bound.isRollbackOnly()) {
        throw new ParanoidException("A nested block failed inside a transaction managed elsewhere;"
            + " its statements were rolled back to where the block began", null);
      }
      release(connection, savepoint);
      return result;
    } catch (RuntimeException | Error failure) {
      try {
        connection.rollback(savepoint);
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
      throw failure;
    } finally {
      BoundConnections.unbind(dataSource);
    }
  }

  private static void release(Connection connection, Savepoint savepoint) {
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException | UnsupportedOperationException ignored) {
      // releasing is an optimisation; the owner's commit or rollback ends the savepoint anyway
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
