package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.it.support.TestDatabase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Conformance C30: includes never issue a statement per parent. Every DAO here runs on a
 * {@link CountingDataSource}; the rows are inserted with set-based SQL so that 1,000 roots cost
 * nothing to seed. The same query is run on 10 and on 1,000 roots and must prepare exactly the
 * same number of statements: one for the roots plus one per include node.
 */
class IncludeStatementCountTest extends IncludeFixture {

  private static final String TS = "TIMESTAMP '2024-01-01 00:00:00'";

  /**
   * {@code users} live users u1..uN; each has live stories "s&lt;id&gt;-1", "s&lt;id&gt;-2" and a deleted
   * "s&lt;id&gt;-3"; each story has a live review "r&lt;storyId&gt;-1" and a deleted "r&lt;storyId&gt;-2";
   * each user has one live project.
   */
  private static void seed(TestDatabase database, int users) {
    seedUsersAndStories(database, users);
    database.execute("INSERT INTO reviews (body, stars, created_by, story_id, created_at,"
        + " updated_at, deleted_at) SELECT CONCAT('r', s.id, '-', k.x), k.x, s.created_by, s.id, "
        + TS + ", " + TS + ", CASE WHEN k.x = 2 THEN " + TS + " END"
        + " FROM stories s, series k WHERE k.x <= 2 ORDER BY s.id, k.x");
    database.execute("INSERT INTO projects (title, likes, user_id, created_at, updated_at)"
        + " SELECT CONCAT('p', id), 1, id, " + TS + ", " + TS + " FROM users ORDER BY id");
  }

  /** Users and stories only, as {@link #seed} makes them. */
  private static void seedUsersAndStories(TestDatabase database, int users) {
    database.series(Math.max(users, 3));
    database.execute("INSERT INTO users (username, created_at, updated_at) SELECT CONCAT('u', x), "
        + TS + ", " + TS + " FROM series WHERE x <= " + users + " ORDER BY x");
    database.execute("INSERT INTO stories (title, created_by, created_at, updated_at, deleted_at)"
        + " SELECT CONCAT('s', u.id, '-', k.x), u.id, " + TS + ", " + TS
        + ", CASE WHEN k.x = 3 THEN " + TS + " END FROM users u, series k WHERE k.x <= 3"
        + " ORDER BY u.id, k.x");
  }

  /** What a run prepared, after checking that it closed every statement and connection. */
  private record Run<T>(T result, int statements, List<String> sql) {}

  private static <T> Run<T> counted(CountingDataSource counting, java.util.function.Supplier<T> run) {
    counting.reset();
    T result = run.get();
    assertEquals(0, counting.openStatements(), "statements left open");
    assertEquals(0, counting.openConnections(), "connections left open");
    return new Run<>(result, counting.statementsPrepared(), counting.sql());
  }

  /** Seeds a fresh database with {@code roots} users and runs {@code query} on counting DAOs. */
  private static <T> Run<T> onRoots(int roots, Function<Daos, T> query) {
    return onRoots(roots, true, query);
  }

  private static <T> Run<T> onRoots(int roots, boolean full, Function<Daos, T> query) {
    try (TestDatabase database = TestDatabase.create()) {
      if (full) {
        seed(database, roots);
      } else {
        seedUsersAndStories(database, roots);
      }
      CountingDataSource counting = new CountingDataSource(database.dataSource());
      Daos daos = new Daos(new UserParanoidDao(counting.dataSource()),
          new StoryParanoidDao(counting.dataSource()));
      daos.users().count(); // warm-up: lets the DAO detect the database first
      return counted(counting, () -> query.apply(daos));
    }
  }

  private record Daos(UserParanoidDao users, StoryParanoidDao stories) {}

  /** Checks the nested tree of every user: two live stories, each with its one live review. */
  private static void assertFullTree(List<User> list, int roots) {
    assertEquals(roots, list.size());
    for (User user : list) {
      List<Story> loaded = user.getStories();
      String prefix = "s" + user.getId() + "-";
      assertEquals(List.of(prefix + "1", prefix + "2"), titles(loaded), user.toString());
      for (Story story : loaded) {
        assertEquals(List.of("r" + story.getId() + "-1"), bodies(story.getReviews()),
            story.toString());
      }
    }
  }

  private static long count(List<String> sql, String table) {
    return sql.stream()
        .filter(s -> s.toLowerCase(Locale.ROOT).contains("from " + table + " "))
        .count();
  }

  // C30: the same nested include on 10 and 1,000 roots: 3 statements each time
  @Test
  void c30_nestedIncludeIssuesTheSameStatementsFor10And1000Roots() {
    Function<Daos, List<User>> query = daos -> daos.users().query()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS)).list();
    Run<List<User>> ten = onRoots(10, query);
    Run<List<User>> thousand = onRoots(1_000, query);

    assertFullTree(ten.result(), 10);
    assertFullTree(thousand.result(), 1_000);
    assertEquals(3, ten.statements(), ten.sql().toString());
    assertEquals(3, thousand.statements(), String.valueOf(thousand.statements()));
    for (Run<List<User>> run : List.of(ten, thousand)) {
      assertEquals(1, count(run.sql(), "users"));
      assertEquals(1, count(run.sql(), "stories"));
      assertEquals(1, count(run.sql(), "reviews"));
    }
  }

  // C30: two sibling includes, one of them nested
  @Test
  void c30_siblingIncludesIssueOneStatementPerIncludeNode() {
    Function<Daos, List<User>> siblings = daos -> daos.users().query()
        .include(UserParanoidDao.STORIES, UserParanoidDao.PROJECTS).list();
    Run<List<User>> ten = onRoots(10, siblings);
    Run<List<User>> thousand = onRoots(1_000, siblings);
    assertEquals(3, ten.statements(), ten.sql().toString());
    assertEquals(3, thousand.statements());
    for (User user : thousand.result()) {
      assertEquals(2, user.getStories().size());
      assertEquals(List.of("p" + user.getId()), map(user.getProjects(), p -> p.getTitle()));
    }

    Function<Daos, List<User>> nestedAndSibling = daos -> daos.users().query()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS.includeDeleted()),
            UserParanoidDao.PROJECTS.includeDeleted())
        .list();
    assertEquals(4, onRoots(10, nestedAndSibling).statements());
    Run<List<User>> big = onRoots(1_000, nestedAndSibling);
    assertEquals(4, big.statements());
    assertEquals(1_000, big.result().size());
    assertEquals(2, big.result().get(999).getStories().get(1).getReviews().size());
  }

  // C30: required() adds EXISTS to the roots' statement, not statements
  @Test
  void c30_requiredAndWhereAddNoStatements() {
    Function<Daos, List<User>> required = daos -> daos.users().query()
        .include(UserParanoidDao.STORIES.required().include(StoryParanoidDao.REVIEWS.required()))
        .list();
    Run<List<User>> ten = onRoots(10, required);
    Run<List<User>> thousand = onRoots(1_000, required);
    assertEquals(3, ten.statements(), ten.sql().toString());
    assertEquals(3, thousand.statements());
    assertFullTree(thousand.result(), 1_000);
    // the roots are filtered in their own statement
    assertTrue(thousand.sql().get(0).toUpperCase(Locale.ROOT).contains("EXISTS"),
        thousand.sql().get(0));

    Function<Daos, Long> count = daos -> daos.users().query()
        .include(UserParanoidDao.STORIES.required().include(StoryParanoidDao.REVIEWS)).count();
    Run<Long> counted = onRoots(1_000, count);
    assertEquals(1_000L, counted.result());
    assertEquals(1, counted.statements(), counted.sql().toString());

    Function<Daos, List<User>> paged = daos -> daos.users().query()
        .where(UserParanoidDao.USERNAME.ne("u1"))
        .include(UserParanoidDao.STORIES.where(StoryParanoidDao.TITLE.like("%-1"))
            .include(StoryParanoidDao.REVIEWS))
        .orderBy(UserParanoidDao.ID.desc()).limit(500).offset(10).list();
    Run<List<User>> page = onRoots(1_000, paged);
    assertEquals(3, page.statements());
    assertEquals(500, page.result().size());
    assertEquals("u990", page.result().get(0).getUsername());
    assertEquals(List.of("s" + page.result().get(0).getId() + "-1"),
        titles(page.result().get(0).getStories()));
  }

  // C30: first() and three levels
  @Test
  void c30_firstAndThreeLevels() {
    Function<Daos, Optional<User>> first = daos -> daos.users().query()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS)).first();
    Run<Optional<User>> run = onRoots(1_000, first);
    assertEquals(3, run.statements(), run.sql().toString());
    assertFullTree(List.of(run.result().orElseThrow()), 1);

    Function<Daos, List<User>> threeLevels = daos -> daos.users().query()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS
            .include(dev.paranoid.it.model.ReviewParanoidDao.AUTHOR)))
        .list();
    assertEquals(4, onRoots(10, threeLevels).statements());
    Run<List<User>> three = onRoots(1_000, threeLevels);
    assertEquals(4, three.statements());
    User last = three.result().get(999);
    assertEquals(last.getId(), last.getStories().get(0).getReviews().get(0).getAuthor().getId());
    assertEquals(last.getUsername(),
        last.getStories().get(0).getReviews().get(0).getAuthor().getUsername());
  }

  // C30: a to-one include over 2,000 stories whose authors repeat: one statement for the authors
  @Test
  void c30_toOneIncludeIsOneStatement() {
    Function<Daos, List<Story>> query = daos -> daos.stories().query()
        .include(StoryParanoidDao.AUTHOR).list();
    Run<List<Story>> small = onRoots(10, query);
    Run<List<Story>> big = onRoots(1_000, query);
    assertEquals(2, small.statements(), small.sql().toString());
    assertEquals(2, big.statements());
    assertEquals(2_000, big.result().size());
    for (Story story : big.result()) {
      assertTrue(story.getTitle().startsWith("s" + story.getAuthor().getId() + "-"),
          story.toString());
      assertEquals("u" + story.getAuthor().getId(), story.getAuthor().getUsername());
    }
  }

  // an include on zero roots issues only the roots' statement
  @Test
  void anIncludeOnZeroRootsIssuesOnlyTheRootStatement() {
    CountingDataSource counting = new CountingDataSource(db.dataSource());
    UserParanoidDao countedUsers = new UserParanoidDao(counting.dataSource(), clock);
    StoryParanoidDao countedStories = new StoryParanoidDao(counting.dataSource(), clock);
    countedUsers.count();

    Run<List<User>> none = counted(counting, () -> countedUsers.query()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS),
            UserParanoidDao.PROJECTS)
        .list());
    assertEquals(List.of(), none.result());
    assertEquals(1, none.statements(), none.sql().toString());

    User alice = user("alice");
    story("a1", alice);
    Run<Optional<User>> noMatch = counted(counting, () -> countedUsers.query()
        .where(UserParanoidDao.USERNAME.eq("nobody"))
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS)).first());
    assertTrue(noMatch.result().isEmpty());
    assertEquals(1, noMatch.statements(), noMatch.sql().toString());

    Run<List<Story>> noStories = counted(counting, () -> countedStories.query()
        .onlyDeleted().include(StoryParanoidDao.AUTHOR, StoryParanoidDao.REVIEWS).list());
    assertEquals(List.of(), noStories.result());
    assertEquals(1, noStories.statements(), noStories.sql().toString());
  }

  // Includes work for any number of roots: past the parameter limit the key list is split, into
  // a few statements (never one per root). Only some users have stories (around the possible
  // chunk boundaries), which keeps H2's work on the long IN lists small.
  @Test
  void includesWorkPastTheParameterLimit() {
    int roots = 70_000;
    List<Long> authors = List.of(1L, 29_999L, 30_000L, 30_001L, 45_000L, 59_999L, 60_000L,
        60_001L, 69_999L, 70_000L);
    Run<List<User>> run;
    try (TestDatabase database = TestDatabase.create()) {
      database.series(roots);
      database.execute("INSERT INTO users (username, created_at, updated_at) SELECT CONCAT('u', x), "
          + TS + ", " + TS + " FROM series ORDER BY x");
      for (Long author : authors) {
        for (String suffix : List.of("1", "x", "2")) {
          database.update("INSERT INTO stories (title, created_by, created_at, updated_at,"
              + " deleted_at) VALUES (?, ?, " + TS + ", " + TS + ", "
              + (suffix.equals("x") ? TS : "NULL") + ")", "s" + author + "-" + suffix, author);
        }
      }
      CountingDataSource counting = new CountingDataSource(database.dataSource());
      UserParanoidDao countedUsers = new UserParanoidDao(counting.dataSource());
      countedUsers.count();
      run = counted(counting, () -> countedUsers.query().include(UserParanoidDao.STORIES).list());
    }
    assertEquals(roots, run.result().size());
    for (User user : run.result()) {
      String prefix = "s" + user.getId() + "-";
      assertEquals(authors.contains(user.getId()) ? List.of(prefix + "1", prefix + "2") : List.of(),
          titles(user.getStories()), user.toString());
    }
    long storyStatements = count(run.sql(), "stories");
    assertEquals(1, count(run.sql(), "users"));
    assertEquals(run.statements(), 1 + storyStatements);
    // 70,000 keys, split only into chunks of the dialect's IN-list size
    int chunk = TestDatabase.configuredDialect().maxInListSize();
    assertEquals((roots + chunk - 1) / chunk, storyStatements, "statements for 70,000 keys");
  }
}
