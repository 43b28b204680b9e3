package dev.paranoid.it.concurrency;

import dev.paranoid.runtime.Dialect;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * A {@link DataSource} whose connections say which call opened them and give up waiting for a
 * lock after a bounded time, so that a race test never hangs and a blocked call shows up as a
 * lock timeout instead.
 *
 * <p>Each new connection runs, before the DAO sees it: the lock wait timeout; the call number in
 * a session variable the journal triggers read ({@code @paranoid_call} on H2 and MariaDB, the
 * setting {@code paranoid.call} on PostgreSQL); on PostgreSQL also {@code application_name =
 * paranoid-call-N}, so that {@link LockWaits} can tell when a given call is waiting for a lock.
 * The data sources under test open a connection per DAO call (no pool), so the tag never
 * outlives its call.
 */
final class TaggedDataSource {

  private TaggedDataSource() {}

  static DataSource wrap(DataSource target, Dialect dialect, Calls calls, Duration lockTimeout) {
    Object proxy = Proxy.newProxyInstance(TaggedDataSource.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (self, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof Connection connection && method.getName().equals("getConnection")) {
            tag(connection, dialect, calls.current(), lockTimeout);
          }
          return result;
        });
    return (DataSource) proxy;
  }

  private static void tag(Connection connection, Dialect dialect, long call, Duration lockTimeout)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : sessionSetUp(dialect, call, lockTimeout)) {
        statement.execute(sql);
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Numbers only: nothing here comes from outside the test. */
  private static List<String> sessionSetUp(Dialect dialect, long call, Duration lockTimeout) {
    long millis = lockTimeout.toMillis();
    return switch (dialect) {
      case H2 -> List.of("SET LOCK_TIMEOUT " + millis, "SET @paranoid_call = " + call);
      case POSTGRESQL -> List.of("SET lock_timeout = " + millis,
          "SET application_name = 'paranoid-call-" + call + "'",
          "SELECT set_config('paranoid.call', '" + call + "', false)");
      case MARIADB -> List.of(
          "SET SESSION innodb_lock_wait_timeout = " + Math.max(1, (millis + 999) / 1000),
          "SET @paranoid_call = " + call);
    };
  }
}
