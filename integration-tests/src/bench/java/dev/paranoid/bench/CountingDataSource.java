package dev.paranoid.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A pool wrapper that counts what one operation asks of JDBC while {@link #start() counting}:
 * statements prepared, statements executed (an {@code executeBatch} is one), batched rows,
 * {@code getMetaData()} calls and transaction calls ({@code setAutoCommit}, {@code commit},
 * {@code rollback}), with the SQL of each prepared statement. While not counting it hands out the
 * pool's connections untouched, so the measured invocations pay nothing for it.
 */
final class CountingDataSource implements DataSource {

  private final DataSource pool;
  private volatile Counts counts;

  CountingDataSource(DataSource pool) {
    this.pool = pool;
  }

  /** What one counted operation did. */
  static final class Counts {
    int prepared;
    int executed;
    int batchedRows;
    int metadata;
    int transactionCalls;
    final List<String> sql = new ArrayList<>();
  }

  void start() {
    counts = new Counts();
  }

  Counts stop() {
    Counts done = counts;
    counts = null;
    return done;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counted(pool.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counted(pool.getConnection(username, password));
  }

  private Connection counted(Connection connection) {
    Counts current = counts;
    if (current == null) {
      return connection;
    }
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new ConnectionCounter(connection, current));
  }

  private static final class ConnectionCounter implements InvocationHandler {
    private final Connection connection;
    private final Counts counts;

    ConnectionCounter(Connection connection, Counts counts) {
      this.connection = connection;
      this.counts = counts;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      switch (name) {
        case "getMetaData" -> counts.metadata++;
        case "setAutoCommit", "commit", "rollback" -> counts.transactionCalls++;
        default -> { }
      }
      Object result = call(connection, method, args);
      if (result instanceof Statement statement
          && (name.startsWith("prepare") || name.equals("createStatement"))) {
        counts.prepared++;
        if (args != null && args.length > 0 && args[0] instanceof String sql) {
          counts.sql.add(sql);
        }
        Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type},
            new StatementCounter(statement, counts));
      }
      return result;
    }
  }

  private static final class StatementCounter implements InvocationHandler {
    private final Statement statement;
    private final Counts counts;

    StatementCounter(Statement statement, Counts counts) {
      this.statement = statement;
      this.counts = counts;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("addBatch")) {
        counts.batchedRows++;
      } else if (name.startsWith("execute")) {
        counts.executed++;
        if (args != null && args.length > 0 && args[0] instanceof String sql) {
          counts.sql.add(sql);
        }
      }
      return call(statement, method, args);
    }
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || pool.isWrapperFor(type);
  }
}
