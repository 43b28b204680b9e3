package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.User;
import dev.paranoid.it.support.DatabaseTestBase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows the cascade tests (C32–C35) work on: User cascades to its stories
 * ({@code cascade = REMOVE}), Story to its reviews; User's projects have no cascade.
 *
 * <pre>
 * alice                       live
 *   project pAlice            live (no cascade)
 *   story s1                  live
 *     review r1a (by alice)   live
 *     review r1b (by bob)     live
 *     review r1c (by alice)   deleted on its own at {@link #reviewDeletedAt}
 *   story s2                  live
 *     review r2a (by bob)     live
 *   story s3                  deleted on its own at {@link #storyDeletedAt} (with its review)
 *     review r3a (by alice)   deleted with s3, at {@link #storyDeletedAt}
 * bob                         live
 *   project pBob              live
 *   story b1                  live
 *     review rb1 (by bob)     live
 * </pre>
 *
 * Alice has no review on someone else's story: reviews.created_by references users without a
 * cascade, so such a review would (rightly) block her force destroy.
 */
abstract class CascadeFixture extends DatabaseTestBase {

  protected User alice;
  protected User bob;
  protected Project pAlice;
  protected Project pBob;
  protected Story s1;
  protected Story s2;
  protected Story s3;
  protected Story b1;
  protected Review r1a;
  protected Review r1b;
  protected Review r1c;
  protected Review r2a;
  protected Review r3a;
  protected Review rb1;
  /** When r1c was deleted on its own (truncated to micros, as stored). */
  protected Instant reviewDeletedAt;
  /** When s3 (and with it r3a) was deleted on its own. */
  protected Instant storyDeletedAt;

  /** Creates the rows above; the clock ends one tick after the last deletion. */
  protected void seed() {
    seed(true);
  }

  /** The rows above; without alice's project when {@code withProjects} is false (pBob stays). */
  protected void seed(boolean withAliceProject) {
    alice = user("alice");
    bob = user("bob");
    if (withAliceProject) {
      pAlice = project("pAlice", 1, alice);
    }
    pBob = project("pBob", 2, bob);
    s1 = story("s1", alice);
    s2 = story("s2", alice);
    s3 = story("s3", alice);
    b1 = story("b1", bob);
    r1a = review("r1a", alice, s1);
    r1b = review("r1b", bob, s1);
    r1c = review("r1c", alice, s1);
    r2a = review("r2a", bob, s2);
    r3a = review("r3a", alice, s3);
    rb1 = review("rb1", bob, b1);

    reviewDeletedAt = micros(tick());
    assertEquals(true, reviews.destroyByPk(r1c.getId()));
    storyDeletedAt = micros(tick());
    assertEquals(true, stories.destroyByPk(s3.getId()), "s3 deleted on its own");
    assertEquals(utc(storyDeletedAt), deletedAtOf("reviews", r3a.getId()),
        "the story's own cascade deleted r3a with it");
    tick();
  }

  protected Story story(String title, User author) {
    return stories.create(new Story(title, author));
  }

  protected Review review(String body, User author, Story story) {
    return reviews.create(new Review(body, 3, author, story));
  }

  /**
   * Every row of the four tables, as {@code "stories#2" -> deleted_at} (null when live; the
   * string "live" stands for null so that the map can hold it), in table and key order.
   */
  protected Map<String, Object> snapshot() {
    Map<String, Object> rows = new LinkedHashMap<>();
    for (String table : new String[] {"users", "projects", "stories", "reviews"}) {
      for (Map<String, Object> row
          : db.rows("SELECT id, deleted_at FROM " + table + " ORDER BY id")) {
        Object deletedAt = row.get("deleted_at");
        rows.put(table + "#" + row.get("id"), deletedAt == null ? "live" : deletedAt);
      }
    }
    return rows;
  }

  protected LocalDateTime storyAt(Story story) {
    return deletedAtOf("stories", story.getId());
  }

  protected LocalDateTime reviewAt(Review review) {
    return deletedAtOf("reviews", review.getId());
  }

  /** Alice's rows as the fixture leaves them: only r1c, s3 and r3a deleted, each at its time. */
  protected void assertAliceAsSeeded() {
    assertEquals(null, deletedAtOf("users", alice.getId()), "alice");
    assertEquals(null, storyAt(s1), "s1");
    assertEquals(null, storyAt(s2), "s2");
    assertEquals(utc(storyDeletedAt), storyAt(s3), "s3");
    assertEquals(null, reviewAt(r1a), "r1a");
    assertEquals(null, reviewAt(r1b), "r1b");
    assertEquals(utc(reviewDeletedAt), reviewAt(r1c), "r1c");
    assertEquals(null, reviewAt(r2a), "r2a");
    assertEquals(utc(storyDeletedAt), reviewAt(r3a), "r3a");
  }

  /** Bob's rows (and pAlice, when there is one) are live. */
  protected void assertOthersUntouched() {
    assertEquals(null, deletedAtOf("users", bob.getId()), "bob");
    assertEquals(null, storyAt(b1), "b1");
    assertEquals(null, reviewAt(rb1), "rb1");
    assertEquals(null, deletedAtOf("projects", pBob.getId()), "pBob");
    if (pAlice != null) {
      assertEquals(null, deletedAtOf("projects", pAlice.getId()), "pAlice (no cascade)");
    }
  }
}
