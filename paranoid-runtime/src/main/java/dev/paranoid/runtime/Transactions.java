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
