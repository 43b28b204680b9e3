package dev.paranoid.runtime.jdbc;

import java.sql.Connection;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The transaction open on this thread, per {@link DataSource}; how DAOs join a
 * {@link dev.paranoid.runtime.Transactions} block. Identity, not equals: two pools that compare
 * equal are still two pools.
 */
public final class BoundConnections {

  /** A transaction's connection, and whether a joined block failed inside it. */
  public static final class Bound {
    private final Connection connection;
    private boolean rollbackOnly;

    Bound(Connection connection) {
      this.connection = connection;
    }

    public Connection connection() {
      return connection;
    }

    public boolean isRollbackOnly() {
      return rollbackOnly;
    }

    /** A nested block failed: the outer one must not commit, even if it carries on. */
    public void setRollbackOnly() {
      rollbackOnly = true;
    }
  }

  private static final ThreadLocal<Map<DataSource, Bound>> BOUND =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private BoundConnections() {}

  /** The connection of the transaction open on {@code dataSource}, or null. */
  public static Connection current(DataSource dataSource) {
    Bound bound = BOUND.get().get(dataSource);
    return bound == null ? null : bound.connection;
  }

  public static Bound transaction(DataSource dataSource) {
    return BOUND.get().get(dataSource);
  }

  public static Bound bind(DataSource dataSource, Connection connection) {
    Bound bound = new Bound(connection);
    BOUND.get().put(dataSource, bound);
    return bound;
  }

  public static void unbind(DataSource dataSource) {
    Map<DataSource, Bound> map = BOUND.get();
    map.remove(dataSource);
    if (map.isEmpty()) {
      BOUND.remove();
    }
  }
}
