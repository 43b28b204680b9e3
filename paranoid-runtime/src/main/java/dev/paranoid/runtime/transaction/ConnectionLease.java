package dev.paranoid.runtime.transaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A connection taken for one DAO call or one {@code Transactions} block, with the answer to the
 * question that decides whether its work survives: who owns its transaction?
 *
 * <ul>
 *   <li>A Spring-managed transaction ({@code @Transactional}, {@code TransactionTemplate}) when
 *       spring-jdbc is present and the thread's transaction holds this DataSource's connection;
 *   <li>someone else when the DataSource was declared {@linkplain ManagedElsewhereDataSource
 *       managed elsewhere} and the connection arrives with auto-commit off;
 *   <li>otherwise nobody else: a connection with auto-commit on commits each statement, and one
 *       that arrives with auto-commit off (a pool tuned with {@code autoCommit=false}) is
 *       committed by the call or the block that took it. A pool rolls back what is left open when
 *       a connection comes back, so leaving it uncommitted would lose the write.
 * </ul>
 */
public final class ConnectionLease implements AutoCloseable {

  private final Connection connection;
  private final DataSource springKey;
  private final boolean autoCommit;
  private final boolean managedElsewhere;
  private final boolean spring;

  private ConnectionLease(Connection connection, DataSource springKey, boolean autoCommit,
      boolean managedElsewhere, boolean spring) {
    this.connection = connection;
    this.springKey = springKey;
    this.autoCommit = autoCommit;
    this.managedElsewhere = managedElsewhere;
    this.spring = spring;
  }

  /** Takes a connection from {@code dataSource}, through Spring when Spring manages it. */
  public static ConnectionLease acquire(DataSource dataSource) throws SQLException {
    SpringTransactions springTransactions = SpringTransactions.get();
    DataSource key = springTransactions == null ? null : springTransactions.key(dataSource);
    Connection connection = key == null ? dataSource.getConnection()
        : springTransactions.connection(key);
    try {
      boolean autoCommit = connection.getAutoCommit();
      boolean inSpringTransaction = !autoCommit && key != null
          && springTransactions.isTransactional(connection, key);
      boolean elsewhere = !autoCommit
          && (inSpringTransaction || dataSource instanceof ManagedElsewhereDataSource);
      return new ConnectionLease(connection, key, autoCommit, elsewhere, inSpringTransaction);
    } catch (SQLException | RuntimeException | Error e) {
      release(connection, key, e);
      throw e;
    }
  }

  /**
   * Leases a connection of {@code dataSource}, runs {@code work} on the lease and gives the
   * connection back on every path. A failure to get one becomes
   * {@link ConnectionFailures#acquisition}; an {@link SQLException} of the work becomes what
   * {@code failure} makes of it; a failure to give the connection back is added to the failure in
   * flight, never put in its place.
   */
  public static <T> T with(DataSource dataSource, LeasedWork<T> work,
      Function<SQLException, RuntimeException> failure) {
    ConnectionLease lease;
    try {
      lease = acquire(dataSource);
    } catch (SQLException e) {
      throw ConnectionFailures.acquisition(e);
    }
    Throwable thrown = null;
    try {
      return work.run(lease);
    } catch (SQLException e) {
      RuntimeException translated = failure.apply(e);
      thrown = translated;
      throw translated;
    } catch (RuntimeException | Error e) {
      thrown = e;
      throw e;
    } finally {
      lease.close(thrown);
    }
  }

  /** Whether a Spring-managed transaction of this thread holds a connection of {@code dataSource}. */
  public static boolean inSpringTransaction(DataSource dataSource) {
    SpringTransactions spring = SpringTransactions.get();
    return spring != null && spring.holds(dataSource);
  }

  public Connection connection() {
    return connection;
  }

  /** Whether the connection arrived with auto-commit on. */
  public boolean autoCommit() {
    return autoCommit;
  }

  /** Whether the connection is in a transaction its owner commits: join it, never commit it. */
  public boolean managedElsewhere() {
    return managedElsewhere;
  }

  /** Whether that owner is a Spring-managed transaction. */
  public boolean spring() {
    return spring;
  }

  /**
   * Runs one call's work. On a connection nobody else owns that arrived with auto-commit off, the
   * call owns the open transaction: it commits the work, or rolls it back when it fails.
   */
  public <T> T runCall(ConnectionWork<T> work) throws SQLException {
    if (autoCommit || managedElsewhere) {
      return work.run(connection);
    }
    T result;
    try {
      result = work.run(connection);
    } catch (SQLException | RuntimeException | Error failure) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
      throw failure;
    }
    connection.commit();
    return result;
  }

  /** Gives the connection back (to Spring, which keeps a transaction's connection open). */
  @Override
  public void close() throws SQLException {
    if (springKey != null) {
      SpringTransactions.get().release(connection, springKey);
    } else {
      connection.close();
    }
  }

  /** Closes, adding a failure to close to {@code failure} instead of replacing it. */
  public void close(Throwable failure) {
    try {
      close();
    } catch (SQLException | RuntimeException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }

  private static void release(Connection connection, DataSource key, Throwable failure) {
    try {
      if (key != null) {
        SpringTransactions.get().release(connection, key);
      } else {
        connection.close();
      }
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Work on a lease. */
  @FunctionalInterface
  public interface LeasedWork<T> {
    T run(ConnectionLease lease) throws SQLException;
  }

  /** Work on a connection. */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
