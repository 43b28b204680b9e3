package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Condition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conformance C05–C12: soft and force destroy. */
class DestroyTest extends DatabaseTestBase {

  // C05
  @Test
  void c05_destroyByPkStampsDeletedAtAndKeepsTheRow() {
    User alice = user("alice");
    User bob = user("bob");
    Instant now = tick();

    assertTrue(users.destroyByPk(alice.getId()));

    assertEquals(utc(now), deletedAtOf("users", alice.getId()));
    assertNull(deletedAtOf("users", bob.getId()));
    assertEquals(2, db.countRows("users"), "the row stays in the table");
    assertEquals("alice", db.value(String.class, "users", "username", alice.getId()));
    assertEquals(List.of("bob"), names(users.findAll()));
  }

  // C05: a missing key deletes nothing
  @Test
  void c05_destroyByPkOfAMissingRowReturnsFalse() {
    User alice = user("alice");
    assertFalse(users.destroyByPk(alice.getId() + 1000));
    assertNull(deletedAtOf("users", alice.getId()));
  }

  // C06
  @Test
  void c06_softDestroyOfAnAlreadyDeletedRowReturnsFalseAndKeepsTheFirstTimestamp() {
    User alice = user("alice");
    Instant first = tick();
    assertTrue(users.destroyByPk(alice.getId()));

    tick();
    assertFalse(users.destroyByPk(alice.getId()));
    assertEquals(utc(first), deletedAtOf("users", alice.getId()));

    tick();
    User deleted = users.findByPk(alice.getId(), true).orElseThrow();
    assertFalse(users.destroy(deleted));
    assertEquals(utc(first), deletedAtOf("users", alice.getId()));

    tick();
    assertEquals(0, users.destroy(UserParanoidDao.USERNAME.eq("alice")));
    assertEquals(0, users.destroy(Condition.all()));
    assertEquals(0, users.destroy(UserParanoidDao.ID.eq(alice.getId())));
    assertEquals(utc(first), deletedAtOf("users", alice.getId()));
    assertEquals(utc(T0), updatedAtOf("users", alice.getId()));
  }

  // C07
  @Test
  void c07_instanceDestroySetsTheEntitysDeletedAtToTheStoredValue() {
    User alice = user("alice");
    Instant now = tick();

    assertTrue(users.destroy(alice));

    assertEquals(micros(now), alice.getDeletedAt());
    assertEquals(utc(now), deletedAtOf("users", alice.getId()));
    assertEquals(alice.getDeletedAt(),
        users.findByPk(alice.getId(), true).orElseThrow().getDeletedAt());
    assertEquals(micros(T0), alice.getUpdatedAt(), "a soft destroy does not touch updatedAt");
    assertTrue(users.findByPk(alice.getId()).isEmpty());
  }

  // C07 on an entity whose deletedAt is found by name (Project)
  @Test
  void c07_instanceDestroyOfProjectSetsDeletedAt() {
    Project p = project("p", 3, null);
    Instant now = tick();
    assertTrue(projects.destroy(p));
    assertEquals(micros(now), p.getDeletedAt());
    assertEquals(utc(now), deletedAtOf("projects", p.getId()));
  }

  // C08
  @Test
  void c08_bulkDestroyReturnsTheRowsItSoftDeletedWithOneTimestamp() {
    User a = user("a");
    User b = user("b");
    User c = user("c");
    User d = user("d");
    Instant earlier = tick();
    assertTrue(users.destroyByPk(d.getId()));

    Instant now = tick();
    int deleted = users.destroy(UserParanoidDao.USERNAME.in(List.of("a", "b", "d")));

    assertEquals(2, deleted, "d was already deleted and is not counted");
    assertEquals(utc(now), deletedAtOf("users", a.getId()));
    assertEquals(utc(now), deletedAtOf("users", b.getId()));
    assertNull(deletedAtOf("users", c.getId()));
    assertEquals(utc(earlier), deletedAtOf("users", d.getId()), "d is not re-stamped");
    assertEquals(4, db.countRows("users"));
    assertEquals(List.of("c"), names(users.findAll()));
  }

  // C08 on Project with a condition on the join column
  @Test
  void c08_bulkDestroyByForeignKey() {
    User alice = user("alice");
    User bob = user("bob");
    Project p1 = project("p1", 1, alice);
    Project p2 = project("p2", 2, alice);
    Project p3 = project("p3", 3, bob);
    Instant now = tick();

    assertEquals(2, projects.destroy(ProjectParanoidDao.USER_ID.eq(alice.getId())));

    assertEquals(utc(now), deletedAtOf("projects", p1.getId()));
    assertEquals(utc(now), deletedAtOf("projects", p2.getId()));
    assertNull(deletedAtOf("projects", p3.getId()));
    assertEquals(0, projects.destroy(ProjectParanoidDao.USER_ID.eq(alice.getId())));
    assertEquals(0, projects.destroy(ProjectParanoidDao.LIKES.gt(1000)));
  }

  // C09
  @Test
  void c09_forceDestroyByConditionRemovesRowsSoftDeletedOnesIncluded() {
    Project cheap = project("cheap", 10, null);
    Project cheapDeleted = project("cheap, deleted", 20, null);
    Project popular = project("popular", 500, null);
    assertTrue(projects.destroyByPk(cheapDeleted.getId()));

    int removed = projects.destroy(ProjectParanoidDao.LIKES.lt(100), true);

    assertEquals(2, removed);
    assertFalse(db.exists("projects", cheap.getId()));
    assertFalse(db.exists("projects", cheapDeleted.getId()));
    assertTrue(db.exists("projects", popular.getId()));
    assertNull(deletedAtOf("projects", popular.getId()));
    assertEquals(1, db.countRows("projects"));
  }

  // C09
  @Test
  void c09_forceDestroyByPkAndInstanceRemoveLiveAndSoftDeletedRows() {
    User alice = user("alice");
    User bob = user("bob");
    User carol = user("carol");
    assertTrue(users.destroyByPk(bob.getId()));

    assertTrue(users.destroyByPk(alice.getId(), true));
    assertTrue(users.destroyByPk(bob.getId(), true), "a soft-deleted row is removed too");
    assertFalse(db.exists("users", alice.getId()));
    assertFalse(db.exists("users", bob.getId()));
    assertFalse(users.destroyByPk(bob.getId(), true), "nothing left to remove");

    assertTrue(users.destroy(carol));
    assertTrue(users.destroy(carol, true));
    assertFalse(db.exists("users", carol.getId()));
    assertEquals(0, db.countRows("users"));
  }

  // C09: destroy(entity, false) and destroyByPk(id, false) are the soft forms
  @Test
  void c09_forceFalseIsTheSoftDestroy() {
    User alice = user("alice");
    User bob = user("bob");
    Instant now = tick();
    assertTrue(users.destroy(alice, false));
    assertTrue(users.destroyByPk(bob.getId(), false));
    assertEquals(micros(now), alice.getDeletedAt());
    assertEquals(utc(now), deletedAtOf("users", alice.getId()));
    assertEquals(utc(now), deletedAtOf("users", bob.getId()));
    assertEquals(2, db.countRows("users"));
    assertEquals(0, users.destroy(Condition.all(), false));
  }

  // C10 (Sequelize #8406): an OR condition stays inside its parentheses
  @Test
  void c10_orConditionStillGetsTheDeletedFilter() {
    User a = user("a");
    User b = user("b");
    User c = user("c");
    Instant first = tick();
    assertTrue(users.destroyByPk(b.getId()));

    var aOrB = UserParanoidDao.USERNAME.eq("a").or(UserParanoidDao.USERNAME.eq("b"));
    assertEquals(List.of("a"), names(users.findAll(aOrB)));
    assertEquals(1, users.count(aOrB));
    assertEquals(List.of("a"), names(users.query().where(aOrB).list()));
    assertEquals("a", users.findOne(UserParanoidDao.USERNAME.eq("b")
        .or(UserParanoidDao.USERNAME.eq("a"))).orElseThrow().getUsername());

    Instant now = tick();
    assertEquals(1, users.destroy(aOrB));
    assertEquals(utc(now), deletedAtOf("users", a.getId()));
    assertEquals(utc(first), deletedAtOf("users", b.getId()), "b is not re-stamped");
    assertNull(deletedAtOf("users", c.getId()));

    // restore of an OR keeps its own filter: c is live and not counted
    var bOrC = UserParanoidDao.USERNAME.eq("b").or(UserParanoidDao.USERNAME.eq("c"));
    assertEquals(1, users.restore(bOrC));
    assertNull(deletedAtOf("users", b.getId()));
    assertEquals(utc(now), deletedAtOf("users", a.getId()));
  }

  // C11: soft destroy and restore, in every form, leave updatedAt as it was
  @Test
  void c11_softDestroyAndRestoreLeaveUpdatedAtUnchanged() {
    User alice = user("alice");
    User bob = user("bob");
    User carol = user("carol");
    Instant updated = tick();
    alice.setUsername("alice2");
    assertTrue(users.update(alice));
    assertEquals(micros(updated), alice.getUpdatedAt());

    tick();
    assertTrue(users.destroyByPk(alice.getId()));
    tick();
    assertTrue(users.restoreByPk(alice.getId()));
    tick();
    assertTrue(users.destroy(alice));
    assertEquals(micros(updated), alice.getUpdatedAt());
    tick();
    assertTrue(users.restore(alice));
    assertEquals(micros(updated), alice.getUpdatedAt());
    tick();
    assertEquals(3, users.destroy(Condition.all()));
    tick();
    assertEquals(3, users.restore(Condition.all()));

    assertEquals(utc(updated), updatedAtOf("users", alice.getId()));
    assertEquals(utc(T0), updatedAtOf("users", bob.getId()));
    assertEquals(utc(T0), updatedAtOf("users", carol.getId()));
    assertEquals(micros(updated), users.findByPk(alice.getId()).orElseThrow().getUpdatedAt());
    assertEquals(utc(T0), createdAtOf("users", alice.getId()));
  }

  // C12: destroy(null) is refused and changes nothing
  @Test
  void c12_destroyWithNullConditionIsRefusedAndChangesNothing() {
    User a = user("a");
    User b = user("b");
    tick();

    NullPointerException soft =
        assertThrows(NullPointerException.class, () -> users.destroy((Condition<User>) null));
    assertNotNull(soft.getMessage());
    assertTrue(soft.getMessage().contains("Condition.all()"), soft.getMessage());
    NullPointerException force = assertThrows(
        NullPointerException.class, () -> users.destroy((Condition<User>) null, true));
    assertNotNull(force.getMessage());
    assertTrue(force.getMessage().contains("Condition.all()"), force.getMessage());

    assertEquals(2, db.countRows("users"));
    assertNull(deletedAtOf("users", a.getId()));
    assertNull(deletedAtOf("users", b.getId()));
    assertEquals(2, users.count());
  }

  // C12: Condition.all() soft-deletes every live row
  @Test
  void c12_destroyAllSoftDeletesEveryLiveRow() {
    User a = user("a");
    User b = user("b");
    User c = user("c");
    Instant earlier = tick();
    assertTrue(users.destroyByPk(c.getId()));

    Instant now = tick();
    assertEquals(2, users.destroy(Condition.all()));

    assertEquals(utc(now), deletedAtOf("users", a.getId()));
    assertEquals(utc(now), deletedAtOf("users", b.getId()));
    assertEquals(utc(earlier), deletedAtOf("users", c.getId()));
    assertEquals(3, db.countRows("users"));
    assertEquals(0, users.count());
    assertTrue(users.findAll().isEmpty());
  }

  // C12: Condition.all() with force removes every row
  @Test
  void c12_forceDestroyAllRemovesEveryRow() {
    project("p1", 1, null);
    Project p2 = project("p2", 2, null);
    assertTrue(projects.destroyByPk(p2.getId()));
    assertEquals(2, projects.destroy(Condition.all(), true));
    assertEquals(0, db.countRows("projects"));
  }
}
