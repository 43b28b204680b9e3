package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.SqlCapture;
import dev.paranoid.runtime.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Query.page()} (rows and the whole query's total, Sequelize's {@code findAndCountAll}) and
 * {@code Query.exists()}.
 *
 * <p>Conformance: C53 (page and exists).
 */
class QueryPageTest extends DatabaseTestBase {

  private SqlCapture sql;
  private UserParanoidDao captured;

  @BeforeEach
  void sevenLiveUsersAndADeletedOne() {
    for (int i = 1; i <= 7; i++) {
      user("u" + i);
    }
    users.destroy(user("gone"));
    sql = new SqlCapture(db.dataSource());
    captured = new UserParanoidDao(sql.dataSource(), clock);
  }

  @Test
  void aFullPageCountsTheWholeQuery() {
    SqlCapture.Recording recording = sql.during(() -> captured.query().limit(3).offset(3).page());

    Page<?> page = (Page<?>) recording.result();
    assertEquals(List.of("u4", "u5", "u6"), names(cast(page.rows())));
    assertEquals(7, page.total(), "live rows only, limit and offset ignored");
    assertEquals(2, recording.statements().size(), "the page, then COUNT(*)");
    assertTrue(recording.statements().get(1).startsWith("SELECT COUNT(*) FROM users"));
  }

  @Test
  void aShortPageIsTheLastAndTellsTheTotalItself() {
    SqlCapture.Recording recording = sql.during(() -> captured.query().limit(5).offset(5).page());
    Page<?> page = (Page<?>) recording.result();
    assertEquals(List.of("u6", "u7"), names(cast(page.rows())));
    assertEquals(7, page.total());
    assertEquals(1, recording.statements().size(), "no COUNT(*) needed");

    Page<User> past = users.query().limit(5).offset(20).page();
    assertEquals(List.of(), past.rows());
    assertEquals(7, past.total(), "a page past the end still has the total");
    assertEquals(0, users.query().limit(0).page().rows().size());
    assertEquals(7, users.query().limit(0).page().total());
    assertEquals(8, users.query().includeDeleted().page().total());
    assertEquals(1, users.query().onlyDeleted().limit(10).page().total());
  }

  @Test
  void existsReadsOneKeyAtMost() {
    SqlCapture.Recording recording = sql.during(() -> captured.query()
        .where(UserParanoidDao.USERNAME.like("u%")).exists());
    assertEquals(true, recording.result());
    assertEquals(1, recording.statements().size());
    assertTrue(recording.statements().get(0).startsWith("SELECT id FROM users"),
        recording.statements().get(0));

    assertFalse(users.query().where(UserParanoidDao.USERNAME.eq("gone")).exists(),
        "a soft-deleted row does not exist for a live query");
    assertTrue(users.query().includeDeleted().where(UserParanoidDao.USERNAME.eq("gone")).exists());
    assertFalse(users.query().offset(7).exists(), "nothing after the seventh row");
    assertFalse(users.query().limit(0).exists());
  }

  @SuppressWarnings("unchecked")
  private static List<User> cast(List<?> rows) {
    return (List<User>) rows;
  }
}
