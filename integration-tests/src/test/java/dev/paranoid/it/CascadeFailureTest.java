package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.FailingDataSource;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.Transactions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance C35: a failure in the middle of a cascade leaves nothing changed. A user's
 * destroy, restore and force destroy each run six statements (lock users, stories and reviews,
 * then change reviews, stories, users); a {@link FailingDataSource} makes each of them throw in turn,
 * and every row of every table must be as before, with no connection left open.
 */
class CascadeFailureTest extends CascadeFixture {

  enum Operation { DESTROY, RESTORE, FORCE_DESTROY }

  enum Form { INSTANCE, BY_KEY, BULK }

  /** Lock users, stories and reviews; change reviews, stories and users. */
  private static final int STATEMENTS = 6;

  private FailingDataSource failing;
  private UserParanoidDao failingUsers;
  private ProjectParanoidDao failingProjects;

  @BeforeEach
  void failingDaos() {
    failing = new FailingDataSource(db.dataSource());
    failingUsers = new UserParanoidDao(failing.dataSource(), clock);
    failingProjects = new ProjectParanoidDao(failing.dataSource(), clock);
  }

  static Stream<Arguments> failurePoints() {
    List<Arguments> points = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      for (Form form : Form.values()) {
        for (int n = 1; n <= STATEMENTS; n++) {
          points.add(Arguments.of(operation, form, n));
        }
      }
    }
    return points.stream();
  }

  /** Seeds the fixture (without alice's project, which would block her force destroy). */
  private void prepare(Operation operation) {
    seed(false);
    if (operation == Operation.RESTORE) {
      assertTrue(users.destroyByPk(alice.getId()));
    }
    tick();
  }

  private boolean run(Operation operation, Form form, User entity) {
    UserParanoidDao dao = failingUsers;
    return switch (operation) {
      case DESTROY -> switch (form) {
        case INSTANCE -> dao.destroy(entity);
        case BY_KEY -> dao.destroyByPk(entity.getId());
        case BULK -> dao.destroy(UserParanoidDao.USERNAME.eq("alice")) == 1;
      };
      case RESTORE -> switch (form) {
        case INSTANCE -> dao.restore(entity);
        case BY_KEY -> dao.restoreByPk(entity.getId());
        case BULK -> dao.restore(UserParanoidDao.USERNAME.eq("alice")) == 1;
      };
      case FORCE_DESTROY -> switch (form) {
        case INSTANCE -> dao.destroy(entity, true);
        case BY_KEY -> dao.destroyByPk(entity.getId(), true);
        case BULK -> dao.destroy(UserParanoidDao.USERNAME.eq("alice"), true) == 1;
      };
    };
  }

  // C35: failing any statement of a cascade changes no row of any table
  @ParameterizedTest(name = "{0} {1}: statement {2} fails")
  @MethodSource("failurePoints")
  void c35_aFailureAtAnyStatementOfACascadeLeavesEveryTableAsItWas(
      Operation operation, Form form, int failingStatement) {
    prepare(operation);
    User entity = users.findByPk(alice.getId(), true).orElseThrow();
    Object deletedAtBefore = entity.getDeletedAt();
    Map<String, Object> before = snapshot();
    failing.failExecution(failingStatement);

    ParanoidException e = assertThrows(ParanoidException.class,
        () -> run(operation, form, entity));

    assertEquals(failingStatement, failing.executions(), failing.executedSql().toString());
    assertInjected(e);
    assertEquals(before, snapshot(), "a row changed although statement " + failingStatement
        + " of " + failing.executedSql() + " failed");
    assertEquals(0, failing.openConnections(), "connection left open");
    assertEquals(deletedAtBefore, entity.getDeletedAt(), "the entity was not changed either");

    // the DAO is not left in a bad state: the same operation now succeeds
    failing.failExecution(0);
    assertTrue(run(operation, form, entity));
    assertEquals(STATEMENTS, failing.executions(), failing.executedSql().toString());
    assertEquals(0, failing.openConnections());
    switch (operation) {
      case DESTROY -> assertNotNull(deletedAtOf("users", alice.getId()));
      case RESTORE -> assertAliceAsSeeded();
      case FORCE_DESTROY -> assertEquals(1, db.countRows("stories"));
    }
  }

  // C35: the roots are locked first, then each level with children of its own; then one
  // statement per level changes the rows, children first, by the keys of the level above
  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Operation.class)
  void c35_aCascadeLocksTheRootsFirstThenChangesOneLevelPerStatementChildrenFirst(
      Operation operation) {
    prepare(operation);
    failing.failExecution(0);

    assertTrue(run(operation, Form.BY_KEY, alice));

    List<String> sql = failing.executedSql();
    assertEquals(STATEMENTS, sql.size(), sql.toString());
    assertEquals("select id, deleted_at from users where id = ? order by id for update",
        lower(sql.get(0)));
    assertEquals("select id, deleted_at from stories where created_by in (?) order by id"
        + " for update", lower(sql.get(1)));
    // the stories in scope: s1 and s2 (and s3, deleted earlier, for a force destroy; for a
    // restore only those deleted with alice, whose reviews are locked)
    assertTrue(lower(sql.get(2)).startsWith("select id, deleted_at from reviews where story_id in ("),
        sql.get(2));
    String verb = operation == Operation.FORCE_DESTROY ? "delete from " : "update ";
    assertTrue(lower(sql.get(3)).startsWith(verb + "reviews"), sql.get(3));
    assertTrue(lower(sql.get(4)).startsWith(verb + "stories"), sql.get(4));
    assertTrue(lower(sql.get(5)).startsWith(verb + "users"), sql.get(5));
    for (String statement : sql.subList(3, 6)) {
      assertTrue(lower(statement).matches(".* id in \\(\\?(, \\?)*\\)"), statement);
    }
    assertEquals(0, failing.openConnections());
  }

  // C35 + C36: a cascade that fails inside Transactions.run also undoes the block's earlier writes
  @Test
  void c35_aCascadeFailingInsideATransactionRollsBackTheWholeBlock() {
    prepare(Operation.DESTROY);
    Map<String, Object> before = snapshot();
    // 1: the project INSERT, 2-4: lock users, stories, reviews, 5: reviews, 6: stories (fails)
    failing.failExecution(6);

    ParanoidException e = assertThrows(ParanoidException.class,
        () -> Transactions.run(failing.dataSource(), () -> {
          failingProjects.create(new Project("new", 1, bob));
          failingUsers.destroy(alice);
        }));

    assertInjected(e);
    assertTrue(lower(failing.failedSql()).startsWith("update stories"), failing.failedSql());
    assertEquals(before, snapshot());
    assertEquals(0, failing.openConnections());
    assertNull(alice.getDeletedAt());
  }

  // C35: the failure is reported with the SQL that failed and the driver's exception as cause
  private static void assertInjected(ParanoidException e) {
    assertEquals(FailingDataSource.SQL_STATE, e.getSqlState(), e.toString());
    assertTrue(e.getCause() instanceof SQLException, String.valueOf(e.getCause()));
    assertTrue(e.getCause().getMessage().startsWith(FailingDataSource.MESSAGE));
    assertNotNull(e.getSql(), "the message names the SQL that failed");
  }

  private static String lower(String sql) {
    return sql.toLowerCase(Locale.ROOT);
  }
}
