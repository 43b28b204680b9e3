package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.runtime.Include;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance C27 (and C28 for a to-one include) on {@code @ManyToOne} includes: a reference to a
 * soft-deleted or filtered-out row is null unless {@code includeDeleted()}, and {@code required()}
 * drops the row instead; a NULL foreign key stays null; a plain non-paranoid target is never
 * filtered.
 */
class IncludeToOneTest extends IncludeFixture {

  private User alice;
  private User bob;
  private User carol;
  private Story byAlice;
  private Story byBob;
  private Story orphan;
  private Story byCarol;
  private Story alsoByAlice;
  private Instant bobDeletedAt;

  /**
   * Stories, in key order: "by alice", "by bob" (bob is soft-deleted), "orphan" (no author),
   * "by carol", "also by alice", and "gone" (by alice, soft-deleted).
   */
  @BeforeEach
  void seed() {
    alice = user("alice");
    bob = user("bob");
    carol = user("carol");
    byAlice = story("by alice", alice);
    byBob = story("by bob", bob);
    orphan = story("orphan", null);
    byCarol = story("by carol", carol);
    alsoByAlice = story("also by alice", alice);
    Story gone = story("gone", alice);
    bobDeletedAt = softDelete("users", bob.getId());
    softDelete("stories", gone.getId());
    tick();
  }

  private static List<String> authorNames(List<Story> list) {
    return map(list, story -> story.getAuthor() == null ? null : story.getAuthor().getUsername());
  }

  // C27
  @Test
  void c27_manyToOneToASoftDeletedRowIsNullByDefault() {
    List<Story> list = stories.query().include(StoryParanoidDao.AUTHOR).list();

    assertEquals(List.of("by alice", "by bob", "orphan", "by carol", "also by alice"),
        titles(list));
    assertEquals(java.util.Arrays.asList("alice", null, null, "carol", "alice"),
        authorNames(list));
    User author = list.get(0).getAuthor();
    assertEquals(alice.getId(), author.getId());
    assertEquals(micros(T0), author.getCreatedAt());
    assertEquals(micros(T0), author.getUpdatedAt());
    assertNull(author.getDeletedAt());
    assertNull(author.getStories());
    assertEquals(alice.getId(), list.get(4).getAuthor().getId());
    assertEquals("alice", list.get(4).getAuthor().getUsername());

    // without the include the reference holds the key only, deleted target or not
    Story plain = stories.findByPk(byBob.getId()).orElseThrow();
    assertEquals(bob.getId(), plain.getAuthor().getId());
    assertNull(plain.getAuthor().getUsername());
  }

  // C27
  @Test
  void c27_includeDeletedLoadsTheSoftDeletedTarget() {
    List<Story> list = stories.query().include(StoryParanoidDao.AUTHOR.includeDeleted()).list();

    assertEquals(java.util.Arrays.asList("alice", "bob", null, "carol", "alice"),
        authorNames(list));
    User deletedAuthor = list.get(1).getAuthor();
    assertEquals(bob.getId(), deletedAuthor.getId());
    assertEquals(bobDeletedAt, deletedAuthor.getDeletedAt());
    assertEquals(micros(T0), deletedAuthor.getUpdatedAt());
  }

  // C27
  @Test
  void c27_requiredDropsTheRowWhoseTargetIsSoftDeleted() {
    List<Story> list = stories.query().include(StoryParanoidDao.AUTHOR.required()).list();
    assertEquals(List.of("by alice", "by carol", "also by alice"), titles(list));
    assertEquals(List.of("alice", "carol", "alice"), authorNames(list));
    assertEquals(3, stories.query().include(StoryParanoidDao.AUTHOR.required()).count());

    List<Story> withDeleted = stories.query()
        .include(StoryParanoidDao.AUTHOR.includeDeleted().required()).list();
    assertEquals(List.of("by alice", "by bob", "by carol", "also by alice"), titles(withDeleted));
    assertEquals(List.of("alice", "bob", "carol", "alice"), authorNames(withDeleted));
    assertEquals(4, stories.query()
        .include(StoryParanoidDao.AUTHOR.includeDeleted().required()).count());

    assertEquals("by carol", stories.query().include(StoryParanoidDao.AUTHOR.required())
        .offset(1).first().orElseThrow().getTitle());
  }

  // C27 with Sequelize's scenario: a project whose user is soft-deleted
  @Test
  void c27_projectOfASoftDeletedUser() {
    Project p1 = project("p1", 1, bob);
    Project p2 = project("p2", 2, alice);

    List<Project> list = projects.query().include(ProjectParanoidDao.USER).list();
    assertEquals(List.of(p1.getId(), p2.getId()), map(list, Project::getId));
    assertNull(list.get(0).getUser());
    assertEquals("alice", list.get(1).getUser().getUsername());

    assertEquals(List.of(p2.getId()),
        map(projects.query().include(ProjectParanoidDao.USER.required()).list(), Project::getId));
    List<Project> withDeleted = projects.query()
        .include(ProjectParanoidDao.USER.includeDeleted()).list();
    assertEquals("bob", withDeleted.get(0).getUser().getUsername());
    assertEquals(bobDeletedAt, withDeleted.get(0).getUser().getDeletedAt());
  }

  // C27 on another association: a review of a soft-deleted story
  @Test
  void c27_reviewOfASoftDeletedStory() {
    Review onLive = review("on live", 5, carol, byCarol);
    Review onDeleted = review("on deleted", 3, carol, byAlice);
    Instant storyDeletedAt = softDelete("stories", byAlice.getId());

    List<Review> list = reviews.query().include(ReviewParanoidDao.STORY).list();
    assertEquals(List.of("on live", "on deleted"), bodies(list));
    assertEquals("by carol", list.get(0).getStory().getTitle());
    assertNull(list.get(1).getStory());

    List<Review> withDeleted = reviews.query()
        .include(ReviewParanoidDao.STORY.includeDeleted()).list();
    assertEquals(byAlice.getId(), withDeleted.get(1).getStory().getId());
    assertEquals("by alice", withDeleted.get(1).getStory().getTitle());
    assertEquals(storyDeletedAt, withDeleted.get(1).getStory().getDeletedAt());

    assertEquals(List.of(onLive.getId()),
        map(reviews.query().include(ReviewParanoidDao.STORY.required()).list(), Review::getId));
    assertEquals(List.of(onLive.getId(), onDeleted.getId()), map(reviews.query()
        .include(ReviewParanoidDao.STORY.includeDeleted().required()).list(), Review::getId));
  }

  // C28 on a to-one include: a filtered-out target is null, the rows stay unless required()
  @Test
  void c28_whereOnAToOneIncludeNullsTheReferenceOnly() {
    Include<Story, User> carolOnly =
        StoryParanoidDao.AUTHOR.where(UserParanoidDao.USERNAME.eq("carol"));
    List<Story> list = stories.query().include(carolOnly).list();
    assertEquals(List.of("by alice", "by bob", "orphan", "by carol", "also by alice"),
        titles(list));
    assertEquals(java.util.Arrays.asList(null, null, null, "carol", null), authorNames(list));
    assertEquals(5, stories.query().include(carolOnly).count());

    assertEquals(List.of("by carol"),
        titles(stories.query().include(carolOnly.required()).list()));
    assertEquals(1, stories.query().include(carolOnly.required()).count());

    // the where cannot reach a soft-deleted target without includeDeleted()
    Include<Story, User> bobOnly = StoryParanoidDao.AUTHOR.where(UserParanoidDao.USERNAME.eq("bob"));
    assertEquals(List.of(), stories.query().include(bobOnly.required()).list());
    List<Story> bobs = stories.query().include(bobOnly.includeDeleted().required()).list();
    assertEquals(List.of("by bob"), titles(bobs));
    assertEquals("bob", bobs.get(0).getAuthor().getUsername());
  }

  @Test
  void aNullForeignKeyStaysNullWithoutError() {
    Story loaded = stories.query().where(StoryParanoidDao.ID.eq(orphan.getId()))
        .include(StoryParanoidDao.AUTHOR).first().orElseThrow();
    assertEquals("orphan", loaded.getTitle());
    assertNull(loaded.getAuthor());

    Story withDeleted = stories.query().where(StoryParanoidDao.ID.eq(orphan.getId()))
        .include(StoryParanoidDao.AUTHOR.includeDeleted()).first().orElseThrow();
    assertNull(withDeleted.getAuthor());

    assertTrue(stories.query().where(StoryParanoidDao.ID.eq(orphan.getId()))
        .include(StoryParanoidDao.AUTHOR.includeDeleted().required()).first().isEmpty());
    assertEquals(0, stories.query().where(StoryParanoidDao.CREATED_BY.isNull())
        .include(StoryParanoidDao.AUTHOR.includeDeleted().required()).count());

    // every root with a NULL key: nothing to look up, still no error
    List<Story> onlyOrphans = stories.query().where(StoryParanoidDao.CREATED_BY.isNull())
        .include(StoryParanoidDao.AUTHOR).list();
    assertEquals(List.of(orphan.getId()), map(onlyOrphans, Story::getId));
    assertNull(onlyOrphans.get(0).getAuthor());
  }

  @Test
  void rootIncludeDeletedDoesNotWidenAToOneInclude() {
    Story gone = stories.query().onlyDeleted().include(StoryParanoidDao.AUTHOR).first()
        .orElseThrow();
    assertEquals("gone", gone.getTitle());
    assertEquals("alice", gone.getAuthor().getUsername());

    List<Story> all = stories.query().includeDeleted().include(StoryParanoidDao.AUTHOR).list();
    assertEquals(List.of("by alice", "by bob", "orphan", "by carol", "also by alice", "gone"),
        titles(all));
    assertEquals(java.util.Arrays.asList("alice", null, null, "carol", "alice", "alice"),
        authorNames(all));
  }

  @Test
  void siblingToOneAndToManyIncludesOnTheSameRoots() {
    Review r1 = review("r1", 4, bob, byCarol);
    Review r2 = review("r2", 2, alice, byCarol);
    List<Story> list = stories.query().where(StoryParanoidDao.ID.eq(byCarol.getId()))
        .include(StoryParanoidDao.AUTHOR, StoryParanoidDao.REVIEWS.include(ReviewParanoidDao.AUTHOR))
        .list();
    assertEquals(1, list.size());
    assertEquals("carol", list.get(0).getAuthor().getUsername());
    assertEquals(List.of(r1.getId(), r2.getId()), map(list.get(0).getReviews(), Review::getId));
    assertNull(list.get(0).getReviews().get(0).getAuthor()); // bob is soft-deleted
    assertEquals("alice", list.get(0).getReviews().get(1).getAuthor().getUsername());
    assertEquals(alsoByAlice.getId(), stories.query().include(StoryParanoidDao.AUTHOR)
        .orderBy(StoryParanoidDao.ID.desc()).first().orElseThrow().getId());
  }

  // A plain @Entity target (Team: no @Paranoid, no deletion column, no DAO) is never filtered
  @Test
  void aPlainEntityTargetIsNeverFiltered() {
    Team red = team("red");
    Team blue = team("blue");
    Project p1 = project("p1", 1, alice, red);
    Project p2 = project("p2", 2, alice, blue);
    Project p3 = project("p3", 3, alice, null);
    Project p4 = project("p4", 4, bob, red);
    softDelete("projects", p4.getId());
    assertEquals(red.getId(), db.value(Long.class, "projects", "team_id", p1.getId()));
    assertNull(db.value(Long.class, "projects", "team_id", p3.getId()));

    CountingDataSource counting = new CountingDataSource(db.dataSource());
    ProjectParanoidDao countedProjects = new ProjectParanoidDao(counting.dataSource(), clock);
    List<Project> list = countedProjects.query().include(ProjectParanoidDao.TEAM).list();
    assertEquals(List.of(p1.getId(), p2.getId(), p3.getId()), map(list, Project::getId));
    assertEquals(red.getId(), list.get(0).getTeam().getId());
    assertEquals("red", list.get(0).getTeam().getName());
    assertEquals("blue", list.get(1).getTeam().getName());
    assertNull(list.get(2).getTeam());
    assertEquals(2, counting.statementsPrepared(), counting.sql().toString());
    String teamSql = counting.sql().get(1).toLowerCase(Locale.ROOT);
    assertTrue(teamSql.contains("from teams"), teamSql);
    assertFalse(teamSql.contains("deleted"), teamSql);

    // includeDeleted() changes nothing on a plain target; required() drops the NULL key
    List<Project> withDeleted = projects.query().include(ProjectParanoidDao.TEAM.includeDeleted())
        .list();
    assertEquals(java.util.Arrays.asList("red", "blue", null),
        map(withDeleted, p -> p.getTeam() == null ? null : p.getTeam().getName()));
    assertEquals(List.of(p1.getId(), p2.getId()),
        map(projects.query().include(ProjectParanoidDao.TEAM.required()).list(), Project::getId));
    assertEquals(2, projects.query().include(ProjectParanoidDao.TEAM.required()).count());

    // a deleted project (root includeDeleted) still gets its team; a team shared by two projects
    List<Project> all = projects.query().includeDeleted()
        .include(ProjectParanoidDao.TEAM, ProjectParanoidDao.USER).list();
    assertEquals(List.of(p1.getId(), p2.getId(), p3.getId(), p4.getId()),
        map(all, Project::getId));
    assertNotNull(all.get(3).getDeletedAt());
    assertEquals("red", all.get(3).getTeam().getName());
    assertEquals(red.getId(), all.get(3).getTeam().getId());
    assertNull(all.get(3).getUser()); // bob is soft-deleted
    assertEquals("alice", all.get(0).getUser().getUsername());

    // nested below a paranoid include: users → projects → team
    List<User> owners = users.query()
        .include(UserParanoidDao.PROJECTS.includeDeleted().include(ProjectParanoidDao.TEAM))
        .list();
    assertEquals(List.of("alice", "carol"), names(owners));
    assertEquals(java.util.Arrays.asList("red", "blue", null), map(owners.get(0).getProjects(),
        p -> p.getTeam() == null ? null : p.getTeam().getName()));
    assertEquals(List.of(), owners.get(1).getProjects());

    // without the include the reference holds the key only
    Project plain = projects.findByPk(p2.getId()).orElseThrow();
    assertEquals(blue.getId(), plain.getTeam().getId());
    assertNull(plain.getTeam().getName());
  }
}
