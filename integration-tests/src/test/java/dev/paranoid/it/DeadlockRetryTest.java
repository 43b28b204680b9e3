package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.TransactionConflictException;
import dev.paranoid.runtime.Transactions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real deadlock: two blocks update the same two users in opposite orders. The database rolls
 * one of them back (PostgreSQL: SQLState 40P01, MariaDB: 40001), Paranoid reports it as a
 * {@link TransactionConflictException}, and {@code Transactions.runWithRetry} runs that block
 * again, so both finish and both writes are kept. (H2 does not detect deadlocks: it waits for its
 * lock timeout instead, so the test runs on PostgreSQL and MariaDB.)
 */
class DeadlockRetryTest extends DatabaseTestBase {

  private HikariDataSource pool;
  private UserParanoidDao pooledUsers;

  @BeforeEach
  void pool() {
    assumeTrue(db.dialect() != Dialect.H2, "H2 has no deadlock detection");
    pool = new HikariDataSource();
    pool.setDataSource(db.dataSource());
    pool.setMaximumPoolSize(4);
    pooledUsers = new UserParanoidDao(pool, clock);
  }

  @AfterEach
  void closePool() {
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  void theBlockThatTheDatabaseRolledBackRunsAgain() throws Exception {
    User a = user("a");
    User b = user("b");
    CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();

    CompletableFuture<Void> first = CompletableFuture.runAsync(
        () -> crossUpdate(a, b, "first", bothHoldTheirFirstRow, attempts, conflicts));
    CompletableFuture<Void> second = CompletableFuture.runAsync(
        () -> crossUpdate(b, a, "second", bothHoldTheirFirstRow, attempts, conflicts));
    first.get(60, TimeUnit.SECONDS);
    second.get(60, TimeUnit.SECONDS);

    assertEquals(3, attempts.get(), "one of the two blocks ran twice");
    assertEquals(1, conflicts.get(), "the database chose one victim");
    assertTrue(db.single(String.class, "SELECT username FROM users WHERE id = ?", a.getId())
        .startsWith("a-"));
    assertTrue(db.single(String.class, "SELECT username FROM users WHERE id = ?", b.getId())
        .startsWith("b-"));
  }

  /** Updates {@code one}, waits until the other block holds its row, then updates {@code two}. */
  private void crossUpdate(User one, User two, String by, CyclicBarrier barrier,
      AtomicInteger attempts, AtomicInteger conflicts) {
    Transactions.runWithRetry(pool, 5, () -> {
      int attempt = attempts.incrementAndGet();
      try {
        User mine = pooledUsers.findByPk(one.getId()).orElseThrow();
        mine.setUsername(mine.getUsername().substring(0, 1) + "-" + by);
        assertTrue(pooledUsers.update(mine));
        if (attempt <= 2) {
          barrier.await(30, TimeUnit.SECONDS);   // only the first round collides
        }
        User theirs = pooledUsers.findByPk(two.getId()).orElseThrow();
        theirs.setUsername(theirs.getUsername().substring(0, 1) + "-" + by);
        assertTrue(pooledUsers.update(theirs));
      } catch (TransactionConflictException e) {
        conflicts.incrementAndGet();
        throw e;
      }
    });
  }
}
