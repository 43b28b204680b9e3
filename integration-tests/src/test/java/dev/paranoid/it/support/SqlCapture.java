package dev.paranoid.it.support;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Wraps a real {@link DataSource} in dynamic proxies that record, while {@link #during} runs a
 * call, every SQL string handed to the driver: the SQL of {@code prepareStatement} and
 * {@code prepareCall}, and of {@code execute*}/{@code addBatch} on a plain {@code Statement}.
 *
 * <p>Other connection calls ({@code setAutoCommit}, {@code commit}, {@code setSavepoint},
 * {@code getMetaData}, ...) carry no SQL of the caller's: the driver turns some of them into
 * commands of its own. They are not statements, so they are only counted, by name, to be listed
 * as ignored.
 */
public final class SqlCapture {

  /** Connection methods that hand SQL to the driver: recorded as statements. */
  private static final Set<String> PREPARES = Set.of("prepareStatement", "prepareCall");

  /** Statement methods whose first argument, when a String, is SQL sent as it is. */
  private static final Set<String> EXECUTES = Set.of(
      "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

  /** Connection methods that are plumbing, not calls worth listing as ignored. */
  private static final Set<String> PLUMBING = Set.of(
      "close", "isClosed", "unwrap", "isWrapperFor", "createStatement", "getWarnings",
      "clearWarnings");

  private final DataSource target;
  private final DataSource proxy;
  private final List<String> statements = new ArrayList<>();
  private final Map<String, Integer> otherCalls = new TreeMap<>();
  private boolean recording;

  public SqlCapture(DataSource target) {
    this.target = Objects.requireNonNull(target, "target");
    this.proxy = Proxies.proxy(DataSource.class, target, "Capturing", this::onDataSourceCall);
  }

  /** The data source to hand to DAOs. */
  public DataSource dataSource() {
    return proxy;
  }

  /** Something to run while recording. */
  @FunctionalInterface
  public interface Call {
    Object run() throws Exception;
  }

  /** What one call sent: its SQL in order, its result, what it threw (null if nothing). */
  public record Recording(List<String> statements, Object result, Throwable failure) {}

  /** Runs {@code call}, recording the SQL it sends; a failure is recorded, not thrown. */
  public Recording during(Call call) {
    synchronized (this) {
      statements.clear();
      recording = true;
    }
    Object result = null;
    Throwable failure = null;
    try {
      result = call.run();
    } catch (Exception | AssertionError e) {
      failure = e;
    } finally {
      synchronized (this) {
        recording = false;
      }
    }
    synchronized (this) {
      return new Recording(List.copyOf(statements), result, failure);
    }
  }

  /** How often each non-SQL connection method was called while recording, by name. */
  public synchronized Map<String, Integer> otherCalls() {
    return Map.copyOf(otherCalls);
  }

  private synchronized void record(String sql) {
    if (recording) {
      statements.add(sql);
    }
  }

  private synchronized void count(String method) {
    if (recording) {
      otherCalls.merge(method, 1, Integer::sum);
    }
  }

  private Object onDataSourceCall(Object self, Method method, Object[] args) throws Throwable {
    Object result = Proxies.invoke(target, method, args);
    if (result instanceof Connection && method.getName().equals("getConnection")) {
      return connection((Connection) result);
    }
    return result;
  }

  private Connection connection(Connection real) {
    return Proxies.proxy(Connection.class, real, "Capturing", (self, method, args) -> {
      String name = method.getName();
      if (PREPARES.contains(name) && args != null && args[0] instanceof String) {
        record((String) args[0]);
      } else if (!PLUMBING.contains(name)) {
        count(name);
      }
      Object result = Proxies.invoke(real, method, args);
      if (result instanceof Statement) {
        return statement(method.getReturnType(), (Statement) result);
      }
      return result;
    });
  }

  /** A statement that records SQL given to it directly (a plain Statement's execute(sql)). */
  private Object statement(Class<?> type, Statement real) {
    return Proxies.proxy(type, real, "Capturing", (self, method, args) -> {
      if (EXECUTES.contains(method.getName()) && args != null && args.length > 0
          && args[0] instanceof String) {
        record((String) args[0]);
      }
      return Proxies.invoke(real, method, args);
    });
  }
}
