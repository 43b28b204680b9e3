package dev.paranoid.it.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A stand-in for a transaction manager plus a transaction-aware {@link DataSource}, behaving like
 * Spring's {@code DataSourceTransactionManager} with {@code TransactionAwareDataSourceProxy}:
 * {@link #begin()} binds a connection with auto-commit off to the thread; while it is bound,
 * {@link #dataSource()} hands out handles to it whose {@code close()} only releases the handle,
 * and every other call (commit, rollback, setAutoCommit included, as in Spring) goes to the
 * connection; {@link #commit()} / {@link #rollback()} end it. Outside a transaction the data
 * source hands out ordinary connections.
 */
public final class TransactionAwareDataSource {

  private final DataSource target;
  private final DataSource proxy;
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();
  private final AtomicInteger commitsThroughHandles = new AtomicInteger();
  private final AtomicInteger rollbacksThroughHandles = new AtomicInteger();

  public TransactionAwareDataSource(DataSource target) {
    this.target = Objects.requireNonNull(target, "target");
    this.proxy = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (self, method, args) -> {
          switch (method.getName()) {
            case "equals":
              return self == args[0];
            case "hashCode":
              return System.identityHashCode(self);
            case "toString":
              return "TransactionAware[" + target + "]";
            case "getConnection":
              Connection connection = bound.get();
              return connection == null ? invoke(target, method, args) : handle(connection);
            default:
              return invoke(target, method, args);
          }
        });
  }

  /** The data source to build DAOs on. */
  public DataSource dataSource() {
    return proxy;
  }

  /** Starts the thread's transaction (auto-commit off). */
  public void begin() throws SQLException {
    if (bound.get() != null) {
      throw new IllegalStateException("a transaction is already bound");
    }
    Connection connection = target.getConnection();
    connection.setAutoCommit(false);
    bound.set(connection);
  }

  public void commit() throws SQLException {
    end(true);
  }

  public void rollback() throws SQLException {
    end(false);
  }

  /** Whether the thread's transaction is still in progress. */
  public boolean inTransaction() {
    return bound.get() != null;
  }

  /** How often code holding a handle called {@code commit()} on it. */
  public int commitsThroughHandles() {
    return commitsThroughHandles.get();
  }

  /** How often code holding a handle called {@code rollback()} on it. */
  public int rollbacksThroughHandles() {
    return rollbacksThroughHandles.get();
  }

  private void end(boolean commit) throws SQLException {
    Connection connection = bound.get();
    if (connection == null) {
      throw new IllegalStateException("no transaction bound");
    }
    bound.remove();
    try {
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
      connection.setAutoCommit(true);
    } finally {
      connection.close();
    }
  }

  private Connection handle(Connection connection) {
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (self, method, args) -> {
          switch (method.getName()) {
            case "equals":
              return self == args[0];
            case "hashCode":
              return System.identityHashCode(self);
            case "toString":
              return "Handle[" + connection + "]";
            case "close":
              closed[0] = true; // the transaction's connection stays open
              return null;
            case "isClosed":
              return closed[0];
            case "commit":
              commitsThroughHandles.incrementAndGet();
              break;
            case "rollback":
              if (args == null || args.length == 0) {
                rollbacksThroughHandles.incrementAndGet();
              }
              break;
            default:
              break;
          }
          if (closed[0]) {
            throw new SQLException("Connection handle already closed");
          }
          return invoke(connection, method, args);
        });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
