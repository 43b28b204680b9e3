package dev.paranoid.runtime.transaction;

import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.SqlCallable;
import dev.paranoid.runtime.TransactionConflictException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * How a block of work gets its transaction: joins the one open on this thread, joins one managed
 * elsewhere (Spring, JTA, the caller's connection) under a savepoint, or opens, commits and rolls
 * back its own. {@code Transactions} is the public face of this class.
 */
public final class TransactionBlocks {

  private static final System.Logger LOG = System.getLogger("dev.paranoid.runtime.Transactions");

  private TransactionBlocks() {}


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
    return ConnectionLease.with(dataSource, lease -> lease.managedElsewhere()
            ? joinManagedElsewhere(dataSource, lease.connection(), work, lease.spring())
            : own(dataSource, lease, work),
        e -> new ParanoidException("Could not join the transaction", e));
  }

  /** Runs {@code work} in a transaction this block owns: commits it, or rolls it back. */
  private static <T> T own(DataSource dataSource, ConnectionLease lease, SqlCallable<T> work) {
    Connection connection = lease.connection();
    if (lease.autoCommit()) {
      try {
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        throw new ParanoidException("Could not start a transaction", e);
      }
    }
    BoundConnections.Bound bound = BoundConnections.bind(dataSource, connection);
    Throwable failure = null;
    try {
      T result = invoke(work);
      if (bound.isRollbackOnly()) {
        throw new ParanoidException(
            "Transaction rolled back: a nested block failed and the outer block carried on", null);
      }
      commit(connection);
      return result;
    } catch (RuntimeException | Error e) {
      failure = e;
      rollback(connection, e);
      bound.rolledBack(e);
      throw e;
    } finally {
      BoundConnections.unbind(dataSource);
      if (lease.autoCommit()) {
        // only after commit or rollback: restoring auto-commit commits whatever is open
        restoreAutoCommit(connection, failure);
      }
    }
  }

  private static void commit(Connection connection) {
    try {
      connection.commit();
    } catch (SQLException e) {
      if (TransactionConflictException.isConflict(e)) {
        throw new TransactionConflictException("Commit failed: the database rolled back the"
            + " transaction for a conflict with a concurrent one; run it again", null, e);
      }
      throw new ParanoidException("Commit failed; the transaction was rolled back", e);
    }
  }

  /**
   * A failure to restore auto-commit never replaces the failure in flight (a dead connection fails
   * both): it is added to it. After a commit the work is done, and the pool discards a connection
   * that cannot be reset, so it is only logged.
   */
  private static void restoreAutoCommit(Connection connection, Throwable failure) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      } else {
        LOG.log(System.Logger.Level.WARNING,
            "Could not restore auto-commit after a committed transaction", e);
      }
    }
  }

  /**
   * Runs {@code work} on a connection whose transaction is managed elsewhere (auto-commit off):
   * every DAO built on {@code dataSource} uses {@code connection} while {@code work} runs, and
   * nested {@link #run}/{@link #call} blocks join it. Paranoid neither commits nor closes
   * {@code connection}; when {@code work} fails, it rolls back to a savepoint taken at the start,
   * so only its own statements are undone. (Spring-managed transactions need none of this:
   * Paranoid finds their connection itself.)
   */
  /** Runs {@code work} again (with a pause) when its own transaction loses a conflict. */
  public static <T> T callWithRetry(DataSource dataSource, int maxAttempts, SqlCallable<T> work) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(work, "work must not be null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (BoundConnections.transaction(dataSource) != null
        || ConnectionLease.inSpringTransaction(dataSource)) {
      return call(dataSource, work);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return call(dataSource, work);
      } catch (TransactionConflictException conflict) {
        if (attempt >= maxAttempts) {
          throw conflict;
        }
        ConflictBackoff.pause(attempt, conflict);
      }
    }
  }

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
      return joinManagedElsewhere(dataSource, connection, work, false);
    } catch (SQLException e) {
      throw new ParanoidException("Could not join the caller's transaction", e);
    }
  }

  /**
   * Runs {@code work} in the transaction already open on {@code connection}, which its owner
   * commits or rolls back. A failure undoes Paranoid's own statements only, back to a savepoint,
   * so that a half-done cascade never reaches the owner's commit.
   */
  private static <T> T joinManagedElsewhere(
      DataSource dataSource, Connection connection, SqlCallable<T> work, boolean spring)
      throws SQLException {
    // a read-only transaction has nothing of Paranoid's to undo (its writes are refused before
    // they are sent), and MySQL Connector/J refuses a savepoint there
    Savepoint savepoint = connection.isReadOnly() ? null : connection.setSavepoint();
    BoundConnections.Bound bound = BoundConnections.bind(dataSource, connection, true);
    try {
      T result = invoke(work);
      if (bound.isRollbackOnly()) {
        throw new ParanoidException("A nested block failed inside a transaction managed elsewhere;"
            + " its statements were rolled back to where the block began", null);
      }
      if (savepoint != null) {
        release(connection, savepoint);
      }
      if (spring) {
        BoundConnections.handOver(dataSource, bound);
      }
      return result;
    } catch (RuntimeException | Error failure) {
      if (savepoint != null) {
        try {
          connection.rollback(savepoint);
        } catch (SQLException e) {
          failure.addSuppressed(e);
        }
      }
      bound.rolledBack(failure);
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

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

}
