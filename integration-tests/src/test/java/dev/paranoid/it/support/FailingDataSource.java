package dev.paranoid.it.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a real {@link DataSource} in dynamic proxies that make the N-th statement execution
 * ({@code execute}, {@code executeUpdate}, {@code executeQuery}, {@code executeBatch}, ...) since
 * {@link #failExecution(int)} throw an {@link SQLException} instead of reaching the database, so
 * that a test can break a multi-statement operation at every step. It also counts the connections
 * obtained and not closed yet.
 */
public final class FailingDataSource {

  /** The SQLState of the injected failure: no driver reports it for anything else here. */
  public static final String SQL_STATE = "58P99";

  /** The message of the injected failure. */
  public static final String MESSAGE = "injected failure";

  private final DataSource target;
  private final DataSource proxy;
  private final AtomicInteger openConnections = new AtomicInteger();
  private final AtomicInteger executions = new AtomicInteger();
  private final List<String> executed = new ArrayList<>();
  private volatile int failAt;
  private volatile String failedSql;

  public FailingDataSource(DataSource target) {
    this.target = Objects.requireNonNull(target, "target");
    this.proxy = proxy(DataSource.class, target, this::onDataSourceCall);
  }

  /** The data source to hand to DAOs. */
  public DataSource dataSource() {
    return proxy;
  }

  /**
   * Makes the {@code n}-th statement execution from now on fail (1 = the next one); 0 never
   * fails. Resets the execution count and the recorded SQL.
   */
  public synchronized void failExecution(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0");
    }
    executions.set(0);
    executed.clear();
    failedSql = null;
    failAt = n;
  }

  /** Statement executions since the last {@link #failExecution}, the failed one included. */
  public int executions() {
    return executions.get();
  }

  /** The SQL of those executions, in order (the failed one included). */
  public synchronized List<String> executedSql() {
    return List.copyOf(executed);
  }

  /** The SQL of the execution that was made to fail, or null. */
  public String failedSql() {
    return failedSql;
  }

  /** Connections obtained and not closed yet. */
  public int openConnections() {
    return openConnections.get();
  }

  private Object onDataSourceCall(Object self, Method method, Object[] args) throws Throwable {
    Object result = invoke(target, method, args);
    if (result instanceof Connection && method.getName().equals("getConnection")) {
      openConnections.incrementAndGet();
      return connection((Connection) result);
    }
    return result;
  }

  private Connection connection(Connection real) {
    AtomicBoolean closed = new AtomicBoolean();
    return proxy(Connection.class, real, (self, method, args) -> {
      String name = method.getName();
      if (name.equals("close")) {
        try {
          return invoke(real, method, args);
        } finally {
          if (closed.compareAndSet(false, true)) {
            openConnections.decrementAndGet();
          }
        }
      }
      Object result = invoke(real, method, args);
      if (result instanceof Statement
          && (name.equals("prepareStatement") || name.equals("prepareCall")
              || name.equals("createStatement"))) {
        String sql = args != null && args.length > 0 && args[0] instanceof String
            ? (String) args[0] : null;
        return statement(method.getReturnType(), (Statement) result, sql);
      }
      return result;
    });
  }

  private Object statement(Class<?> type, Statement real, String preparedSql) {
    return proxy(type, real, (self, method, args) -> {
      if (method.getName().startsWith("execute")) {
        String sql = preparedSql != null ? preparedSql
            : args != null && args.length > 0 && args[0] instanceof String ? (String) args[0]
            : "<batch>";
        int n;
        synchronized (this) {
          n = executions.incrementAndGet();
          executed.add(sql);
        }
        if (n == failAt) {
          failedSql = sql;
          throw new SQLException(MESSAGE + " at execution " + n, SQL_STATE);
        }
      }
      return invoke(real, method, args);
    });
  }

  private static <T> T proxy(Class<T> type, Object real, InvocationHandler handler) {
    return Proxies.proxy(type, real, "Failing", handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    return Proxies.invoke(target, method, args);
  }
}
