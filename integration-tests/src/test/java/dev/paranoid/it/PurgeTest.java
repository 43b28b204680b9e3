package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.SqlCapture;
import dev.paranoid.runtime.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@code purge(cutoff[, batchSize])}: retention. Force-deletes the rows soft-deleted before the
 * cutoff, with their cascade children, in short batches; never a live row or one deleted later.
 *
 * <p>Conformance: C51.
 */
class PurgeTest extends DatabaseTestBase {

  private static final Duration DAY = Duration.ofDays(1);

  /** A user with a story and a review under it (users cascade to stories, stories to reviews). */
  private User userWithStory(String name) {
    User user = user(name);
    Story story = stories.create(new Story("story of " + name, user));
    reviews.create(new Review("review of " + name, 3, user, story));
    return user;
  }

  @Test
  void removesOnlyRowsDeletedBeforeTheCutoffWithTheirChildren() {
    User old = userWithStory("old");
    users.destroy(old);
    clock.advance(DAY.multipliedBy(40));
    Instant cutoff = clock.instant().minus(DAY.multipliedBy(30));
    User recent = userWithStory("recent");
    users.destroy(recent);
    User live = userWithStory("live");

    assertEquals(1, users.purge(cutoff));

    assertFalse(db.exists("users", old.getId()), "deleted 40 days ago: gone for good");
    assertEquals(0, db.single(Long.class, "SELECT COUNT(*) FROM stories WHERE created_by = ?",
        old.getId()), "with its cascade children");
    assertTrue(users.findByPk(recent.getId(), true).isPresent(), "deleted after the cutoff");
    assertTrue(users.findByPk(live.getId()).isPresent(), "live");
    assertEquals(2, stories.count() + stories.query().onlyDeleted().count());
    assertEquals(0, users.purge(cutoff), "running it again finds nothing more");
  }

  @Test
  void goesInBatchesEachItsOwnTransaction() {
    for (int i = 0; i < 5; i++) {
      users.destroy(user("u" + i));
    }
    clock.advance(DAY);
    SqlCapture sql = new SqlCapture(db.dataSource());
    UserParanoidDao captured = new UserParanoidDao(sql.dataSource(), clock);

    SqlCapture.Recording recording = sql.during(() -> captured.purge(clock.instant(), 2));

    assertEquals(5L, recording.result());
    List<String> selects = recording.statements().stream()
        .filter(statement -> statement.startsWith("SELECT id FROM users")).toList();
    assertEquals(3, selects.size(), "batches of 2, 2 and 1: the short one is the last");
    assertEquals(0, db.countRows("users"));
  }

  @Test
  void refusesBadInputAndATransaction() {
    assertThrows(NullPointerException.class, () -> users.purge(null));
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> users.purge(clock.instant(), 0));
    assertEquals("purge: batchSize must be at least 1, was 0", size.getMessage());
    IllegalStateException inside = assertThrows(IllegalStateException.class,
        () -> Transactions.run(db.dataSource(), () -> users.purge(clock.instant())));
    assertTrue(inside.getMessage().startsWith("purge runs one short transaction per batch"));
  }

  @Test
  void besideConcurrentRestoresNothingLiveIsRemoved() throws Exception {
    List<User> old = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      User user = user("old" + i);
      users.destroy(user);
      old.add(user);
    }
    clock.advance(DAY);
    Instant cutoff = clock.instant();
    AtomicBoolean purging = new AtomicBoolean(true);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      // restores half of the old rows while the purge runs: a restored row must survive it
      Future<List<Long>> restored = writer.submit(() -> {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < old.size() && purging.get(); i += 2) {
          Long id = old.get(i).getId();
          // as an application runs its transactions: again when one loses a deadlock
          if (Transactions.callWithRetry(db.dataSource(), 5, () -> users.restoreByPk(id))) {
            ids.add(id);
          }
        }
        return ids;
      });
      long removed = users.purge(cutoff, 3);
      purging.set(false);
      List<Long> survivors = restored.get(60, TimeUnit.SECONDS);

      for (Long id : survivors) {
        assertTrue(users.findByPk(id).isPresent(), "restored during the purge, so live: " + id);
      }
      assertEquals(40 - survivors.size(), removed + countDeleted(),
          "every old row was either purged, or restored, or is still deleted");
    } finally {
      writer.shutdownNow();
    }
  }

  private long countDeleted() {
    return users.query().onlyDeleted().count();
  }
}
