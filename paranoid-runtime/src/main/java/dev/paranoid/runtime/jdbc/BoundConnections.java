package dev.paranoid.runtime.jdbc;

import java.sql.Connection;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The connection of the transaction open on this thread, per {@link DataSource}; how DAOs join a
 * {@link dev.paranoid.runtime.Transactions} block. Identity, not equals: two pools that compare
 * equal are still two pools.
 */
public final class BoundConnections {

  private static final ThreadLocal<Map<DataSource, Connection>> BOUND =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private BoundConnections() {}

  public static Connection current(DataSource dataSource) {
    return BOUND.get().get(dataSource);
  }

  public static void bind(DataSource dataSource, Connection connection) {
    BOUND.get().put(dataSource, connection);
  }

  public static void unbind(DataSource dataSource) {
    Map<DataSource, Connection> map = BOUND.get();
    map.remove(dataSource);
    if (map.isEmpty()) {
      BOUND.remove();
    }
  }
}
