package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.ParanoidException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conformance C32–C34: a user's soft destroy, restore and force destroy follow
 * {@code cascade = REMOVE} to its stories and, through them, to their reviews; projects (no
 * cascade) are left alone. Each operation is tried in its instance, by-key and bulk forms.
 */
class CascadeTest extends CascadeFixture {

  /** The three ways to name the user an operation works on. */
  enum Form { INSTANCE, BY_KEY, BULK }

  private boolean destroy(Form form, User user) {
    return switch (form) {
      case INSTANCE -> users.destroy(user);
      case BY_KEY -> users.destroyByPk(user.getId());
      case BULK -> count(users.destroy(UserParanoidDao.USERNAME.eq(user.getUsername())));
    };
  }

  private boolean restore(Form form, User user) {
    return switch (form) {
      case INSTANCE -> users.restore(user);
      case BY_KEY -> users.restoreByPk(user.getId());
      case BULK -> count(users.restore(UserParanoidDao.USERNAME.eq(user.getUsername())));
    };
  }

  private boolean forceDestroy(Form form, User user) {
    return switch (form) {
      case INSTANCE -> users.destroy(user, true);
      case BY_KEY -> users.destroyByPk(user.getId(), true);
      case BULK -> count(users.destroy(UserParanoidDao.USERNAME.eq(user.getUsername()), true));
    };
  }

  /** A bulk operation on one user: true for 1 row, false for 0, a failure otherwise. */
  private static boolean count(int rows) {
    assertTrue(rows == 0 || rows == 1, "rows affected: " + rows);
    return rows == 1;
  }

  /** Alice's live rows all carry {@code at}; the rows deleted before keep their own times. */
  private void assertAliceDeletedAt(Instant at) {
    LocalDateTime stamp = utc(at);
    assertEquals(stamp, deletedAtOf("users", alice.getId()), "alice");
    assertEquals(stamp, storyAt(s1), "s1");
    assertEquals(stamp, storyAt(s2), "s2");
    assertEquals(stamp, reviewAt(r1a), "r1a");
    assertEquals(stamp, reviewAt(r1b), "r1b (by bob, on alice's story)");
    assertEquals(stamp, reviewAt(r2a), "r2a");
    assertEquals(utc(reviewDeletedAt), reviewAt(r1c), "r1c keeps its earlier timestamp");
    assertEquals(utc(storyDeletedAt), storyAt(s3), "s3 keeps its earlier timestamp");
    assertEquals(utc(storyDeletedAt), reviewAt(r3a), "r3a keeps its earlier timestamp");
  }

  // C32: soft destroy cascades to stories and reviews with the user's one timestamp
  @ParameterizedTest
  @EnumSource(Form.class)
  void c32_softDestroyOfAUserCascadesToStoriesAndReviewsWithOneTimestamp(Form form) {
    seed();
    Instant now = tick();

    assertTrue(destroy(form, alice));

    assertAliceDeletedAt(now);
    assertOthersUntouched();
    if (form == Form.INSTANCE) {
      assertEquals(micros(now), alice.getDeletedAt());
    }
    // and the DAOs agree: nothing of alice is visible any more
    assertTrue(users.findByPk(alice.getId()).isEmpty());
    assertEquals(List.of("b1"), map(stories.findAll(), Story::getTitle));
    assertEquals(List.of("rb1"), map(reviews.findAll(), Review::getBody));
    assertEquals(2, projects.count(), "projects have no cascade");
    assertEquals(10, db.countRows("reviews") + db.countRows("stories"), "no row removed");
  }

  // C32: a soft destroy leaves updated_at of the cascaded children alone (C11)
  @Test
  void c32_cascadedSoftDestroyLeavesUpdatedAtAlone() {
    seed();
    LocalDateTime storyUpdated = updatedAtOf("stories", s1.getId());
    LocalDateTime reviewUpdated = updatedAtOf("reviews", r1a.getId());
    tick();

    assertTrue(users.destroy(alice));

    assertEquals(storyUpdated, updatedAtOf("stories", s1.getId()));
    assertEquals(reviewUpdated, updatedAtOf("reviews", r1a.getId()));
  }

  // C32: a bulk destroy of several users stamps all their children with one timestamp
  @Test
  void c32_bulkSoftDestroyOfSeveralUsersUsesOneTimestampForEveryRow() {
    seed();
    User carol = user("carol");
    Story c1 = story("c1", carol);
    Review rc1 = review("rc1", bob, c1);
    Instant now = tick();

    assertEquals(2, users.destroy(UserParanoidDao.USERNAME.in(List.of("alice", "carol"))));

    assertAliceDeletedAt(now);
    assertEquals(utc(now), deletedAtOf("users", carol.getId()));
    assertEquals(utc(now), storyAt(c1));
    assertEquals(utc(now), reviewAt(rc1));
    assertOthersUntouched();
  }

  // C32: Condition.all() cascades to every live child; the earlier deletions keep their times
  @Test
  void c32_destroyAllCascadesToEveryLiveChild() {
    seed();
    Instant now = tick();

    assertEquals(2, users.destroy(Condition.all()));

    assertAliceDeletedAt(now);
    assertEquals(utc(now), deletedAtOf("users", bob.getId()));
    assertEquals(utc(now), storyAt(b1));
    assertEquals(utc(now), reviewAt(rb1));
    assertEquals(2, projects.count(), "projects have no cascade");
  }

  // C32: the bulk condition is about the users, even when the children have the same column
  // (created_at, id): the cascade follows exactly the users it matches
  @Test
  void c32_bulkConditionOnAColumnTheChildrenShareSelectsUsersOnly() {
    seed();
    Instant carolCreated = tick();
    User carol = user("carol");
    Story c1 = story("c1", carol);
    // a story of alice's written when carol joined: its own created_at does not match
    Story s4 = story("s4", alice);
    Instant now = tick();

    assertEquals(2, users.destroy(UserParanoidDao.CREATED_AT.lt(micros(carolCreated))));

    assertAliceDeletedAt(now);
    assertEquals(utc(now), storyAt(s4), "the condition is on alice, not on her story");
    assertEquals(utc(now), storyAt(b1));
    assertEquals(utc(now), reviewAt(rb1));
    assertNull(deletedAtOf("users", carol.getId()));
    assertNull(storyAt(c1), "carol was not matched, so her story is not deleted");

    tick();
    assertEquals(1, users.restore(UserParanoidDao.ID.eq(alice.getId())));
    assertAliceAsSeeded();
    assertNull(storyAt(s4));
    assertEquals(utc(now), storyAt(b1), "bob is still deleted, and so is his story");
  }

  // C32 + C06: destroying an already-deleted user neither re-stamps it nor touches its children
  @ParameterizedTest
  @EnumSource(Form.class)
  void c32_destroyOfAnAlreadyDeletedUserDoesNotCascadeAgain(Form form) {
    seed();
    Instant first = tick();
    assertTrue(users.destroyByPk(alice.getId()));
    // a story written for the deleted user afterwards, and a restored one, are live now
    Story late = story("late", alice);
    Review lateReview = review("lateReview", bob, late);
    assertTrue(stories.restoreByPk(s2.getId()));
    tick();

    assertFalse(destroy(form, alice));

    assertEquals(utc(first), deletedAtOf("users", alice.getId()), "first timestamp kept");
    assertNull(storyAt(late), "no cascade from a row that was not deleted now");
    assertNull(reviewAt(lateReview));
    assertNull(storyAt(s2));
    assertNull(reviewAt(r2a), "restored with s2");
    assertEquals(utc(first), storyAt(s1));
  }

  // C33: restoring the user restores the children deleted with it, not those deleted before
  @ParameterizedTest
  @EnumSource(Form.class)
  void c33_restoreOfAUserRestoresExactlyTheChildrenDeletedWithIt(Form form) {
    seed();
    Instant destroyedAt = tick();
    assertTrue(users.destroy(alice));
    assertAliceDeletedAt(destroyedAt);
    tick();

    assertTrue(restore(form, alice));

    assertAliceAsSeeded();
    assertOthersUntouched();
    if (form == Form.INSTANCE) {
      assertNull(alice.getDeletedAt());
    }
    assertEquals(List.of("s1", "s2", "b1"), map(stories.findAll(), Story::getTitle));
    assertEquals(List.of("r1a", "r1b", "r2a", "rb1"), map(reviews.findAll(), Review::getBody));
  }

  // C33: the story deleted earlier stays deleted; restoring it then brings its review back
  @Test
  void c33_theStoryDeletedEarlierCanStillBeRestoredWithItsReviewAfterwards() {
    seed();
    tick();
    assertTrue(users.destroyByPk(alice.getId()));
    tick();
    assertTrue(users.restoreByPk(alice.getId()));
    assertEquals(utc(storyDeletedAt), storyAt(s3));
    tick();

    assertTrue(stories.restoreByPk(s3.getId()));

    assertNull(storyAt(s3));
    assertNull(reviewAt(r3a), "deleted with s3, restored with s3");
    assertEquals(utc(reviewDeletedAt), reviewAt(r1c), "deleted on its own: still deleted");
  }

  // C33: each restored user gets back the children deleted with it, at its own timestamp
  @Test
  void c33_bulkRestoreOfUsersDeletedAtDifferentTimesRestoresEachOnesChildren() {
    seed();
    tick();
    assertTrue(users.destroyByPk(bob.getId()));
    tick();
    assertTrue(users.destroyByPk(alice.getId()));
    tick();

    assertEquals(2, users.restore(Condition.all()));

    assertAliceAsSeeded();
    assertOthersUntouched();
  }

  // C33: restoring a live user returns false and restores none of its deleted children
  @ParameterizedTest
  @EnumSource(Form.class)
  void c33_restoreOfALiveUserRestoresNothing(Form form) {
    seed();
    tick();
    Map<String, Object> before = snapshot();

    assertFalse(restore(form, alice));

    assertEquals(before, snapshot());
  }

  // C33: a child deleted on its own at the parent's later restore is not mistaken for a cascade
  @Test
  void c33_aChildRestoredAndDeletedAgainOnItsOwnStaysDeleted() {
    seed();
    tick();
    assertTrue(users.destroyByPk(alice.getId()));
    tick();
    assertTrue(stories.restoreByPk(s1.getId()), "s1 restored on its own, with r1a and r1b");
    assertNull(reviewAt(r1a));
    Instant own = tick();
    assertTrue(stories.destroyByPk(s1.getId()), "and deleted again on its own");
    tick();

    assertTrue(users.restoreByPk(alice.getId()));

    assertEquals(utc(own), storyAt(s1), "deleted at another time than alice: stays deleted");
    assertEquals(utc(own), reviewAt(r1a));
    assertEquals(utc(own), reviewAt(r1b));
    assertNull(storyAt(s2), "deleted with alice: restored");
    assertNull(reviewAt(r2a));
  }

  // C34: force destroy removes the user's stories and reviews first, soft-deleted ones included
  @ParameterizedTest
  @EnumSource(Form.class)
  void c34_forceDestroyOfAUserRemovesItsChildrenFirst(Form form) {
    seed(false);

    assertTrue(forceDestroy(form, alice));

    assertFalse(db.exists("users", alice.getId()));
    for (Story story : List.of(s1, s2, s3)) {
      assertFalse(db.exists("stories", story.getId()), story.getTitle());
    }
    for (Review review : List.of(r1a, r1b, r1c, r2a, r3a)) {
      assertFalse(db.exists("reviews", review.getId()), review.getBody());
    }
    assertEquals(1, db.countRows("users"));
    assertEquals(1, db.countRows("stories"));
    assertEquals(1, db.countRows("reviews"));
    assertOthersUntouched();
  }

  // C34: force destroy of a soft-deleted user removes it and everything deleted with it
  @ParameterizedTest
  @EnumSource(Form.class)
  void c34_forceDestroyOfASoftDeletedUserRemovesItAndItsChildren(Form form) {
    seed(false);
    tick();
    assertTrue(users.destroy(alice));
    tick();

    assertTrue(forceDestroy(form, alice));

    assertFalse(db.exists("users", alice.getId()));
    assertEquals(List.of("b1"), map(db.rows("SELECT title FROM stories"), r -> r.get("title")));
    assertEquals(List.of("rb1"), map(db.rows("SELECT body FROM reviews"), r -> r.get("body")));
    assertOthersUntouched();
  }

  // C34: force destroy of every user empties the cascaded tables, with no foreign-key error
  @Test
  void c34_forceDestroyOfEveryUserEmptiesStoriesAndReviews() {
    seed(false);
    db.execute("DELETE FROM projects");

    assertEquals(2, users.destroy(Condition.all(), true));

    assertEquals(0, db.countRows("users"));
    assertEquals(0, db.countRows("stories"));
    assertEquals(0, db.countRows("reviews"));
  }

  // C34 + C35: projects have no cascade, so a user's project blocks its force destroy; the
  // stories and reviews deleted before the failing statement come back (one transaction)
  @ParameterizedTest
  @EnumSource(Form.class)
  void c34_aProjectWithoutCascadeBlocksTheForceDestroyAndNothingIsDeleted(Form form) {
    seed(true);
    Map<String, Object> before = snapshot();

    ParanoidException e = assertThrows(ParanoidException.class, () -> forceDestroy(form, alice));

    assertTrue(e.getSql() != null && e.getSql().startsWith("DELETE FROM users"), e.getMessage());
    assertEquals(before, snapshot(), "the whole cascade was rolled back");
  }
}
