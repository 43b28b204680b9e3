package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;

/** Conformance C20–C23: restoring soft-deleted rows. */
class RestoreTest extends DatabaseTestBase {

  // C20
  @Test
  void c20_restoreByPkClearsDeletedAtAndTheRowIsVisibleAgain() {
    User alice = user("alice");
    User bob = user("bob");
    Instant bobDeleted = tick();
    assertTrue(users.destroyByPk(alice.getId()));
    assertTrue(users.destroyByPk(bob.getId()));
    tick();

    assertTrue(users.restoreByPk(alice.getId()));

    assertNull(deletedAtOf("users", alice.getId()));
    assertEquals(utc(bobDeleted), deletedAtOf("users", bob.getId()), "bob stays deleted");
    User found = users.findByPk(alice.getId()).orElseThrow();
    assertNull(found.getDeletedAt());
    assertEquals(List.of("alice"), names(users.findAll()));
    assertEquals(1, users.count());
    assertEquals(utc(T0), updatedAtOf("users", alice.getId()));
  }

  // C21
  @Test
  void c21_instanceRestoreClearsTheEntitysDeletedAt() {
    User alice = user("alice");
    tick();
    assertTrue(users.destroy(alice));
    tick();

    assertTrue(users.restore(alice));

    assertNull(alice.getDeletedAt());
    assertNull(deletedAtOf("users", alice.getId()));
    assertTrue(users.findByPk(alice.getId()).isPresent());
    assertEquals(micros(T0), alice.getUpdatedAt());
  }

  // C21: restoring an instance loaded with includeDeleted
  @Test
  void c21_instanceRestoreOfALoadedDeletedEntity() {
    Project p = project("p", 1, null);
    tick();
    assertTrue(projects.destroyByPk(p.getId()));
    Project loaded = projects.findByPk(p.getId(), true).orElseThrow();
    assertEquals(utc(clock.instant()), deletedAtOf("projects", p.getId()));

    assertTrue(projects.restore(loaded));

    assertNull(loaded.getDeletedAt());
    assertNull(deletedAtOf("projects", p.getId()));
    assertEquals(1, projects.count());
  }

  // C22
  @Test
  void c22_restoreByConditionRestoresOnlyMatchingDeletedRowsAndCountsThem() {
    Project fifty = project("fifty", 50, null);
    Project oneFifty = project("one-fifty", 150, null);
    Project twoHundred = project("two-hundred", 200, null);
    Project threeHundred = project("three-hundred", 300, null);
    Instant deletedAt = tick();
    assertEquals(3, projects.destroy(ProjectParanoidDao.LIKES.lt(300)));
    tick();

    int restored = projects.restore(ProjectParanoidDao.LIKES.gt(100));

    assertEquals(2, restored, "the live 300 matches but is not counted");
    assertEquals(utc(deletedAt), deletedAtOf("projects", fifty.getId()));
    assertNull(deletedAtOf("projects", oneFifty.getId()));
    assertNull(deletedAtOf("projects", twoHundred.getId()));
    assertNull(deletedAtOf("projects", threeHundred.getId()));
    assertEquals(List.of(oneFifty.getId(), twoHundred.getId(), threeHundred.getId()),
        map(projects.findAll(), Project::getId));
    for (Project p : List.of(fifty, oneFifty, twoHundred, threeHundred)) {
      assertEquals(utc(T0), updatedAtOf("projects", p.getId()));
    }
  }

  // C22: restore(Condition.all()) restores every deleted row
  @Test
  void c22_restoreAllRestoresEveryDeletedRow() {
    user("a");
    user("b");
    user("c");
    tick();
    assertEquals(2, users.destroy(UserParanoidDao.USERNAME.ne("c")));
    assertEquals(2, users.restore(Condition.all()));
    assertEquals(3, users.count());
    assertEquals(0, users.query().onlyDeleted().count());
  }

  // C23
  @Test
  void c23_restoringALiveRowReturnsFalseOrZero() {
    User alice = user("alice");
    User bob = user("bob");
    tick();

    assertFalse(users.restoreByPk(alice.getId()));
    assertFalse(users.restore(bob));
    assertNull(bob.getDeletedAt());
    assertEquals(0, users.restore(Condition.all()));
    assertEquals(0, users.restore(UserParanoidDao.USERNAME.eq("alice")));
    assertFalse(users.restoreByPk(bob.getId() + 1000), "no such row");

    for (User u : List.of(alice, bob)) {
      assertNull(deletedAtOf("users", u.getId()));
      assertEquals(utc(T0), updatedAtOf("users", u.getId()));
    }
  }

  // C23: restoring twice counts once
  @Test
  void c23_secondRestoreReturnsFalse() {
    Project p = project("p", 1, null);
    tick();
    assertTrue(projects.destroy(p));
    assertTrue(projects.restoreByPk(p.getId()));
    assertFalse(projects.restoreByPk(p.getId()));
    assertEquals(0, projects.restore(ProjectParanoidDao.ID.eq(p.getId())));
    assertNull(deletedAtOf("projects", p.getId()));
  }
}
