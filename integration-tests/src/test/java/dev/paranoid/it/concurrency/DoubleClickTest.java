package dev.paranoid.it.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.concurrency.RaceDatabase.Called;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's "double click": two threads, released together by a barrier, destroy the same row,
 * or restore it, with a cascade (a user with two stories of two reviews) and without (a review).
 * Every round must give one {@code true} and one {@code false}, no exception (a deadlock
 * included), and leave the rows as the winner alone would have: a destroyed tree stamped with the
 * winner's instant, a restored one live. Deadlocks are counted and printed.
 * {@code -Dparanoid.race.rounds} (20) sets the rounds per case.
 *
 * <p>Conformance: C44.
 */
class DoubleClickTest {

  private static final int ROUNDS = Integer.getInteger("paranoid.race.rounds", 20);

  private RaceDatabase race;
  private ExecutorService threads;

  @BeforeEach
  void open() {
    race = new RaceDatabase(Duration.ofSeconds(10));
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void close() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
    race.close();
  }

  @Test
  void destroyingAUserTwiceAtOnce() throws Exception {
    Forest forest = new Forest(race, ROUNDS, 2, 2);
    clickTwice(new Case("user destroy", true, true), forest,
        slot -> plant(forest, slot).user(), id -> race.users().destroyByPk(id));
  }

  @Test
  void restoringAUserTwiceAtOnce() throws Exception {
    Forest forest = new Forest(race, ROUNDS, 2, 2);
    clickTwice(new Case("user restore", true, false), forest, slot -> {
      long user = plant(forest, slot).user();
      assertTrue(race.call(() -> race.users().destroyByPk(user)).result());
      return user;
    }, id -> race.users().restoreByPk(id));
  }

  @Test
  void destroyingAReviewTwiceAtOnce() throws Exception {
    Forest forest = new Forest(race, ROUNDS, 1, 1);
    clickTwice(new Case("review destroy", false, true), forest,
        slot -> plant(forest, slot).allReviews().get(0), id -> race.reviews().destroyByPk(id));
  }

  @Test
  void restoringAReviewTwiceAtOnce() throws Exception {
    Forest forest = new Forest(race, ROUNDS, 1, 1);
    clickTwice(new Case("review restore", false, false), forest, slot -> {
      long review = plant(forest, slot).allReviews().get(0);
      assertTrue(race.call(() -> race.reviews().destroyByPk(review)).result());
      return review;
    }, id -> race.reviews().restoreByPk(id));
  }

  /** A slot's tree, planted as a call of its own. */
  private Forest.Tree plant(Forest forest, int slot) {
    return race.call(() -> forest.plant(slot)).result();
  }

  /** Makes the row a round clicks on, in the round's slot; returns its id. */
  private interface SlotPreparer {
    long prepare(int slot);
  }

  /**
   * What a case clicks: a user (then its whole tree must follow the winner) or a review; and
   * whether the click destroys (the rows then carry the winner's instant) or restores.
   */
  private record Case(String label, boolean user, boolean destroys) {}

  /**
   * {@code ROUNDS} rounds: {@code prepare} a fresh row in slot {@code round}, then {@code click}
   * it in both threads at once; checks the results and what the winner left.
   */
  private void clickTwice(Case clicked, Forest forest, SlotPreparer prepare, LongPredicate click)
      throws Exception {
    int deadlocks = 0;
    List<String> failures = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      long id = prepare.prepare(round);
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<Called<Boolean>>> clicks = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        clicks.add(threads.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return race.call(() -> click.test(id));
        }));
      }
      List<Called<Boolean>> results = new ArrayList<>();
      for (Future<Called<Boolean>> future : clicks) {
        try {
          results.add(future.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          if (Failures.classify(e.getCause()) == Failures.DEADLOCK) {
            deadlocks++;
          }
          failures.add("round " + round + ": " + e.getCause());
        }
      }
      if (results.size() == 2) {
        long wins = results.stream().filter(Called::result).count();
        if (wins != 1) {
          failures.add("round " + round + ": " + wins + " calls returned true");
        } else {
          long winner = results.stream().filter(Called::result).findFirst().orElseThrow().call();
          checkRows(clicked, forest.tree(round), id,
              clicked.destroys() ? Calls.stampOf(winner) : null, round, failures);
        }
      }
    }
    System.out.printf(Locale.ROOT, "[double-click %s %s] rounds=%d deadlocks=%d failures=%d%n",
        race.dialect(), clicked.label(), ROUNDS, deadlocks, failures.size());
    failures.stream().limit(5).forEach(f -> System.out.println("  " + f));
    assertEquals(0, race.openConnections(), "connections left open");
    assertEquals(List.of(), failures, "every round: one true, one false, no exception");
  }

  /** The clicked row and, for a user, its whole tree now carry {@code expected}. */
  private void checkRows(Case clicked, Forest.Tree tree, long id, LocalDateTime expected,
      int round, List<String> failures) {
    List<String> rows = new ArrayList<>();
    if (clicked.user()) {
      rows.add(Journal.key("users", id));
      tree.stories().forEach(story -> rows.add(Journal.key("stories", story)));
      tree.allReviews().forEach(review -> rows.add(Journal.key("reviews", review)));
    } else {
      rows.add(Journal.key("reviews", id));
    }
    for (String row : rows) {
      int hash = row.indexOf('#');
      LocalDateTime stored = race.db().timestamp(row.substring(0, hash), "deleted_at",
          Long.parseLong(row.substring(hash + 1)));
      if (!Objects.equals(stored, expected)) {
        failures.add("round " + round + ": " + row + " has deleted_at " + stored + ", not "
            + expected);
      }
    }
  }
}
