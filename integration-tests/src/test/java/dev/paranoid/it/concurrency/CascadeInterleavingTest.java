package dev.paranoid.it.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.concurrency.RaceDatabase.Called;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's deterministic reproductions: a transaction H (its own connection, in a thread of
 * its own) changes part of a tree and holds its row locks while a cascade on the same tree is
 * called in another thread; once that call waits for H (seen in the database's lock views, see
 * {@link LockWaits}), H commits. The call then runs after H, so its outcome must be the one it
 * has when it runs alone after H. Locks are given up after a few seconds and every wait is
 * timed, so a regression shows as a failure, never as a hung build.
 *
 * <p>Conformance: C43.
 */
class CascadeInterleavingTest {

  /** How long a lock is waited for, and any step of a test. */
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private RaceDatabase race;
  private ExecutorService threads;

  @BeforeEach
  void open() {
    race = new RaceDatabase(PATIENCE);
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void close() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
    race.close();
  }

  /**
   * H destroys user u (stamping its story and reviews) and restores review r; meanwhile
   * {@code users.destroyByPk(u)} waits for r. After H commits, u is deleted already: the call
   * must return false and change nothing, so r stays live, and restoring u revives the whole
   * tree (before cascades locked their rows, the call stamped r with its own instant, and the
   * restore left r hidden).
   */
  @Test
  void destroyByPkWaitingForARestoredReviewReturnsFalseAndChangesNothing() throws Exception {
    Forest.Tree tree = plant(1, 1, 2).get(0);
    long u = tree.user();
    long r = tree.allReviews().get(0);
    long other = tree.allReviews().get(1);

    Holder h = hold(() -> {
      assertTrue(race.users().destroyByPk(u));
      assertTrue(race.reviews().restoreByPk(r));
    });
    Racer<Boolean> second = racing(() -> race.users().destroyByPk(u));
    Called<Boolean> destroyed = second.after(h);

    assertEquals(false, destroyed.result(), "u was deleted by H before this call could");
    assertEquals(List.of(), race.journal().entriesOf(destroyed.call()),
        "a call that returns false changes nothing");
    assertEquals(null, deletedAt("reviews", r), "r stays as H left it: live");
    assertEquals(Calls.stampOf(h.call), deletedAt("reviews", other), "H's cascade stamped it");

    assertEquals(true, race.call(() -> race.users().restoreByPk(u)).result());
    for (String row : rows(tree)) {
      assertEquals(null, deletedAt(row), row + " is revived with its user");
    }
  }

  /**
   * Story s2 of user a was deleted on its own (with its reviews). H restores s2 (and so its
   * reviews) and updates a review of a's other story s1, whose lock {@code users.destroy(ID.in(a,
   * b))} then waits for. After H commits, every row of both trees is live, and the call must
   * delete them all at its instant (before cascades locked their rows, it returned 2 but left
   * s2's reviews live under a deleted s2: it looked at them before H committed and at s2 after).
   */
  @Test
  void bulkDestroyWaitingForAStoryRestoreLeavesNoReviewLive() throws Exception {
    List<Forest.Tree> trees = plant(2, 2, 2);
    Forest.Tree a = trees.get(0);
    long s1 = a.stories().get(0);
    long s2 = a.stories().get(1);
    assertTrue(race.call(() -> race.stories().destroyByPk(s2)).result());

    Holder h = hold(() -> {
      assertTrue(race.stories().restoreByPk(s2));
      assertTrue(race.reviews().update(review(a.reviews().get(s1).get(0), s1, a.user())));
    });
    Racer<Integer> second = racing(() -> race.users().destroy(
        UserParanoidDao.ID.in(List.of(a.user(), trees.get(1).user()))));
    Called<Integer> destroyed = second.after(h);

    assertEquals(2, destroyed.result(), "both users were live");
    for (Forest.Tree tree : trees) {
      for (String row : rows(tree)) {
        assertEquals(Calls.stampOf(destroyed.call()), deletedAt(row),
            row + " was live when the call ran after H: the cascade must stamp it");
      }
    }
  }

  /** A transaction held open in a thread of its own, as one call. */
  private final class Holder {
    final CountDownLatch held = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile long call;
    Future<?> done;
  }

  private Holder hold(ThrowingRunnable work) throws InterruptedException {
    Holder h = new Holder();
    h.done = threads.submit(() -> race.call(() -> {
      h.call = race.calls().current();
      race.inTransaction(() -> {
        work.run();
        h.held.countDown();
        if (!h.release.await(3 * PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
          throw new IllegalStateException("H was never released");
        }
        return null;
      });
      return null;
    }));
    assertTrue(h.held.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "H did its work");
    return h;
  }

  /** A call made in the other thread while H holds its locks. */
  private final class Racer<T> {
    final AtomicLong call = new AtomicLong();
    Future<Called<T>> result;

    /**
     * Waits until the call is blocked on H (or a few seconds, should the lock views not show
     * it), lets H commit, and returns the call's outcome. The call must still be running when H
     * commits: then it waited for H (alone, it takes milliseconds).
     */
    Called<T> after(Holder h) throws Exception {
      boolean pending;
      try {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (call.get() == 0 && System.nanoTime() < deadline) {
          TimeUnit.MILLISECONDS.sleep(5);
        }
        LockWaits.awaitBlocked(race, call.get(), Duration.ofSeconds(3));
        pending = !result.isDone();
      } finally {
        h.release.countDown();
      }
      h.done.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      Called<T> called = result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      assertTrue(pending, "the call (which returned " + called.result() + ") was over before H"
          + " committed: this test did not interleave them");
      return called;
    }
  }

  private <T> Racer<T> racing(Callable<T> work) {
    Racer<T> racer = new Racer<>();
    racer.result = threads.submit(() -> race.call(() -> {
      racer.call.set(race.calls().current());
      try {
        return work.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }));
    return racer;
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private List<Forest.Tree> plant(int trees, int stories, int reviews) {
    Forest forest = new Forest(race, trees, stories, reviews);
    List<Forest.Tree> planted = new ArrayList<>();
    for (int slot = 0; slot < trees; slot++) {
      int s = slot;
      planted.add(race.call(() -> forest.plant(s)).result());
    }
    return planted;
  }

  private static List<String> rows(Forest.Tree tree) {
    List<String> rows = new ArrayList<>();
    rows.add(Journal.key("users", tree.user()));
    for (long story : tree.stories()) {
      rows.add(Journal.key("stories", story));
      tree.reviews().get(story).forEach(review -> rows.add(Journal.key("reviews", review)));
    }
    return rows;
  }

  private static Review review(long id, long story, long user) {
    User author = new User();
    author.setId(user);
    Story parent = new Story();
    parent.setId(story);
    Review review = new Review("edited in H", 5, author, parent);
    review.setId(id);
    return review;
  }

  private LocalDateTime deletedAt(String row) {
    int hash = row.indexOf('#');
    return deletedAt(row.substring(0, hash), Long.parseLong(row.substring(hash + 1)));
  }

  private LocalDateTime deletedAt(String table, long id) {
    return race.db().timestamp(table, "deleted_at", id);
  }
}
