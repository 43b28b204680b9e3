package dev.paranoid.it.concurrency;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Whether a call is waiting for a row lock, asked of the database's own views, so that a test
 * can hold a transaction open until the call it races is really blocked on it (not merely
 * started): PostgreSQL's {@code pg_stat_activity} (the call's {@code application_name}, see
 * {@link TaggedDataSource}); MariaDB's {@code innodb_trx} in a lock wait on a connection to the
 * scratch database; H2's {@code sessions} with a blocker.
 */
final class LockWaits {

  private LockWaits() {}

  /** Polls until {@code call} waits for a lock; false if it did not within {@code patience}. */
  static boolean awaitBlocked(RaceDatabase race, long call, Duration patience)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (waiting(race, call) > 0) {
        return true;
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    return false;
  }

  private static long waiting(RaceDatabase race, long call) {
    return switch (race.dialect()) {
      case POSTGRESQL -> race.db().single(Long.class, "SELECT COUNT(*) FROM pg_stat_activity"
          + " WHERE application_name = ? AND wait_event_type = 'Lock'", "paranoid-call-" + call);
      // the scratch database holds this test's connections only
      case MARIADB -> race.db().single(Long.class, "SELECT COUNT(*) FROM"
          + " information_schema.innodb_trx t JOIN information_schema.processlist p"
          + " ON p.id = t.trx_mysql_thread_id WHERE t.trx_state = 'LOCK WAIT'"
          + " AND p.db = DATABASE()");
      // an in-memory database of this test alone
      case H2 -> race.db().single(Long.class,
          "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL");
    };
  }
}
