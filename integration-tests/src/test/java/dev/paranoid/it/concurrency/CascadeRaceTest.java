package dev.paranoid.it.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: threads race soft destroy, restore, force destroy and update calls (by key, by
 * entity, bulk {@code ID.in(a, b)}; on users, which cascade to stories and on to reviews, on
 * stories, which cascade to reviews, and on reviews) over a few shared user → story → review
 * trees, then the run is checked against a journal that triggers filled with every change
 * (table, row, old and new {@code deleted_at}, the call that made it: see {@link JournalDdl}).
 * Each call has its own instant, so a deletion time names the call that stamped it.
 *
 * <p>Invariants (each broken one is a violation; the test wants none):
 * <ol>
 *   <li><b>results</b>: a call returns the number of rows of its own table it changed (true = 1);
 *       a soft destroy only stamps live rows, all with its own instant; a restore only clears
 *       deleted rows; an update leaves {@code deleted_at} alone; a failed call changes nothing;
 *   <li><b>scope</b>: a cascade changes only descendants of the rows it changed, the same way: a
 *       stamped child has a parent stamped by the same call, a restored child a parent restored
 *       from the same instant (exact restore), a removed child a removed parent; a call
 *       without a cascade changes only its own rows;
 *   <li><b>reach</b>: a cascade soft destroy stamps every child of the rows it stamps that was
 *       live when it ran (no review left live under a story or user a cascade deleted); an exact
 *       restore revives every child that carried its parent's instant (none left deleted under
 *       a root it restored). "When it ran" is used only where the order is certain, see
 *       {@link InvariantChecker}; the rest is counted as undetermined;
 *   <li><b>final state</b>: the stored rows are what the journal replays to (harness sanity: no
 *       change escaped the journal); every deletion time is the instant of a call that stamped
 *       that very row; no row carries the instant of a cascade that came from above while its
 *       parent is live (restoring the parent would have revived it);
 *   <li>no connection is left open.
 * </ol>
 * Deadlocks and serialization failures (SQLState 40001/40P01, MariaDB 1213) and lock wait
 * timeouts are not violations: they are retried (a new call each time), counted and printed, the
 * deadlocks split by single-root and bulk calls. One line per database and run: operations,
 * calls, violations (per invariant), calls that broke a promise, undetermined states, deadlocks,
 * lock timeouts, retries.
 *
 * <p>Size: {@code -Dparanoid.race.threads} (6), {@code -Dparanoid.race.operations} per thread
 * (150), {@code -Dparanoid.race.seed}, {@code -Dparanoid.race.trees} (3).
 *
 * <p>Conformance: C43.
 */
class CascadeRaceTest {

  private static final int THREADS = Integer.getInteger("paranoid.race.threads", 6);
  private static final int OPERATIONS = Integer.getInteger("paranoid.race.operations", 150);
  private static final int TREES = Integer.getInteger("paranoid.race.trees", 3);
  private static final long SEED = Long.getLong("paranoid.race.seed", 20261201L);

  private RaceDatabase race;

  @BeforeEach
  void open() {
    race = new RaceDatabase(Duration.ofSeconds(20));
  }

  @AfterEach
  void close() {
    race.close();
  }

  @Test
  void racingCascadesKeepEveryPromise() throws Exception {
    raceAndCheck(true, "cascades");
  }

  /**
   * The control: the same harness on calls that change one row each (review destroy and
   * restore, updates) finds nothing, so the violations of the cascading run are the cascades'.
   */
  @Test
  void racingSingleRowCallsKeepEveryPromise() throws Exception {
    raceAndCheck(false, "single-row");
  }

  private void raceAndCheck(boolean cascading, String label) throws Exception {
    Forest forest = new Forest(race, TREES, 2, 3);
    RaceRunner runner = new RaceRunner(race, forest, cascading);
    runner.plant();
    long start = System.nanoTime();
    runner.race(THREADS, OPERATIONS, SEED, 600);
    long elapsed = System.nanoTime() - start;

    List<CallRecord> records = runner.records();
    InvariantChecker.Result result = InvariantChecker.check(records,
        race.journal().entries(), race.journal().storedState(), forest);
    RaceRunner.Stats stats = runner.stats();
    System.out.printf(Locale.ROOT, "[race %s %s] threads=%d operations=%d calls=%d"
            + " violations=%d %s wrong-calls=%d undetermined=%d deadlocks=%d (single-root %d,"
            + " bulk %d) lock-timeouts=%d retries=%d errors=%d planting-deadlocks=%d"
            + " seconds=%.1f%n",
        race.dialect(), label, THREADS, stats.operations.get(), records.size(),
        result.violations().size(), result.counts(), result.wrongCalls(), result.undetermined(),
        stats.deadlocks(), stats.deadlocksSingleRoot.get(), stats.deadlocksBulk.get(),
        stats.lockTimeouts.get(),
        stats.retries.get(), stats.errors.get(), stats.plantingDeadlocks.get(), elapsed / 1e9);
    for (String invariant : result.counts().keySet()) {
      result.violations().stream().filter(v -> v.startsWith(invariant + ":")).limit(3)
          .forEach(v -> System.out.println("  violation " + v));
    }
    records.stream()
        .filter(r -> r.failed() && Failures.classify(r.failure()) == Failures.ERROR)
        .limit(5).forEach(r -> System.out.println("  error " + r));

    assertEquals(0, race.openConnections(), "connections left open");
    assertEquals(0, stats.errors.get(),
        "calls failed with something else than a deadlock or a lock timeout");
    assertTrue(result.violations().isEmpty(), result.violations().size() + " violations "
        + result.counts() + ", e.g. " + result.violations().stream().limit(3).toList());
  }
}
