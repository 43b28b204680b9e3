package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.runtime.Include;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conformance C29: nested includes apply each level's own deleted filter, where and options. */
class IncludeNestedTest extends IncludeFixture {

  private User alice;
  private User bob;
  private User carol;
  private Story s1;
  private Story s2;
  private Story s5;
  private Review r1;
  private Review r3;
  private Review r5;
  private Review r6;
  private Instant r2DeletedAt;
  private Instant s2DeletedAt;

  /**
   * <pre>
   * alice (live)   s1 (live)    r1 (5 stars, live, by carol), r2 (4, deleted), r6 (4, live, by bob)
   *                s2 (deleted) r3 (3, live)
   *                s3 (live)    no reviews
   * bob (deleted)  s5 (live)    r5 (1, live)
   * carol (live)   s4 (live)    r4 (2, deleted)
   * </pre>
   */
  @BeforeEach
  void seed() {
    alice = user("alice");
    bob = user("bob");
    carol = user("carol");
    s1 = story("s1", alice);
    s2 = story("s2", alice);
    story("s3", alice);
    Story s4 = story("s4", carol);
    s5 = story("s5", bob);
    r1 = review("r1", 5, carol, s1);
    Review r2 = review("r2", 4, carol, s1);
    r3 = review("r3", 3, carol, s2);
    Review r4 = review("r4", 2, alice, s4);
    r5 = review("r5", 1, alice, s5);
    r6 = review("r6", 4, bob, s1);
    r2DeletedAt = softDelete("reviews", r2.getId());
    softDelete("reviews", r4.getId());
    s2DeletedAt = softDelete("stories", s2.getId());
    softDelete("users", bob.getId());
    tick();
  }

  private List<String> tree(Include<User, Story> stories) {
    return treeOf(users.query().include(stories).list());
  }

  // C29
  @Test
  void c29_eachLevelAppliesItsOwnDeletedFilter() {
    List<User> list = users.query()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS)).list();
    // a deleted review under a live story is skipped; a deleted story is skipped with its live
    // review; bob (deleted) is not a root
    assertEquals(List.of("alice=[s1{r1, r6}, s3{}]", "carol=[s4{}]"), treeOf(list));
    Review loaded = list.get(0).getStories().get(0).getReviews().get(0);
    assertEquals(r1.getId(), loaded.getId());
    assertEquals(5, loaded.getStars());
    assertEquals(s1.getId(), loaded.getStory().getId());
    assertEquals(carol.getId(), loaded.getAuthor().getId());
    assertEquals(micros(T0), loaded.getCreatedAt());
    assertNull(loaded.getDeletedAt());
  }

  // C29: includeDeleted() on one level widens that level only
  @Test
  void c29_includeDeletedOnOneLevelOnly() {
    assertEquals(List.of("alice=[s1{r1, r6}, s2{r3}, s3{}]", "carol=[s4{}]"),
        tree(UserParanoidDao.STORIES.includeDeleted().include(StoryParanoidDao.REVIEWS)));
    assertEquals(List.of("alice=[s1{r1, r2, r6}, s3{}]", "carol=[s4{r4}]"),
        tree(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS.includeDeleted())));
    assertEquals(List.of("alice=[s1{r1, r2, r6}, s2{r3}, s3{}]", "carol=[s4{r4}]"),
        tree(UserParanoidDao.STORIES.includeDeleted()
            .include(StoryParanoidDao.REVIEWS.includeDeleted())));

    List<User> list = users.query().include(UserParanoidDao.STORIES.includeDeleted()
        .include(StoryParanoidDao.REVIEWS.includeDeleted())).list();
    Story deletedStory = list.get(0).getStories().get(1);
    assertEquals(s2.getId(), deletedStory.getId());
    assertEquals(s2DeletedAt, deletedStory.getDeletedAt());
    assertNull(deletedStory.getReviews().get(0).getDeletedAt());
    assertEquals(r2DeletedAt, list.get(0).getStories().get(0).getReviews().get(1).getDeletedAt());
  }

  // C29: the root's includeDeleted() widens the roots only
  @Test
  void c29_rootIncludeDeletedWidensTheRootsOnly() {
    assertEquals(List.of("alice=[s1{r1, r6}, s3{}]", "bob=[s5{r5}]", "carol=[s4{}]"),
        treeOf(users.query().includeDeleted()
            .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS)).list()));
    assertEquals(List.of("bob=[s5{r5}]"), treeOf(users.query().onlyDeleted()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS)).list()));
  }

  // C29 + C26: a nested required() filters its own parents (the stories), not the roots
  @Test
  void c29_nestedRequiredFiltersTheLevelAboveIt() {
    assertEquals(List.of("alice=[s1{r1, r6}]", "carol=[]"),
        tree(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS.required())));

    Include<User, Story> both =
        UserParanoidDao.STORIES.required().include(StoryParanoidDao.REVIEWS.required());
    assertEquals(List.of("alice=[s1{r1, r6}]"), tree(both));
    assertEquals(1, users.query().include(both).count());

    Include<User, Story> deletedReviewsCount = UserParanoidDao.STORIES.required()
        .include(StoryParanoidDao.REVIEWS.includeDeleted().required());
    assertEquals(List.of("alice=[s1{r1, r2, r6}]", "carol=[s4{r4}]"), tree(deletedReviewsCount));
    assertEquals(2, users.query().include(deletedReviewsCount).count());

    Include<User, Story> deletedStoriesCount = UserParanoidDao.STORIES.includeDeleted().required()
        .include(StoryParanoidDao.REVIEWS.required());
    assertEquals(List.of("alice=[s1{r1, r6}, s2{r3}]"), tree(deletedStoriesCount));
    assertEquals(1, users.query().include(deletedStoriesCount).count());
  }

  // C29 + C28: a where on a nested level filters that level only
  @Test
  void c29_nestedWhereFiltersItsLevelOnly() {
    assertEquals(List.of("alice=[s1{r1}, s3{}]", "carol=[s4{}]"), tree(UserParanoidDao.STORIES
        .include(StoryParanoidDao.REVIEWS.where(ReviewParanoidDao.STARS.gte(5)))));
    assertEquals(List.of("alice=[s1{r1, r2}, s2{r3}, s3{}]", "carol=[s4{}]"),
        tree(UserParanoidDao.STORIES.includeDeleted().include(StoryParanoidDao.REVIEWS
            .includeDeleted().where(ReviewParanoidDao.STARS.between(3, 5))
            .where(ReviewParanoidDao.CREATED_BY.eq(carol.getId())))));
    assertEquals(List.of("alice=[s2{r3}]"), tree(UserParanoidDao.STORIES.includeDeleted()
        .required().include(StoryParanoidDao.REVIEWS.where(ReviewParanoidDao.STARS.eq(3))
            .required())));
  }

  // nested orderBy orders each story's reviews
  @Test
  void c29_nestedOrderBy() {
    assertEquals(List.of("alice=[s3{}, s1{r6, r1}]", "carol=[s4{}]"),
        tree(UserParanoidDao.STORIES.orderBy(StoryParanoidDao.TITLE.desc())
            .include(StoryParanoidDao.REVIEWS.orderBy(ReviewParanoidDao.STARS.asc()))));
    assertEquals(List.of("alice=[s1{r1, r2, r6}, s3{}]", "carol=[s4{r4}]"),
        tree(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS.includeDeleted()
            .orderBy(ReviewParanoidDao.STARS.desc()))));
  }

  // three levels, the last one a @ManyToOne: USERS → STORIES → REVIEWS → AUTHOR
  @Test
  void c29_threeLevelsEndingInAManyToOne() {
    List<User> list = users.query().include(UserParanoidDao.STORIES
        .include(StoryParanoidDao.REVIEWS.include(ReviewParanoidDao.AUTHOR))).list();
    assertEquals(List.of("alice=[s1{r1, r6}, s3{}]", "carol=[s4{}]"), treeOf(list));
    List<Review> s1Reviews = list.get(0).getStories().get(0).getReviews();
    assertEquals("carol", s1Reviews.get(0).getAuthor().getUsername());
    assertNull(s1Reviews.get(1).getAuthor()); // r6 was written by bob, soft-deleted

    List<User> withDeletedAuthors = users.query().include(UserParanoidDao.STORIES
        .include(StoryParanoidDao.REVIEWS.include(ReviewParanoidDao.AUTHOR.includeDeleted())))
        .list();
    User bobAsAuthor = withDeletedAuthors.get(0).getStories().get(0).getReviews().get(1)
        .getAuthor();
    assertEquals(bob.getId(), bobAsAuthor.getId());
    assertEquals("bob", bobAsAuthor.getUsername());

    assertEquals(List.of("alice=[s1{r1}, s3{}]", "carol=[s4{}]"), tree(UserParanoidDao.STORIES
        .include(StoryParanoidDao.REVIEWS.include(ReviewParanoidDao.AUTHOR.required()))));
  }

  // nesting from the other side: REVIEWS → STORY → AUTHOR, each a @ManyToOne
  @Test
  void c29_nestedManyToOneChain() {
    List<Review> list = reviews.query()
        .include(ReviewParanoidDao.STORY.include(StoryParanoidDao.AUTHOR)).list();
    assertEquals(List.of("r1", "r3", "r5", "r6"), bodies(list));
    assertEquals(Arrays.asList("s1", null, "s5", "s1"),
        map(list, r -> r.getStory() == null ? null : r.getStory().getTitle()));
    assertEquals("alice", list.get(0).getStory().getAuthor().getUsername());
    assertNull(list.get(2).getStory().getAuthor()); // s5 is live, bob is not
    assertEquals("alice", list.get(3).getStory().getAuthor().getUsername());

    List<Review> widened = reviews.query().include(ReviewParanoidDao.STORY.includeDeleted()
        .include(StoryParanoidDao.AUTHOR.includeDeleted())).list();
    assertEquals(s2.getId(), widened.get(1).getStory().getId());
    assertEquals(s2DeletedAt, widened.get(1).getStory().getDeletedAt());
    assertEquals("alice", widened.get(1).getStory().getAuthor().getUsername());
    assertEquals("bob", widened.get(2).getStory().getAuthor().getUsername());

    // a required author drops the story (null), not the review
    List<Review> storiesWithLiveAuthors = reviews.query()
        .include(ReviewParanoidDao.STORY.includeDeleted()
            .include(StoryParanoidDao.AUTHOR.required())).list();
    assertEquals(List.of(r1.getId(), r3.getId(), r5.getId(), r6.getId()),
        map(storiesWithLiveAuthors, Review::getId));
    assertEquals(Arrays.asList("s1", "s2", null, "s1"), map(storiesWithLiveAuthors,
        r -> r.getStory() == null ? null : r.getStory().getTitle()));

    // required all the way down: the review's story and that story's author must be live
    assertEquals(List.of(r1.getId(), r6.getId()), map(reviews.query().include(
        ReviewParanoidDao.STORY.required().include(StoryParanoidDao.AUTHOR.required())).list(),
        Review::getId));
    assertEquals(List.of(r1.getId(), r3.getId(), r5.getId(), r6.getId()),
        map(reviews.query().include(ReviewParanoidDao.STORY.includeDeleted().required()
            .include(StoryParanoidDao.AUTHOR.includeDeleted().required())).list(),
            Review::getId));
    assertEquals(List.of(r1.getId(), r5.getId(), r6.getId()), map(reviews.query()
        .include(ReviewParanoidDao.STORY.required()).list(), Review::getId));
    assertEquals(r5.getId(), reviews.query().include(ReviewParanoidDao.STORY.required()
        .include(StoryParanoidDao.AUTHOR.includeDeleted().required())).offset(1).first()
        .orElseThrow().getId());
  }
}
