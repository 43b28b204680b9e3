package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.it.support.MutableClock;
import dev.paranoid.it.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Cascades are set-based (C32–C34): a user's soft destroy, restore and force destroy prepare the
 * same, fixed number of statements (one per cascade level: reviews, stories, users) whether the
 * user has 10 stories or 1,000, each story with a live review and one deleted earlier, and all in
 * one connection (one transaction). Rows are seeded with set-based SQL.
 */
class CascadeStatementCountTest {

  private static final String TS = "TIMESTAMP '2024-01-01 00:00:00'";
  private static final LocalDateTime SEEDED_DELETION = LocalDateTime.parse("2024-01-01T00:00:00");
  /** Lock users, stories and reviews, then one statement per level: reviews, stories, users. */
  private static final int STATEMENTS_PER_CASCADE = 6;

  /** The statements each operation prepared, by operation name, for one number of stories. */
  private static Map<String, Integer> run(int storiesPerUser) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TestDatabase db = TestDatabase.create()) {
      MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00.123456Z"));
      CountingDataSource counting = new CountingDataSource(db.dataSource());
      UserParanoidDao users = new UserParanoidDao(counting.dataSource(), clock);
      List<User> big = List.of(users.create(new User("big1")), users.create(new User("big2")),
          users.create(new User("big3")));
      User other = users.create(new User("other"));
      seed(db, storiesPerUser);
      long otherReviews = reviewsOf(db, other, "deleted_at IS NULL");
      User first = big.get(0);

      // soft destroy and restore, in each form, on the first user
      String[] forms = {"instance", "by key", "bulk"};
      for (String form : forms) {
        Instant now = clock.advance(Duration.ofMinutes(7));
        LocalDateTime stamp = utc(now);
        counts.put("destroy " + form, counted(counting, "destroy " + form, switch (form) {
          case "instance" -> () -> users.destroy(first);
          case "by key" -> () -> users.destroyByPk(first.getId());
          default -> () -> users.destroy(UserParanoidDao.USERNAME.eq("big1")) == 1;
        }));
        assertEquals(storiesPerUser, storiesOf(db, first, "deleted_at = ?", stamp));
        assertEquals(storiesPerUser, reviewsOf(db, first, "deleted_at = ?", stamp));
        assertEquals(storiesPerUser, reviewsOf(db, first, "deleted_at = ?", SEEDED_DELETION),
            "reviews deleted earlier keep their timestamp");

        clock.advance(Duration.ofMinutes(7));
        counts.put("restore " + form, counted(counting, "restore " + form, switch (form) {
          case "instance" -> () -> users.restore(first);
          case "by key" -> () -> users.restoreByPk(first.getId());
          default -> () -> users.restore(UserParanoidDao.USERNAME.eq("big1")) == 1;
        }));
        assertEquals(storiesPerUser, storiesOf(db, first, "deleted_at IS NULL"));
        assertEquals(storiesPerUser, reviewsOf(db, first, "deleted_at IS NULL"));
        assertEquals(storiesPerUser, reviewsOf(db, first, "deleted_at = ?", SEEDED_DELETION),
            "reviews deleted earlier stay deleted");
      }

      // force destroy, one form per user; the second user is soft-deleted first
      assertTrue(users.destroyByPk(big.get(1).getId()));
      for (int i = 0; i < forms.length; i++) {
        User user = big.get(i);
        String form = forms[i];
        counts.put("force destroy " + form, counted(counting, "force destroy " + form,
            switch (form) {
              case "instance" -> () -> users.destroy(user, true);
              case "by key" -> () -> users.destroyByPk(user.getId(), true);
              default -> () -> users.destroy(UserParanoidDao.USERNAME.eq("big3"), true) == 1;
            }));
        assertEquals(0, storiesOf(db, user, "1 = 1"), form);
      }
      assertEquals(1, db.countRows("users"));
      assertEquals(storiesPerUser, db.countRows("stories"), "the other user's stories remain");
      assertEquals(2L * storiesPerUser, db.countRows("reviews"), "the other user's reviews remain");
      assertEquals(otherReviews, reviewsOf(db, other, "deleted_at IS NULL"));
    }
    return counts;
  }

  @Test
  void cascadesIssueTheSameStatementsFor10And1000StoriesPerUser() {
    Map<String, Integer> ten = run(10);
    Map<String, Integer> thousand = run(1_000);

    assertEquals(ten, thousand);
    for (Map.Entry<String, Integer> count : thousand.entrySet()) {
      assertEquals(STATEMENTS_PER_CASCADE, count.getValue(), count.getKey());
    }
    assertEquals(9, thousand.size());
  }

  /** Runs {@code operation} (which must succeed); returns the statements it prepared. */
  private static int counted(CountingDataSource counting, String name, BooleanSupplier operation) {
    counting.reset();
    assertTrue(operation.getAsBoolean(), name);
    assertEquals(0, counting.openStatements(), name + ": statements left open");
    assertEquals(0, counting.openConnections(), name + ": connections left open");
    assertEquals(1, counting.connectionsOpened(), name + ": one transaction, one connection");
    return counting.statementsPrepared();
  }

  /**
   * {@code storiesPerUser} stories for every user, each with a live review and a review deleted
   * at {@link #SEEDED_DELETION}.
   */
  private static void seed(TestDatabase db, int storiesPerUser) {
    db.series(Math.max(storiesPerUser, 2));
    db.execute("INSERT INTO stories (title, created_by, created_at, updated_at)"
        + " SELECT CONCAT('s', u.id, '-', k.x), u.id, " + TS + ", " + TS
        + " FROM users u, series k WHERE k.x <= " + storiesPerUser + " ORDER BY u.id, k.x");
    db.execute("INSERT INTO reviews (body, stars, created_by, story_id, created_at, updated_at,"
        + " deleted_at) SELECT CONCAT('r', s.id, '-', k.x), k.x, s.created_by, s.id, " + TS + ", "
        + TS + ", CASE WHEN k.x = 2 THEN " + TS + " END"
        + " FROM stories s, series k WHERE k.x <= 2 ORDER BY s.id, k.x");
  }

  private static long storiesOf(TestDatabase db, User user, String condition, Object... values) {
    return db.single(Long.class, "SELECT COUNT(*) FROM stories WHERE created_by = ? AND "
        + condition, prepend(user.getId(), values));
  }

  private static long reviewsOf(TestDatabase db, User user, String condition, Object... values) {
    return db.single(Long.class, "SELECT COUNT(*) FROM reviews r WHERE EXISTS (SELECT 1 FROM"
        + " stories s WHERE s.id = r.story_id AND s.created_by = ?) AND " + condition,
        prepend(user.getId(), values));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
