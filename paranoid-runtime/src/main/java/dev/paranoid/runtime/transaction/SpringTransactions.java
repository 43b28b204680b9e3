package dev.paranoid.runtime.transaction;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Spring's transaction synchronization, reached without a compile-time dependency: when
 * spring-jdbc is on the class path, a DAO call takes its connection the way {@code JdbcTemplate}
 * does ({@code DataSourceUtils}), so it runs in the Spring-managed transaction of the thread,
 * whatever component model the DAO was generated with. The runtime stays JDK-only; the handles are
 * looked up once.
 */
final class SpringTransactions {

  private static final String DATA_SOURCE_UTILS =
      "org.springframework.jdbc.datasource.DataSourceUtils";
  private static final String PROXY =
      "org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy";
  private static final String SYNCHRONIZATION_MANAGER =
      "org.springframework.transaction.support.TransactionSynchronizationManager";
  private static final String SYNCHRONIZATION =
      "org.springframework.transaction.support.TransactionSynchronization";
  /** {@code TransactionSynchronization.STATUS_ROLLED_BACK}. */
  private static final int STATUS_ROLLED_BACK = 1;

  private static final SpringTransactions INSTANCE = load();

  private final MethodHandle getConnection;
  private final MethodHandle releaseConnection;
  private final MethodHandle isTransactional;
  private final MethodHandle isActualTransactionActive;
  private final MethodHandle isSynchronizationActive;
  private final MethodHandle registerSynchronization;
  private final MethodHandle hasResource;
  private final Class<?> proxyType;
  private final MethodHandle proxyTarget;
  private final Class<?> synchronizationType;

  private SpringTransactions(ClassLoader loader) throws ReflectiveOperationException {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Class<?> utils = Class.forName(DATA_SOURCE_UTILS, false, loader);
    Class<?> manager = Class.forName(SYNCHRONIZATION_MANAGER, false, loader);
    synchronizationType = Class.forName(SYNCHRONIZATION, false, loader);
    proxyType = Class.forName(PROXY, false, loader);
    getConnection = lookup.findStatic(utils, "doGetConnection",
        MethodType.methodType(Connection.class, DataSource.class));
    releaseConnection = lookup.findStatic(utils, "doReleaseConnection",
        MethodType.methodType(void.class, Connection.class, DataSource.class));
    isTransactional = lookup.findStatic(utils, "isConnectionTransactional",
        MethodType.methodType(boolean.class, Connection.class, DataSource.class));
    isActualTransactionActive = lookup.findStatic(manager, "isActualTransactionActive",
        MethodType.methodType(boolean.class));
    isSynchronizationActive = lookup.findStatic(manager, "isSynchronizationActive",
        MethodType.methodType(boolean.class));
    registerSynchronization = lookup.findStatic(manager, "registerSynchronization",
        MethodType.methodType(void.class, synchronizationType));
    hasResource = lookup.findStatic(manager, "hasResource",
        MethodType.methodType(boolean.class, Object.class));
    proxyTarget = lookup.findVirtual(proxyType, "getTargetDataSource",
        MethodType.methodType(DataSource.class));
  }

  /** Spring's transaction support, or null when spring-jdbc is not on the class path. */
  static SpringTransactions get() {
    return INSTANCE;
  }

  private static SpringTransactions load() {
    for (ClassLoader loader : new ClassLoader[] {
        SpringTransactions.class.getClassLoader(), Thread.currentThread().getContextClassLoader()}) {
      if (loader == null) {
        continue;
      }
      try {
        return new SpringTransactions(loader);
      } catch (ReflectiveOperationException | LinkageError absent) {
        // not on this loader's class path: try the next one, else run without Spring
      }
    }
    return null;
  }

  /**
   * The DataSource Spring's transaction manager binds its connections to: the target of a
   * {@code TransactionAwareDataSourceProxy}, else {@code dataSource} itself.
   */
  DataSource key(DataSource dataSource) {
    if (!proxyType.isInstance(dataSource)) {
      return dataSource;
    }
    try {
      return (DataSource) proxyTarget.invoke(dataSource);
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  /** The connection of the thread's Spring transaction on {@code key}, or a new one. */
  Connection connection(DataSource key) throws SQLException {
    try {
      return (Connection) getConnection.invoke(key);
    } catch (SQLException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new SQLException(e);
    }
  }

  /** Gives a connection back: closes it unless a Spring transaction holds it. */
  void release(Connection connection, DataSource key) throws SQLException {
    try {
      releaseConnection.invoke(connection, key);
    } catch (SQLException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new SQLException(e);
    }
  }

  /** Whether {@code connection} is the one a Spring transaction (or synchronization) holds. */
  boolean isTransactional(Connection connection, DataSource key) {
    try {
      return (boolean) isTransactional.invoke(connection, key);
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  /** Whether the thread's Spring transaction holds a connection of {@code dataSource}. */
  boolean holds(DataSource dataSource) {
    try {
      return (boolean) isActualTransactionActive.invoke()
          && (boolean) hasResource.invoke((Object) key(dataSource));
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  /**
   * Runs {@code undo} if the thread's Spring transaction on {@code dataSource} rolls back; false
   * (nothing registered) when no Spring transaction holds that DataSource.
   */
  boolean onRollback(DataSource dataSource, Runnable undo) {
    try {
      if (!(boolean) isSynchronizationActive.invoke()
          || !(boolean) isActualTransactionActive.invoke()
          || !(boolean) hasResource.invoke((Object) key(dataSource))) {
        return false;
      }
      InvocationHandler handler = (proxy, method, args) -> {
        switch (method.getName()) {
          case "afterCompletion":
            if ((int) args[0] == STATUS_ROLLED_BACK) {
              undo.run();
            }
            return null;
          case "equals":
            return proxy == args[0];
          case "hashCode":
            return System.identityHashCode(proxy);
          case "toString":
            return "Paranoid entity undo on rollback";
          default:
            // every other callback has a default (empty) body in Spring's interface
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
      };
      Object synchronization = Proxy.newProxyInstance(synchronizationType.getClassLoader(),
          new Class<?>[] {synchronizationType}, handler);
      registerSynchronization.invoke(synchronization);
      return true;
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  private static RuntimeException rethrown(Throwable e) {
    if (e instanceof RuntimeException) {
      return (RuntimeException) e;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    return new IllegalStateException("Calling Spring's transaction support failed", e);
  }
}
