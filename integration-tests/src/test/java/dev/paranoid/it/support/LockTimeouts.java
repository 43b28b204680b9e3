package dev.paranoid.it.support;

import com.zaxxer.hikari.HikariDataSource;
import dev.paranoid.runtime.Dialect;
import javax.sql.DataSource;

/**
 * Pools whose connections wait at most two seconds for a row lock, so that a test of "this does
 * not block" fails with a lock timeout instead of hanging.
 */
public final class LockTimeouts {

  private LockTimeouts() {}

  /** The statement that sets a two-second lock wait on a new connection. */
  public static String twoSeconds(Dialect dialect) {
    return switch (dialect) {
      case H2 -> "SET LOCK_TIMEOUT 2000";
      case POSTGRESQL -> "SET lock_timeout = '2s'";
      case MARIADB -> "SET SESSION innodb_lock_wait_timeout = 2";
    };
  }

  /** A small pool over {@code target} whose connections wait at most two seconds for a lock. */
  public static HikariDataSource pool(DataSource target, Dialect dialect) {
    HikariDataSource pool = new HikariDataSource();
    pool.setDataSource(target);
    pool.setMaximumPoolSize(4);
    pool.setConnectionInitSql(twoSeconds(dialect));
    return pool;
  }
}
