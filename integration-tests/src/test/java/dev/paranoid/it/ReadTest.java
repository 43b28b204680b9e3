package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Condition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conformance C13–C17: reads skip soft-deleted rows unless told otherwise. */
class ReadTest extends DatabaseTestBase {

  private User alice;
  private User bob;
  private User carol;
  private Instant bobDeletedAt;

  /** alice and carol are live, bob is soft-deleted. */
  @BeforeEach
  void seed() {
    alice = user("alice");
    bob = user("bob");
    carol = user("carol");
    bobDeletedAt = tick();
    assertTrue(users.destroyByPk(bob.getId()));
    tick();
  }

  // C13
  @Test
  void c13_findAllAndCountSkipSoftDeletedRows() {
    assertEquals(List.of("alice", "carol"), names(users.findAll()));
    assertEquals(2, users.count());
    assertEquals(3, db.countRows("users"));
    assertEquals(List.of("alice", "carol"), names(users.query().list()));
    assertEquals(2, users.query().count());
    assertEquals("alice", users.query().first().orElseThrow().getUsername());
  }

  // C13: with a condition too
  @Test
  void c13_conditionalReadsSkipSoftDeletedRows() {
    var aliceOrBob = UserParanoidDao.USERNAME.in(List.of("alice", "bob"));
    assertEquals(List.of("alice"), names(users.findAll(aliceOrBob)));
    assertEquals(1, users.count(aliceOrBob));
    assertEquals(0, users.count(UserParanoidDao.USERNAME.eq("bob")));
    assertTrue(users.findOne(UserParanoidDao.USERNAME.eq("bob")).isEmpty());
    assertTrue(users.findAll(UserParanoidDao.ID.eq(bob.getId())).isEmpty());
    assertEquals("carol",
        users.findOne(UserParanoidDao.USERNAME.like("%o%")).orElseThrow().getUsername());
    assertEquals(List.of("alice", "carol"), names(users.findAll(Condition.all())));
    assertEquals(2, users.count(Condition.all()));
  }

  // C13: lists come in primary-key order, with every field read back
  @Test
  void c13_findAllReadsEveryFieldInPrimaryKeyOrder() {
    List<User> live = users.findAll();
    assertEquals(List.of(alice.getId(), carol.getId()), map(live, User::getId));
    User first = live.get(0);
    assertEquals("alice", first.getUsername());
    assertEquals(micros(T0), first.getCreatedAt());
    assertEquals(micros(T0), first.getUpdatedAt());
    assertNull(first.getDeletedAt());
  }

  // C13 on Project (deletedAt found by name)
  @Test
  void c13_projectReadsSkipSoftDeletedRows() {
    Project p1 = project("p1", 1, alice);
    Project p2 = project("p2", 2, alice);
    assertTrue(projects.destroy(p1));
    assertEquals(List.of(p2.getId()), map(projects.findAll(), Project::getId));
    assertEquals(1, projects.count());
    assertEquals(1, projects.count(ProjectParanoidDao.USER_ID.eq(alice.getId())));
  }

  // C14
  @Test
  void c14_findByPkOfASoftDeletedRowIsEmptyUnlessIncludeDeleted() {
    assertTrue(users.findByPk(bob.getId()).isEmpty());
    assertTrue(users.findByPk(bob.getId(), false).isEmpty());
    User found = users.findByPk(bob.getId(), true).orElseThrow();
    assertEquals("bob", found.getUsername());
    assertEquals(micros(bobDeletedAt), found.getDeletedAt());
    assertEquals(micros(T0), found.getUpdatedAt());

    assertEquals("alice", users.findByPk(alice.getId()).orElseThrow().getUsername());
    assertEquals("alice", users.findByPk(alice.getId(), true).orElseThrow().getUsername());
    assertTrue(users.findByPk(carol.getId() + 1000, true).isEmpty());
  }

  // C15
  @Test
  void c15_includeDeletedReturnsLiveAndDeletedRowsAndCountAgrees() {
    List<User> all = users.query().includeDeleted().list();
    assertEquals(List.of("alice", "bob", "carol"), names(all));
    assertEquals(micros(bobDeletedAt), all.get(1).getDeletedAt());
    assertEquals(all.size(), users.query().includeDeleted().count());

    var notCarol = UserParanoidDao.USERNAME.ne("carol");
    assertEquals(List.of("alice", "bob"),
        names(users.query().includeDeleted().where(notCarol).list()));
    assertEquals(2, users.query().where(notCarol).includeDeleted().count());
    assertEquals("bob", users.query().includeDeleted()
        .where(UserParanoidDao.USERNAME.eq("bob")).first().orElseThrow().getUsername());
    assertEquals(List.of("bob", "carol"),
        names(users.query().includeDeleted().offset(1).list()));
    assertEquals(List.of("alice", "bob"),
        names(users.query().includeDeleted().limit(2).list()));
    assertEquals(2, users.query().includeDeleted().limit(2).count());
  }

  // C16
  @Test
  void c16_onlyDeletedReturnsOnlySoftDeletedRows() {
    assertEquals(List.of("bob"), names(users.query().onlyDeleted().list()));
    assertEquals(1, users.query().onlyDeleted().count());
    assertEquals("bob", users.query().onlyDeleted().first().orElseThrow().getUsername());
    assertTrue(users.query().onlyDeleted()
        .where(UserParanoidDao.USERNAME.eq("alice")).list().isEmpty());

    Instant now = tick();
    assertTrue(users.destroyByPk(carol.getId()));
    List<User> deleted = users.query().onlyDeleted().list();
    assertEquals(List.of("bob", "carol"), names(deleted));
    assertEquals(micros(now), deleted.get(1).getDeletedAt());
    assertEquals(2, users.query().onlyDeleted().count());
  }

  // C17: a where on DELETED_AT is ANDed with the deleted filter, never replaces it
  @Test
  void c17_conditionOnDeletedAtIsAndedWithTheFilter() {
    assertTrue(users.findAll(UserParanoidDao.DELETED_AT.isNotNull()).isEmpty());
    assertEquals(0, users.count(UserParanoidDao.DELETED_AT.isNotNull()));
    assertTrue(users.findAll(UserParanoidDao.DELETED_AT.eq(micros(bobDeletedAt))).isEmpty());
    assertTrue(users.findOne(UserParanoidDao.DELETED_AT.eq(micros(bobDeletedAt))).isEmpty());
    assertTrue(users.query().where(UserParanoidDao.DELETED_AT.ne(null)).list().isEmpty());
    assertEquals(List.of("alice", "carol"),
        names(users.findAll(UserParanoidDao.DELETED_AT.isNull())));
    assertEquals(List.of("alice"), names(users.findAll(
        UserParanoidDao.DELETED_AT.isNotNull().or(UserParanoidDao.USERNAME.eq("alice")))));

    // with the filter lifted, the same condition finds the deleted row
    assertEquals(List.of("bob"), names(users.query().includeDeleted()
        .where(UserParanoidDao.DELETED_AT.eq(micros(bobDeletedAt))).list()));
    assertEquals(List.of("bob"), names(users.query().onlyDeleted()
        .where(UserParanoidDao.DELETED_AT.gte(micros(bobDeletedAt))).list()));
    assertTrue(users.query().onlyDeleted()
        .where(UserParanoidDao.DELETED_AT.isNull()).list().isEmpty());
  }

  // C17: destroy/restore by a DELETED_AT condition keep their own filters
  @Test
  void c17_destroyAndRestoreByDeletedAtConditionKeepTheirFilters() {
    tick();
    assertEquals(0, users.destroy(UserParanoidDao.DELETED_AT.isNotNull()));
    assertEquals(utc(bobDeletedAt), deletedAtOf("users", bob.getId()), "not re-stamped");
    assertEquals(0, users.restore(UserParanoidDao.DELETED_AT.isNull()));
    assertEquals(2, users.count());
    assertEquals(1, users.restore(UserParanoidDao.DELETED_AT.eq(micros(bobDeletedAt))));
    assertNull(deletedAtOf("users", bob.getId()));
  }
}
