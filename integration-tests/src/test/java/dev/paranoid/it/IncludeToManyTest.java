package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.runtime.Include;
import dev.paranoid.runtime.Query;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance C24–C26 and C28 on {@code @OneToMany(mappedBy)} includes ({@code User.stories},
 * {@code User.projects}), plus first(), the root's deleted filter and include ordering.
 */
class IncludeToManyTest extends IncludeFixture {

  private User alice;
  private User bob;
  private User carol;
  private User dave;
  private Story a1;
  private Story a2;
  private Story a3;
  private Story b1;
  private Project p1;
  private Project p2;
  private Instant a2DeletedAt;
  private Instant b1DeletedAt;
  private Instant p2DeletedAt;

  /**
   * alice: stories a1, a3 live and a2 deleted; projects p1 live and p2 deleted. bob: story b1,
   * deleted. carol: nothing. dave: soft-deleted user with a live story d1.
   */
  @BeforeEach
  void seed() {
    alice = user("alice");
    bob = user("bob");
    carol = user("carol");
    dave = user("dave");
    a1 = story("a1", alice);
    a2 = story("a2", alice);
    b1 = story("b1", bob);
    a3 = story("a3", alice);
    story("d1", dave);
    p1 = project("p1", 10, alice);
    p2 = project("p2", 20, alice);
    a2DeletedAt = softDelete("stories", a2.getId());
    b1DeletedAt = softDelete("stories", b1.getId());
    p2DeletedAt = softDelete("projects", p2.getId());
    softDelete("users", dave.getId());
    tick();
  }

  /** Issue 14: the children's {@code mappedBy} reference is the parent instance that was loaded. */
  @Test
  void includedChildrenPointBackAtTheLoadedParentNotAKeyOnlyCopy() {
    reviews.create(new Review("fine", 4, bob, a1));
    List<User> list = users.query()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS)).list();

    User loadedAlice = list.get(0);
    assertEquals(2, loadedAlice.getStories().size());
    for (Story story : loadedAlice.getStories()) {
      assertSame(loadedAlice, story.getAuthor(), story.getTitle());
      for (Review review : story.getReviews()) {
        assertSame(story, review.getStory(), review.getBody());
      }
    }
    assertEquals("alice", loadedAlice.getStories().get(0).getAuthor().getUsername(),
        "the author is the whole loaded user, not an id-only stub");
    assertEquals(1, loadedAlice.getStories().get(0).getReviews().size());
  }

  // C24
  @Test
  void c24_includeStoriesLoadsOnlyLiveStories() {
    List<User> list = users.query().include(UserParanoidDao.STORIES).list();

    assertEquals(List.of("alice=[a1, a3]", "bob=[]", "carol=[]"), storiesByUser(list));
    Story first = list.get(0).getStories().get(0);
    assertEquals(a1.getId(), first.getId());
    assertEquals("a1", first.getTitle());
    assertEquals(micros(T0), first.getCreatedAt());
    assertEquals(micros(T0), first.getUpdatedAt());
    assertNull(first.getDeletedAt());
    // the story's own @ManyToOne, which the include follows back, is the loaded user itself
    assertSame(list.get(0), first.getAuthor());
    assertNull(first.getReviews());
    assertEquals(a3.getId(), list.get(0).getStories().get(1).getId());
    // associations that were not included are left alone
    assertNull(list.get(0).getProjects());
  }

  // C24 with Sequelize's own example: users → projects
  @Test
  void c24_includeProjectsLoadsOnlyLiveProjects() {
    List<User> list = users.query().include(UserParanoidDao.PROJECTS).list();

    assertEquals(List.of("alice", "bob", "carol"), names(list));
    assertEquals(List.of(p1.getId()), map(list.get(0).getProjects(), Project::getId));
    Project loaded = list.get(0).getProjects().get(0);
    assertEquals("p1", loaded.getTitle());
    assertEquals(10, loaded.getLikes());
    assertNull(loaded.getDeletedAt());
    assertEquals(List.of(), list.get(1).getProjects());
    assertEquals(List.of(), list.get(2).getProjects());
    assertNull(list.get(0).getStories());
  }

  // C25
  @Test
  void c25_includeDeletedLoadsDeletedStoriesToo() {
    List<User> list = users.query().include(UserParanoidDao.STORIES.includeDeleted()).list();

    assertEquals(List.of("alice=[a1, a2, a3]", "bob=[b1]", "carol=[]"), storiesByUser(list));
    List<Story> aliceStories = list.get(0).getStories();
    assertNull(aliceStories.get(0).getDeletedAt());
    assertEquals(a2DeletedAt, aliceStories.get(1).getDeletedAt());
    assertEquals(micros(T0), aliceStories.get(1).getUpdatedAt());
    assertEquals(b1DeletedAt, list.get(1).getStories().get(0).getDeletedAt());

    List<User> withProjects = users.query().include(UserParanoidDao.PROJECTS.includeDeleted())
        .where(UserParanoidDao.USERNAME.eq("alice")).list();
    List<Project> aliceProjects = withProjects.get(0).getProjects();
    assertEquals(List.of("p1", "p2"), map(aliceProjects, Project::getTitle));
    assertEquals(p2DeletedAt, aliceProjects.get(1).getDeletedAt());
  }

  // C25: options return new includes; the constant itself never changes
  @Test
  void c25_includeOptionsReturnNewIncludesAndLeaveTheConstantAlone() {
    Include<User, Story> withDeleted = UserParanoidDao.STORIES.includeDeleted();
    Include<User, Story> required = UserParanoidDao.STORIES.required();
    Include<User, Story> onlyA2 = withDeleted.where(StoryParanoidDao.TITLE.eq("a2"));

    assertEquals(List.of("alice=[a1, a3]", "bob=[]", "carol=[]"),
        storiesByUser(users.query().include(UserParanoidDao.STORIES).list()));
    assertEquals(List.of("alice=[a1, a2, a3]", "bob=[b1]", "carol=[]"),
        storiesByUser(users.query().include(withDeleted).list()));
    assertEquals(List.of("alice=[a1, a3]"),
        storiesByUser(users.query().include(required).list()));
    assertEquals(List.of("alice=[a2]", "bob=[]", "carol=[]"),
        storiesByUser(users.query().include(onlyA2).list()));
    assertEquals(List.of("alice=[a1, a2, a3]", "bob=[b1]", "carol=[]"),
        storiesByUser(users.query().include(withDeleted).list()));
  }

  // C26
  @Test
  void c26_parentsWithoutLiveChildrenGetAnEmptyListAndRequiredDropsThem() {
    List<User> list = users.query().include(UserParanoidDao.STORIES).list();
    assertEquals(List.of("alice", "bob", "carol"), names(list));
    assertNotNull(list.get(1).getStories());
    assertTrue(list.get(1).getStories().isEmpty()); // only a deleted story
    assertNotNull(list.get(2).getStories());
    assertTrue(list.get(2).getStories().isEmpty()); // no story at all

    Query<User> required = users.query().include(UserParanoidDao.STORIES.required());
    assertEquals(List.of("alice=[a1, a3]"), storiesByUser(required.list()));
    assertEquals(1, users.query().include(UserParanoidDao.STORIES.required()).count());

    // a deleted child counts for required() only with includeDeleted()
    List<User> withDeleted = users.query()
        .include(UserParanoidDao.STORIES.includeDeleted().required()).list();
    assertEquals(List.of("alice=[a1, a2, a3]", "bob=[b1]"), storiesByUser(withDeleted));
    assertEquals(2, users.query()
        .include(UserParanoidDao.STORIES.required().includeDeleted()).count());

    // Sequelize's scenario: users → projects, required
    assertEquals(List.of("alice"),
        names(users.query().include(UserParanoidDao.PROJECTS.required()).list()));
  }

  // C28
  @Test
  void c28_includeWhereFiltersChildrenOnly() {
    Include<User, Story> onlyA3 = UserParanoidDao.STORIES.where(StoryParanoidDao.TITLE.eq("a3"));
    assertEquals(List.of("alice=[a3]", "bob=[]", "carol=[]"),
        storiesByUser(users.query().include(onlyA3).list()));
    assertEquals(3, users.query().include(onlyA3).count());
    assertEquals(List.of("alice=[a3]"),
        storiesByUser(users.query().include(onlyA3.required()).list()));
    assertEquals(1, users.query().include(onlyA3.required()).count());

    // a where that matches nothing leaves every parent, with empty lists
    Include<User, Story> none = UserParanoidDao.STORIES.where(StoryParanoidDao.TITLE.eq("zzz"));
    assertEquals(List.of("alice=[]", "bob=[]", "carol=[]"),
        storiesByUser(users.query().include(none).list()));
    assertEquals(List.of(), users.query().include(none.required()).list());
    assertEquals(0, users.query().include(none.required()).count());

    // repeated where calls are ANDed
    Include<User, Story> aButNotA1 = UserParanoidDao.STORIES
        .where(StoryParanoidDao.TITLE.like("a%")).where(StoryParanoidDao.TITLE.ne("a1"));
    assertEquals(List.of("alice=[a3]", "bob=[]", "carol=[]"),
        storiesByUser(users.query().include(aButNotA1).list()));
  }

  // C28 + C17: a where naming a deleted child (or DELETED_AT) never bypasses the child's filter
  @Test
  void c28_includeWhereIsAndedWithTheChildsDeletedFilter() {
    Include<User, Story> onlyA2 = UserParanoidDao.STORIES.where(StoryParanoidDao.TITLE.eq("a2"));
    assertEquals(List.of("alice=[]", "bob=[]", "carol=[]"),
        storiesByUser(users.query().include(onlyA2).list()));
    assertEquals(List.of(), users.query().include(onlyA2.required()).list());
    assertEquals(List.of("alice=[a2]"),
        storiesByUser(users.query().include(onlyA2.includeDeleted().required()).list()));

    Include<User, Story> deletedOnes =
        UserParanoidDao.STORIES.where(StoryParanoidDao.DELETED_AT.isNotNull());
    assertEquals(List.of("alice=[]", "bob=[]", "carol=[]"),
        storiesByUser(users.query().include(deletedOnes).list()));
    assertEquals(List.of("alice=[a2]", "bob=[b1]", "carol=[]"),
        storiesByUser(users.query().include(deletedOnes.includeDeleted()).list()));
  }

  // C28 + C10: an OR inside an include's where keeps the child's deleted filter, in the children
  // statement and in required()'s EXISTS alike
  @Test
  void c28_orConditionInAnIncludeKeepsTheDeletedFilter() {
    Include<User, Story> a2OrB1 = UserParanoidDao.STORIES
        .where(StoryParanoidDao.TITLE.eq("a2").or(StoryParanoidDao.TITLE.eq("b1")));
    assertEquals(List.of("alice=[]", "bob=[]", "carol=[]"),
        storiesByUser(users.query().include(a2OrB1).list()));
    assertEquals(List.of(), users.query().include(a2OrB1.required()).list());
    assertEquals(0, users.query().include(a2OrB1.required()).count());

    Include<User, Story> a1OrA2 = UserParanoidDao.STORIES
        .where(StoryParanoidDao.TITLE.eq("a1").or(StoryParanoidDao.TITLE.eq("a2")));
    assertEquals(List.of("alice=[a1]"),
        storiesByUser(users.query().include(a1OrA2.required()).list()));
    assertEquals(List.of("alice=[a1, a2]", "bob=[]"),
        storiesByUser(users.query().where(UserParanoidDao.USERNAME.ne("carol"))
            .include(a1OrA2.includeDeleted()).list()));
  }

  // the root's includeDeleted()/onlyDeleted() apply to the roots only, never to the children
  @Test
  void rootIncludeDeletedDoesNotMakeChildrenIncludeDeletedRows() {
    List<User> all = users.query().includeDeleted().include(UserParanoidDao.STORIES).list();
    assertEquals(List.of("alice=[a1, a3]", "bob=[]", "carol=[]", "dave=[d1]"),
        storiesByUser(all));
    assertNotNull(all.get(3).getDeletedAt());

    assertEquals(List.of("dave=[d1]"), storiesByUser(
        users.query().onlyDeleted().include(UserParanoidDao.STORIES).list()));

    // and the child's includeDeleted() does not widen the roots
    assertEquals(List.of("alice=[a1, a2, a3]", "bob=[b1]", "carol=[]"), storiesByUser(
        users.query().include(UserParanoidDao.STORIES.includeDeleted()).list()));
    assertEquals(List.of("alice=[a1, a2, a3]", "bob=[b1]", "carol=[]", "dave=[d1]"),
        storiesByUser(users.query().includeDeleted()
            .include(UserParanoidDao.STORIES.includeDeleted()).list()));
  }

  @Test
  void includeOrderByOrdersEachParentsChildren() {
    assertEquals(List.of("alice=[a3, a1]", "bob=[]", "carol=[]"), storiesByUser(users.query()
        .include(UserParanoidDao.STORIES.orderBy(StoryParanoidDao.TITLE.desc())).list()));
    assertEquals(List.of("alice=[a3, a2, a1]", "bob=[b1]", "carol=[]"), storiesByUser(
        users.query().include(UserParanoidDao.STORIES.includeDeleted()
            .orderBy(StoryParanoidDao.TITLE.desc())).list()));

    // equal sort keys fall back to the child's key
    User erin = user("erin");
    Story x1 = story("x", erin);
    Story y = story("y", erin);
    Story x2 = story("x", erin);
    User found = users.query().where(UserParanoidDao.ID.eq(erin.getId()))
        .include(UserParanoidDao.STORIES.orderBy(StoryParanoidDao.TITLE.desc()))
        .first().orElseThrow();
    assertEquals(List.of(y.getId(), x1.getId(), x2.getId()), map(found.getStories(), Story::getId));
    User ascending = users.query().where(UserParanoidDao.ID.eq(erin.getId()))
        .include(UserParanoidDao.STORIES.orderBy(StoryParanoidDao.TITLE.asc()))
        .first().orElseThrow();
    assertEquals(List.of(x1.getId(), x2.getId(), y.getId()),
        map(ascending.getStories(), Story::getId));
  }

  @Test
  void includesAreLoadedByFirst() {
    User first = users.query().include(UserParanoidDao.STORIES).first().orElseThrow();
    assertEquals("alice", first.getUsername());
    assertEquals(List.of("a1", "a3"), titles(first.getStories()));

    User bobFound = users.query().where(UserParanoidDao.USERNAME.eq("bob"))
        .include(UserParanoidDao.STORIES).first().orElseThrow();
    assertEquals(List.of(), bobFound.getStories());

    User bobWithDeleted = users.query().include(UserParanoidDao.STORIES.includeDeleted())
        .where(UserParanoidDao.USERNAME.eq("bob")).first().orElseThrow();
    assertEquals(List.of("b1"), titles(bobWithDeleted.getStories()));
    assertEquals(b1DeletedAt, bobWithDeleted.getStories().get(0).getDeletedAt());

    // required() filters before first(): only alice has a live story
    assertTrue(users.query().include(UserParanoidDao.STORIES.required()).offset(1).first()
        .isEmpty());
    User second = users.query().include(UserParanoidDao.STORIES.includeDeleted().required())
        .offset(1).first().orElseThrow();
    assertEquals("bob", second.getUsername());
    assertEquals(List.of("b1"), titles(second.getStories()));

    User deleted = users.query().onlyDeleted().include(UserParanoidDao.STORIES).first()
        .orElseThrow();
    assertEquals(List.of("d1"), titles(deleted.getStories()));
  }

  @Test
  void siblingIncludesAreLoadedIndependently() {
    List<User> list = users.query()
        .include(UserParanoidDao.STORIES.includeDeleted(), UserParanoidDao.PROJECTS).list();
    assertEquals(List.of("alice=[a1, a2, a3]", "bob=[b1]", "carol=[]"), storiesByUser(list));
    assertEquals(List.of("p1"), map(list.get(0).getProjects(), Project::getTitle));
    assertEquals(List.of(), list.get(1).getProjects());
    assertEquals(List.of(), list.get(2).getProjects());

    // include(...) called twice adds to the includes
    List<User> twice = users.query().include(UserParanoidDao.STORIES)
        .include(UserParanoidDao.PROJECTS.includeDeleted()).list();
    assertEquals(List.of("alice=[a1, a3]", "bob=[]", "carol=[]"), storiesByUser(twice));
    assertEquals(List.of("p1", "p2"), map(twice.get(0).getProjects(), Project::getTitle));

    // both required: a parent must match both
    assertEquals(List.of("alice"), names(users.query()
        .include(UserParanoidDao.STORIES.required(), UserParanoidDao.PROJECTS.required())
        .list()));
    assertEquals(List.of(), users.query().where(UserParanoidDao.USERNAME.eq("bob"))
        .include(UserParanoidDao.STORIES.includeDeleted().required(),
            UserParanoidDao.PROJECTS.required()).list());
  }

  @Test
  void aQueryWithIncludesCanBeRunTwice() {
    Query<User> query = users.query().include(UserParanoidDao.STORIES);
    List<User> once = query.list();
    story("a4", alice);
    List<User> again = query.list();
    assertEquals(List.of("alice=[a1, a3]", "bob=[]", "carol=[]"), storiesByUser(once));
    assertEquals(List.of("alice=[a1, a3, a4]", "bob=[]", "carol=[]"), storiesByUser(again));
  }
}
