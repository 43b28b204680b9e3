package dev.paranoid.it.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a real {@link DataSource} in dynamic proxies that count what a DAO does with it: the
 * connections it opens and has not closed yet, the statements it prepares (with their SQL), the
 * statements it has not closed yet, and the metadata it asks for ({@code Connection.getMetaData},
 * {@code PreparedStatement.getParameterMetaData}, {@code ResultSet.getMetaData}).
 */
public final class CountingDataSource {

  private final DataSource target;
  private final DataSource proxy;
  private final AtomicInteger connectionsOpened = new AtomicInteger();
  private final AtomicInteger openConnections = new AtomicInteger();
  private final AtomicInteger statementsPrepared = new AtomicInteger();
  private final AtomicInteger openStatements = new AtomicInteger();
  private final AtomicInteger metadataCalls = new AtomicInteger();
  private final List<String> sql = new ArrayList<>();

  public CountingDataSource(DataSource target) {
    this.target = Objects.requireNonNull(target, "target");
    this.proxy = proxy(DataSource.class, target, this::onDataSourceCall);
  }

  /** The counting data source to hand to DAOs. */
  public DataSource dataSource() {
    return proxy;
  }

  /** Connections obtained and not closed yet. */
  public int openConnections() {
    return openConnections.get();
  }

  /** Connections obtained since the last {@link #reset()}. */
  public int connectionsOpened() {
    return connectionsOpened.get();
  }

  /** Statements created or prepared since the last {@link #reset()}. */
  public int statementsPrepared() {
    return statementsPrepared.get();
  }

  /** Statements created or prepared and not closed yet. */
  public int openStatements() {
    return openStatements.get();
  }

  /**
   * Calls of {@code getMetaData()} on connections and result sets and of
   * {@code getParameterMetaData()} on statements since the last {@link #reset()}.
   */
  public int metadataCalls() {
    return metadataCalls.get();
  }

  /** The SQL of the statements prepared since the last {@link #reset()}. */
  public synchronized List<String> sql() {
    return List.copyOf(sql);
  }

  /** Forgets the statements and connections counted so far (not the open counts). */
  public synchronized void reset() {
    connectionsOpened.set(0);
    statementsPrepared.set(0);
    metadataCalls.set(0);
    sql.clear();
  }

  private Object onDataSourceCall(Object self, Method method, Object[] args) throws Throwable {
    Object result = invoke(target, method, args);
    if (result instanceof Connection && method.getName().equals("getConnection")) {
      connectionsOpened.incrementAndGet();
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
      if (name.equals("getMetaData")) {
        metadataCalls.incrementAndGet();
      }
      Object result = invoke(real, method, args);
      if (result instanceof Statement
          && (name.equals("prepareStatement") || name.equals("prepareCall")
              || name.equals("createStatement"))) {
        synchronized (this) {
          statementsPrepared.incrementAndGet();
          sql.add(args != null && args.length > 0 && args[0] instanceof String
              ? (String) args[0] : "<createStatement>");
        }
        openStatements.incrementAndGet();
        return statement(method.getReturnType(), (Statement) result);
      }
      return result;
    });
  }

  private Object statement(Class<?> type, Statement real) {
    AtomicBoolean closed = new AtomicBoolean();
    return proxy(type, real, (self, method, args) -> {
      if (method.getName().equals("close")) {
        try {
          return invoke(real, method, args);
        } finally {
          if (closed.compareAndSet(false, true)) {
            openStatements.decrementAndGet();
          }
        }
      }
      if (method.getName().equals("getParameterMetaData")) {
        metadataCalls.incrementAndGet();
      }
      Object result = invoke(real, method, args);
      return result instanceof ResultSet ? resultSet((ResultSet) result) : result;
    });
  }

  private ResultSet resultSet(ResultSet real) {
    return proxy(ResultSet.class, real, (self, method, args) -> {
      if (method.getName().equals("getMetaData")) {
        metadataCalls.incrementAndGet();
      }
      return invoke(real, method, args);
    });
  }

  private static <T> T proxy(Class<T> type, Object real, InvocationHandler handler) {
    return Proxies.proxy(type, real, "Counting", handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    return Proxies.invoke(target, method, args);
  }
}
