package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.LockTimeouts;
import dev.paranoid.runtime.Transactions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An open cascade locks its own rows only: while a transaction holds a cascade on one story (or
 * one user), another transaction changes the reviews of another story (another user) without
 * waiting. On MariaDB, whose REPEATABLE READ keeps a lock on every row a statement reads, the
 * former {@code EXISTS} statements scanned the whole reviews table and blocked such writes
 * (issue 10). Connections wait at most two seconds for a lock, so a block fails the test.
 *
 * <p>Conformance: C45.
 */
class CascadeLockScopeTest extends DatabaseTestBase {

  private HikariDataSource pool;
  private UserParanoidDao pooledUsers;
  private StoryParanoidDao pooledStories;
  private ReviewParanoidDao pooledReviews;
  private User alice;
  private User bob;
  private Story aliceStory;
  private Story bobStory;
  private Review onAliceStory;
  private Review onBobStory;
  private Review otherOnAliceStory;

  @BeforeEach
  void trees() {
    pool = LockTimeouts.pool(db.dataSource(), db.dialect());
    pooledUsers = new UserParanoidDao(pool, clock);
    pooledStories = new StoryParanoidDao(pool, clock);
    pooledReviews = new ReviewParanoidDao(pool, clock);
    alice = user("alice");
    bob = user("bob");
    aliceStory = stories.create(new Story("a1", alice));
    Story aliceSecond = stories.create(new Story("a2", alice));
    bobStory = stories.create(new Story("b1", bob));
    onAliceStory = reviews.create(new Review("ra", 3, alice, aliceStory));
    otherOnAliceStory = reviews.create(new Review("ra2", 4, alice, aliceSecond));
    onBobStory = reviews.create(new Review("rb", 4, bob, bobStory));
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  /** Holds {@code cascade} open in a transaction while {@code meanwhile} runs elsewhere. */
  private void whileHeld(Runnable cascade, Runnable meanwhile) throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    CompletableFuture<Void> holder = CompletableFuture.runAsync(() ->
        Transactions.run(pool, () -> {
          cascade.run();
          held.countDown();
          assertTrue(done.await(30, TimeUnit.SECONDS));
        }));
    try {
      assertTrue(held.await(30, TimeUnit.SECONDS), "the cascade did not run");
      meanwhile.run();
    } finally {
      done.countDown();
    }
    holder.get(30, TimeUnit.SECONDS);
  }

  @Test
  void aStoryCascadeDoesNotBlockAnotherStorysReviews() throws Exception {
    whileHeld(() -> assertTrue(pooledStories.destroyByPk(aliceStory.getId())), () -> {
      onBobStory.setBody("edited");
      assertTrue(pooledReviews.update(onBobStory));
      assertTrue(pooledReviews.destroy(otherOnAliceStory), "a sibling story's review");
    });
    assertEquals(micros(clock.instant()), reviews.findByPk(onAliceStory.getId(), true)
        .orElseThrow().getDeletedAt());
    assertEquals("edited", reviews.findByPk(onBobStory.getId()).orElseThrow().getBody());
  }

  @Test
  void aUserCascadeDoesNotBlockAnotherUsersStoriesAndReviews() throws Exception {
    whileHeld(() -> assertTrue(pooledUsers.destroyByPk(alice.getId())), () -> {
      assertTrue(pooledReviews.destroy(onBobStory));
      assertTrue(pooledReviews.restore(onBobStory));
      bobStory.setTitle("renamed");
      assertTrue(pooledStories.update(bobStory));
      assertTrue(pooledUsers.destroyByPk(bob.getId()), "another root's own cascade");
    });
    assertEquals(0, users.count());
  }
}
