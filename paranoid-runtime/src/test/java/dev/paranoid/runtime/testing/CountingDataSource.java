package dev.paranoid.runtime.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a real {@link DataSource} (never a fake one) with {@link Proxy} to count what the code
 * under test does with it: connections borrowed and still open, statements prepared and still
 * open, the SQL prepared, which connection each statement ran on, and each connection's
 * auto-commit mode when it was given back. Every call goes through to the real database.
 *
 * <p>{@link #failCommits()} makes {@code Connection.commit()} throw instead of committing: the one
 * fault that a real in-memory database cannot be made to produce on demand.
 */
public final class CountingDataSource {

  private final DataSource target;
  private final DataSource proxy;
  private final AtomicInteger connectionsOpened = new AtomicInteger();
  private final AtomicInteger openConnections = new AtomicInteger();
  private final AtomicInteger statementsPrepared = new AtomicInteger();
  private final AtomicInteger openStatements = new AtomicInteger();
  private final List<String> preparedSql = Collections.synchronizedList(new ArrayList<>());
  private final List<Connection> statementConnections =
      Collections.synchronizedList(new ArrayList<>());
  private final List<Boolean> autoCommitAtClose = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean failCommits;

  public CountingDataSource(DataSource target) {
    this.target = target;
    this.proxy = (DataSource) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {DataSource.class}, this::onDataSource);
  }

  /** The counting data source to hand to the code under test. */
  public DataSource dataSource() {
    return proxy;
  }

  /** The real data source behind it, for set-up and checks that must not be counted. */
  public DataSource target() {
    return target;
  }

  public int connectionsOpened() {
    return connectionsOpened.get();
  }

  public int openConnections() {
    return openConnections.get();
  }

  public int statementsPrepared() {
    return statementsPrepared.get();
  }

  public int openStatements() {
    return openStatements.get();
  }

  public List<String> preparedSql() {
    synchronized (preparedSql) {
      return List.copyOf(preparedSql);
    }
  }

  public String lastPreparedSql() {
    List<String> all = preparedSql();
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  /** How many different connections statements were prepared on. */
  public int distinctStatementConnections() {
    Set<Connection> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    synchronized (statementConnections) {
      distinct.addAll(statementConnections);
    }
    return distinct.size();
  }

  public List<Boolean> autoCommitAtClose() {
    synchronized (autoCommitAtClose) {
      return List.copyOf(autoCommitAtClose);
    }
  }

  public void failCommits() {
    failCommits = true;
  }

  private Object onDataSource(Object self, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return onObjectMethod(self, method, args);
    }
    Object result = call(target, method, args);
    if (method.getName().equals("getConnection")) {
      connectionsOpened.incrementAndGet();
      openConnections.incrementAndGet();
      return wrapConnection((Connection) result);
    }
    return result;
  }

  private Connection wrapConnection(Connection connection) {
    AtomicBoolean closed = new AtomicBoolean();
    Connection[] self = new Connection[1];
    InvocationHandler handler = (proxyObject, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return onObjectMethod(proxyObject, method, args);
      }
      switch (method.getName()) {
        case "close":
          if (!connection.isClosed()) {
            autoCommitAtClose.add(connection.getAutoCommit());
          }
          if (closed.compareAndSet(false, true)) {
            openConnections.decrementAndGet();
          }
          return call(connection, method, args);
        case "commit":
          if (failCommits) {
            throw new SQLException("commit refused by the test", "08006");
          }
          return call(connection, method, args);
        case "prepareStatement":
        case "prepareCall":
        case "createStatement":
          Object statement = call(connection, method, args);
          statementsPrepared.incrementAndGet();
          openStatements.incrementAndGet();
          statementConnections.add(self[0]);
          if (args != null && args.length > 0 && args[0] instanceof String) {
            preparedSql.add((String) args[0]);
          }
          return wrapStatement((Statement) statement, method.getReturnType());
        default:
          return call(connection, method, args);
      }
    };
    self[0] = (Connection) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    return self[0];
  }

  private Object wrapStatement(Statement statement, Class<?> type) {
    AtomicBoolean closed = new AtomicBoolean();
    InvocationHandler handler = (proxyObject, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return onObjectMethod(proxyObject, method, args);
      }
      if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
        openStatements.decrementAndGet();
      }
      return call(statement, method, args);
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object onObjectMethod(Object self, Method method, Object[] args) {
    switch (method.getName()) {
      case "equals":
        return self == args[0];
      case "hashCode":
        return System.identityHashCode(self);
      default:
        return "counting proxy " + Integer.toHexString(System.identityHashCode(self));
    }
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
