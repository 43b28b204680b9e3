package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.DaoConfig;
import dev.paranoid.runtime.ParanoidException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Wrong arguments fail fast and clearly; database failures become ParanoidExceptions. */
class BadInputTest extends DatabaseTestBase {

  private static void assertNpeNaming(String parameter, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertNotNull(e.getMessage(), "the message should name " + parameter);
    assertTrue(e.getMessage().contains(parameter),
        "the message should name " + parameter + ": " + e.getMessage());
  }

  @Test
  void nullKeysAreRefusedNamingTheParameter() {
    assertNpeNaming("id", () -> users.findByPk(null));
    assertNpeNaming("id", () -> users.findByPk(null, true));
    assertNpeNaming("id", () -> users.destroyByPk(null));
    assertNpeNaming("id", () -> users.destroyByPk(null, true));
    assertNpeNaming("id", () -> users.restoreByPk(null));
  }

  @Test
  void nullEntitiesAreRefusedNamingTheParameter() {
    assertNpeNaming("entity", () -> users.create(null));
    assertNpeNaming("entity", () -> users.update(null));
    assertNpeNaming("entity", () -> users.destroy((User) null));
    assertNpeNaming("entity", () -> users.destroy((User) null, true));
    assertNpeNaming("entity", () -> users.restore((User) null));
  }

  // C12
  @Test
  void c12_nullConditionOfADestroyOrRestoreNamesConditionAll() {
    user("alice");
    assertNpeNaming("Condition.all()", () -> users.destroy((Condition<User>) null));
    assertNpeNaming("Condition.all()", () -> users.destroy((Condition<User>) null, true));
    assertNpeNaming("Condition.all()", () -> users.restore((Condition<User>) null));
    assertEquals(1, users.count());
  }

  @Test
  void nullConditionsOfReadsAreRefusedNamingTheParameter() {
    assertNpeNaming("where", () -> users.findAll(null));
    assertNpeNaming("where", () -> users.findOne(null));
    assertNpeNaming("where", () -> users.count(null));
    assertNpeNaming("condition", () -> users.query().where(null));
  }

  @Test
  void nullConstructorArgumentsAreRefused() {
    assertNpeNaming("dataSource", () -> new UserParanoidDao((DataSource) null));
    assertNpeNaming("dataSource", () -> new UserParanoidDao(null, Clock.systemUTC()));
    assertNpeNaming("clock", () -> new UserParanoidDao(db.dataSource(), (Clock) null));
    assertNpeNaming("config", () -> new UserParanoidDao(db.dataSource(), (DaoConfig) null));
  }

  @Test
  void negativeLimitOrOffsetIsRefused() {
    user("alice");
    IllegalArgumentException limit =
        assertThrows(IllegalArgumentException.class, () -> users.query().limit(-1));
    assertTrue(limit.getMessage().contains("limit"), limit.getMessage());
    IllegalArgumentException offset =
        assertThrows(IllegalArgumentException.class, () -> users.query().offset(-1));
    assertTrue(offset.getMessage().contains("offset"), offset.getMessage());
    assertEquals(List.of(), users.query().limit(0).list(), "zero is a valid limit");
    assertEquals(List.of(), users.query().offset(1).list());
    assertEquals(1, users.query().offset(0).list().size());
  }

  @Test
  void aMissingTableBecomesAParanoidExceptionWithTheSql() {
    db.execute("DROP TABLE reviews");

    ParanoidException e = assertThrows(ParanoidException.class, () -> reviews.findAll());

    assertNotNull(e.getSql());
    assertTrue(e.getSql().toLowerCase(Locale.ROOT).contains("reviews"), e.getSql());
    assertNotNull(e.getSqlState());
    assertTrue(e.getMessage().contains(e.getSql()), "the message carries the SQL");
    assertNotNull(e.getCause());

    for (Executable call : List.<Executable>of(
        () -> reviews.count(),
        () -> reviews.findByPk(1L),
        () -> reviews.findOne(ReviewParanoidDao.STARS.gt(3)),
        () -> reviews.query().includeDeleted().list(),
        () -> reviews.destroyByPk(1L),
        () -> reviews.destroy(Condition.all()),
        () -> reviews.restoreByPk(1L),
        () -> reviews.restore(Condition.all()))) {
      ParanoidException failure = assertThrows(ParanoidException.class, call);
      assertNotNull(failure.getSql());
      assertNotNull(failure.getSqlState());
    }
  }

  @Test
  void aConstraintViolationBecomesAParanoidException() {
    User ghost = new User();
    ghost.setId(424242L);
    ParanoidException e = assertThrows(
        ParanoidException.class, () -> projects.create(new Project("orphan", 0, ghost)));
    assertNotNull(e.getSql());
    assertTrue(e.getSql().toLowerCase(Locale.ROOT).contains("projects"), e.getSql());
    assertNotNull(e.getSqlState());
    assertTrue(e.getSqlState().startsWith("23"), "integrity constraint violation: " + e.getSqlState());
    assertEquals(0, db.countRows("projects"));
  }
}
