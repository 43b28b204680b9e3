package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every statement of a one-user cascade is executed through an index: the database's own
 * {@code EXPLAIN} of the statements the DAO really sent (captured, then explained with the same
 * kind of values) shows no full scan of users, stories or reviews, on 2,000 users × 3 stories × 3
 * reviews (enough pages that a planner prefers an index to reading a small table whole). A full scan of a child table per cascade is what made cascades slow, and on MariaDB it
 * locked every row it read (issue 10).
 *
 * <p>Conformance: C45.
 */
class CascadePlanTest extends DatabaseTestBase {

  private static final String TS = "TIMESTAMP '2024-01-01 00:00:00'";

  private CountingDataSource counting;
  private UserParanoidDao countedUsers;
  private long user;
  private List<Long> storyIds;
  private List<Long> reviewIds;

  @BeforeEach
  void seed() {
    db.series(2_000);
    db.execute("INSERT INTO users (username, created_at, updated_at) SELECT CONCAT('u', k.x), "
        + TS + ", " + TS + " FROM series k ORDER BY k.x");
    db.execute("INSERT INTO stories (title, created_by, created_at, updated_at)"
        + " SELECT CONCAT('s', u.id, '-', k.x), u.id, " + TS + ", " + TS
        + " FROM users u, series k WHERE k.x <= 3 ORDER BY u.id, k.x");
    db.execute("INSERT INTO reviews (body, stars, created_by, story_id, created_at, updated_at)"
        + " SELECT CONCAT('r', s.id, '-', k.x), k.x, s.created_by, s.id, " + TS + ", " + TS
        + " FROM stories s, series k WHERE k.x <= 3 ORDER BY s.id, k.x");
    switch (db.dialect()) {
      case POSTGRESQL -> db.execute("ANALYZE users, stories, reviews");
      case MARIADB -> db.execute("ANALYZE TABLE users, stories, reviews");
      case H2 -> db.execute("ANALYZE");
    }
    user = db.single(Long.class, "SELECT id FROM users WHERE username = 'u500'");
    storyIds = new ArrayList<>();
    for (var row : db.rows("SELECT id FROM stories WHERE created_by = ? ORDER BY id", user)) {
      storyIds.add(((Number) row.get("id")).longValue());
    }
    reviewIds = new ArrayList<>();
    for (var row : db.rows("SELECT r.id FROM reviews r JOIN stories s ON s.id = r.story_id"
        + " WHERE s.created_by = ? ORDER BY r.id", user)) {
      reviewIds.add(((Number) row.get("id")).longValue());
    }
    counting = new CountingDataSource(db.dataSource());
    countedUsers = new UserParanoidDao(counting.dataSource(), clock);
  }

  private List<String> sent(BooleanSupplier operation) {
    counting.reset();
    assertTrue(operation.getAsBoolean());
    return List.copyOf(counting.sql());
  }

  @Test
  void softDestroyRestoreAndForceDestroyUseIndexes() throws SQLException {
    List<String> statements = new ArrayList<>();
    statements.addAll(sent(() -> countedUsers.destroyByPk(user)));
    tick();
    statements.addAll(sent(() -> countedUsers.restoreByPk(user)));
    statements.addAll(sent(() -> countedUsers.destroyByPk(user, true)));
    assertEquals(18, statements.size(), statements.toString());

    for (String sql : statements) {
      List<String> plan = explain(sql);
      String text = String.join("\n", plan);
      for (String table : new String[] {"users", "stories", "reviews"}) {
        assertFalse(fullScan(text, table), "a full scan of " + table + " for\n  " + sql
            + "\nplan:\n" + text);
      }
    }
  }

  /** The plan of {@code sql}, with its parameters bound to this cascade's values. */
  private List<String> explain(String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement("EXPLAIN " + sql)) {
      bind(statement, sql);
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        while (rows.next()) {
          StringBuilder line = new StringBuilder();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            line.append(meta.getColumnLabel(i).toLowerCase(Locale.ROOT)).append('=')
                .append(rows.getString(i)).append(' ');
          }
          lines.add(line.toString());
        }
      }
    }
    return lines;
  }

  /**
   * Binds each {@code ?} by what stands before it: a deletion time; the user's key for
   * {@code created_by} and for the users table's own keys; a story key for {@code story_id} and
   * for the stories table's keys; a review key for the reviews table's keys.
   */
  private void bind(PreparedStatement statement, String sql) throws SQLException {
    String table = sql.replaceFirst("^(SELECT .*? FROM|UPDATE|DELETE FROM) (\\w+).*$", "$2");
    List<Long> ownKeys = switch (table) {
      case "reviews" -> reviewIds;
      case "stories" -> storyIds;
      default -> List.of(user);
    };
    int index = 0;
    int listIndex = 0;
    List<Long> list = ownKeys;
    for (int i = 0; i < sql.length(); i++) {
      if (sql.startsWith("story_id IN (", i)) {
        list = storyIds;
        listIndex = 0;
      } else if (sql.startsWith("created_by IN (", i)) {
        list = List.of(user);
        listIndex = 0;
      } else if (sql.charAt(i) == '?') {
        index++;
        if (sql.substring(0, i).endsWith("deleted_at = ")) {
          statement.setObject(index, LocalDateTime.parse("2024-01-01T00:00:00"));
        } else {
          statement.setLong(index, list.get(listIndex++ % list.size()));
        }
      }
    }
  }

  /**
   * Whether the plan reads every row of {@code table}, or every live row (an index on the deletion
   * column used for {@code deleted_at IS NULL} alone), in each database's words.
   */
  private boolean fullScan(String plan, String table) {
    String lower = plan.toLowerCase(Locale.ROOT);
    String deletedIndex = table + "_deleted_at_idx";
    return switch (db.dialect()) {
      case POSTGRESQL -> lower.contains("seq scan on " + table)
          || (lower.contains("using " + deletedIndex + " on " + table)
              && lower.contains("index cond: (deleted_at is null)"));
      case H2 -> lower.contains("public." + table + ".tablescan")
          || lower.contains("public." + deletedIndex + ": deleted_at is null */");
      case MARIADB -> lower.lines().anyMatch(line -> line.contains("table=" + table + " ")
          && (line.contains("type=all ") || line.contains("type=index ")
              || (line.contains("key=" + deletedIndex + " ") && rows(line) > 1_000)));
    };
  }

  /** MariaDB's estimate of the rows a plan line reads. */
  private static long rows(String line) {
    int start = line.indexOf("rows=") + "rows=".length();
    int end = line.indexOf(' ', start);
    return Long.parseLong(line.substring(start, end));
  }

  /**
   * The check above can see a full scan: the reviews statement of the former cascade (one
   * {@code EXISTS} chain up to the root) reads every live review on H2 and MariaDB. (PostgreSQL's
   * planner turns that chain into index-driven semi-joins; its cascades were never slow.)
   */
  @Test
  void theFormerExistsChainWasAFullScanOfTheChildTable() throws SQLException {
    assumeTrue(db.dialect() != Dialect.POSTGRESQL, "PostgreSQL planned the EXISTS chain well");
    String former = "UPDATE reviews SET deleted_at = ? WHERE deleted_at IS NULL AND EXISTS"
        + " (SELECT 1 FROM stories a1 WHERE a1.id = reviews.story_id AND a1.deleted_at IS NULL"
        + " AND EXISTS (SELECT 1 FROM users a0 WHERE a0.id = a1.created_by"
        + " AND a0.deleted_at IS NULL AND id = ?))";
    String plan = String.join("\n", explain(former));
    assertTrue(fullScan(plan, "reviews"), plan);
  }

  @Test
  void theStatementsAreTheOnesExplained() {
    List<String> sent = sent(() -> countedUsers.destroyByPk(user));
    String three = "(?, ?, ?)";
    String nine = "(" + String.join(", ", java.util.Collections.nCopies(9, "?")) + ")";
    assertEquals(List.of(
        "SELECT id, deleted_at FROM users WHERE id = ? ORDER BY id FOR UPDATE",
        "SELECT id, deleted_at FROM stories WHERE created_by IN (?) ORDER BY id FOR UPDATE",
        "SELECT id, deleted_at FROM reviews WHERE story_id IN " + three
            + " ORDER BY id FOR UPDATE",
        "UPDATE reviews SET deleted_at = ? WHERE id IN " + nine,
        "UPDATE stories SET deleted_at = ? WHERE id IN " + three,
        "UPDATE users SET deleted_at = ? WHERE id IN (?)"), sent);
    assertEquals(1, users.findAll(UserParanoidDao.USERNAME.eq("u501")).size());
    assertEquals(1_999, users.count());
    User other = users.findOne(UserParanoidDao.USERNAME.eq("u499")).orElseThrow();
    assertEquals(null, other.getDeletedAt());
  }
}
