package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.Team;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.HeldKeys;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, case 5: what an include loaded or filtered out never changes the key {@code update}
 * (or {@code create}) writes. A {@code @ManyToOne} that an include left null because its target
 * was soft-deleted, did not match {@code include.where(...)} or was dropped by a nested
 * {@code required()} keeps the stored key; setting another target writes that target's key.
 * Stored keys are read back with plain JDBC.
 *
 * <p>Conformance: C40.
 */
class UpdateAfterIncludeTest extends IncludeFixture {

  private User alice;
  private User bob;
  private User carol;

  @BeforeEach
  void seed() {
    alice = user("alice");
    bob = user("bob");
    carol = user("carol");
    tick();
  }

  private Long storedUserId(Project project) {
    return db.value(Long.class, "projects", "user_id", project.getId());
  }

  private Long storedAuthorId(Story story) {
    return db.value(Long.class, "stories", "created_by", story.getId());
  }

  private Long storedStoryId(Review review) {
    return db.value(Long.class, "reviews", "story_id", review.getId());
  }

  /** The story: soft-delete the parent, include, update the child, restore the parent. */
  @Test
  void updateAfterAnIncludeThatHidTheSoftDeletedParentKeepsTheKey_andRestoreFindsTheChild() {
    Project project = project("launch", 3, bob);
    assertTrue(users.destroy(bob));   // User.projects does not cascade: the project stays live

    Project loaded = projects.query().include(ProjectParanoidDao.USER).first().orElseThrow();
    assertNull(loaded.getUser());    // the visible contract: a soft-deleted target is null
    loaded.setTitle("launch v2");
    assertTrue(projects.update(loaded));

    assertEquals(bob.getId(), storedUserId(project));
    assertEquals("launch v2", db.value(String.class, "projects", "title", project.getId()));

    assertTrue(users.restore(bob));
    List<User> owners = users.query().include(UserParanoidDao.PROJECTS).list();
    assertEquals(List.of("alice=[]", "bob=[launch v2]", "carol=[]"),
        map(owners, user -> user.getUsername() + "="
            + map(user.getProjects(), Project::getTitle)));
    Project again = projects.query().include(ProjectParanoidDao.USER).first().orElseThrow();
    assertEquals("bob", again.getUser().getUsername());
  }

  /** A later update of the same entity, still null, still writes the key. */
  @Test
  void everyLaterUpdateKeepsTheKeyWhileTheFieldIsNull() {
    Project project = project("launch", 3, bob);
    users.destroy(bob);
    Project loaded = projects.query().include(ProjectParanoidDao.USER).first().orElseThrow();

    assertTrue(projects.update(loaded));
    loaded.setLikes(4);
    assertTrue(projects.update(loaded));

    assertEquals(bob.getId(), storedUserId(project));
    assertEquals(4, db.value(Integer.class, "projects", "likes", project.getId()));
  }

  @Test
  void updateAfterAnIncludeWhereThatDidNotMatchKeepsTheKey() {
    Story story = story("tale", alice);

    Story loaded = stories.query()
        .include(StoryParanoidDao.AUTHOR.where(UserParanoidDao.USERNAME.eq("nobody")))
        .first().orElseThrow();
    assertNull(loaded.getAuthor());
    loaded.setTitle("tale, revised");
    assertTrue(stories.update(loaded));

    assertEquals(alice.getId(), storedAuthorId(story));
    assertEquals("alice", stories.query().include(StoryParanoidDao.AUTHOR).first().orElseThrow()
        .getAuthor().getUsername());
  }

  /** A plain (non-paranoid) target filtered by {@code where} keeps its key too. */
  @Test
  void updateAfterAFilteredPlainTargetKeepsTheKey() {
    Team red = team("red");
    Project project = project("launch", 3, alice, red);

    Project loaded = projects.query()
        .include(ProjectParanoidDao.TEAM.where(Condition.<Team>all().not()))   // matches no team
        .first().orElseThrow();
    assertNull(loaded.getTeam());
    assertTrue(projects.update(loaded));

    assertEquals(red.getId(), db.value(Long.class, "projects", "team_id", project.getId()));
  }

  /** Nested: the stories loaded under reviews keep their authors' keys. */
  @Test
  void updateOfANestedEntityWhoseTargetWasFilteredKeepsTheKey() {
    Story story = story("tale", bob);
    review("good", 5, carol, story);
    softDelete("users", bob.getId());

    Review loaded = reviews.query()
        .include(ReviewParanoidDao.STORY.include(StoryParanoidDao.AUTHOR))
        .first().orElseThrow();
    Story nested = loaded.getStory();
    assertEquals("tale", nested.getTitle());
    assertNull(nested.getAuthor());
    nested.setTitle("tale, revised");
    assertTrue(stories.update(nested));
    assertTrue(reviews.update(loaded));

    assertEquals(bob.getId(), storedAuthorId(story));
    assertEquals(story.getId(), storedStoryId(loaded));
  }

  /**
   * A nested {@code required()} drops the story whose author is soft-deleted, so the review's
   * story is null: the review keeps its story key.
   */
  @Test
  void updateAfterANestedRequiredDroppedTheTargetKeepsTheKey() {
    Story story = story("tale", bob);
    Review review = review("good", 5, carol, story);
    softDelete("users", bob.getId());

    Review loaded = reviews.query()
        .include(ReviewParanoidDao.STORY.include(StoryParanoidDao.AUTHOR.required()))
        .first().orElseThrow();
    assertNull(loaded.getStory());
    loaded.setStars(4);
    assertTrue(reviews.update(loaded));

    assertEquals(story.getId(), storedStoryId(review));
    assertEquals(4, db.value(Integer.class, "reviews", "stars", review.getId()));
  }

  /** A target the include found: update writes the loaded entity's key. */
  @Test
  void updateAfterAnIncludeThatFoundTheTargetWritesTheLoadedKey() {
    Project live = project("live owner", 1, alice);
    Project deleted = project("deleted owner", 2, bob);
    softDelete("users", bob.getId());

    List<Project> loaded = projects.query()
        .include(ProjectParanoidDao.USER.includeDeleted()).list();
    assertEquals("alice", loaded.get(0).getUser().getUsername());
    assertEquals("bob", loaded.get(1).getUser().getUsername());
    for (Project project : loaded) {
      assertTrue(projects.update(project));
    }

    assertEquals(alice.getId(), storedUserId(live));
    assertEquals(bob.getId(), storedUserId(deleted));
  }

  /** Setting another target on an entity whose target was filtered writes the new key. */
  @Test
  void settingAnotherParentWritesItsKey() {
    Project project = project("launch", 3, bob);
    users.destroy(bob);
    Project loaded = projects.query().include(ProjectParanoidDao.USER).first().orElseThrow();

    loaded.setUser(carol);
    assertTrue(projects.update(loaded));
    assertEquals(carol.getId(), storedUserId(project));

    // once a target was written, null is NULL again: the key held back for bob is gone
    loaded.setUser(null);
    assertTrue(projects.update(loaded));
    assertNull(storedUserId(project));
  }

  /**
   * Setting null on an entity whose target an include filtered out keeps the key; forgetting
   * the held key first clears it.
   */
  @Test
  void clearingTheKeyAfterAFilteringIncludeNeedsForget() {
    Story story = story("tale", bob);
    softDelete("users", bob.getId());
    Story loaded = stories.query().include(StoryParanoidDao.AUTHOR).first().orElseThrow();

    loaded.setAuthor(null);
    assertTrue(stories.update(loaded));
    assertEquals(bob.getId(), storedAuthorId(story));

    HeldKeys.forget(loaded, StoryParanoidDao.AUTHOR);
    assertTrue(stories.update(loaded));
    assertNull(storedAuthorId(story));
    HeldKeys.forget(loaded, StoryParanoidDao.AUTHOR);   // nothing held: nothing to do
    assertTrue(stories.update(loaded));
    assertNull(storedAuthorId(story));
  }

  /** Forgetting one association leaves the other's held key alone. */
  @Test
  void forgetTouchesOneAssociationOnly() {
    Story story = story("tale", bob);
    Review review = review("good", 5, bob, story);
    softDelete("users", bob.getId());
    softDelete("stories", story.getId());
    Review loaded = reviews.query()
        .include(ReviewParanoidDao.AUTHOR, ReviewParanoidDao.STORY).first().orElseThrow();
    assertNull(loaded.getAuthor());
    assertNull(loaded.getStory());

    HeldKeys.forget(loaded, ReviewParanoidDao.STORY);
    assertTrue(reviews.update(loaded));

    assertNull(storedStoryId(review));
    assertEquals(bob.getId(), db.value(Long.class, "reviews", "created_by", review.getId()));
  }

  /** A failed update (the row is soft-deleted) writes nothing and the key is still held. */
  @Test
  void aFailedUpdateKeepsTheHeldKey() {
    Project project = project("launch", 3, bob);
    users.destroy(bob);
    Project loaded = projects.query().include(ProjectParanoidDao.USER).first().orElseThrow();
    softDelete("projects", project.getId());

    loaded.setTitle("never written");
    assertFalse(projects.update(loaded));
    assertTrue(projects.restore(loaded));
    assertTrue(projects.update(loaded));

    assertEquals(bob.getId(), storedUserId(project));
    assertEquals("never written", db.value(String.class, "projects", "title", project.getId()));
  }

  /**
   * Held keys belong to the instance the include filled: another instance of the same row, read
   * without the include and set to null, writes NULL.
   */
  @Test
  void anotherInstanceOfTheSameRowIsNotAffected() {
    Project project = project("launch", 3, bob);
    users.destroy(bob);
    Project filtered = projects.query().include(ProjectParanoidDao.USER).first().orElseThrow();
    Project plain = projects.findByPk(project.getId()).orElseThrow();
    assertEquals(bob.getId(), plain.getUser().getId());

    plain.setUser(null);
    assertTrue(projects.update(plain));
    assertNull(storedUserId(project));
    assertNull(filtered.getUser());
  }
}
