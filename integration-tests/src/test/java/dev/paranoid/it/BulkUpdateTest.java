package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Account;
import dev.paranoid.it.model.AccountParanoidDao;
import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.support.SqlCapture;
import dev.paranoid.runtime.Condition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code update().set(..).where(..).execute()}: Sequelize's {@code Model.update} with
 * {@code paranoid}: live rows only, one timestamp, the version bumped.
 *
 * <p>Conformance: C48.
 */
class BulkUpdateTest extends AccountFixture {

  @Test
  void changesTheMatchingLiveRowsOnlyAndStampsThemOnce() {
    User ann = user("ann");
    Project first = project("first", 1, ann);
    Project second = project("second", 2, ann);
    Project gone = project("gone", 3, ann);
    Project other = project("other", 4, ann);
    projects.destroy(gone);
    Instant later = tick();

    int changed = projects.update()
        .set(ProjectParanoidDao.LIKES, 10)
        .set(ProjectParanoidDao.TITLE, "renamed")
        .where(ProjectParanoidDao.LIKES.lt(4))
        .execute();

    assertEquals(2, changed, "first and second; gone is soft-deleted, other does not match");
    for (Project project : List.of(first, second)) {
      Project stored = projects.findByPk(project.getId()).orElseThrow();
      assertEquals("renamed", stored.getTitle());
      assertEquals(10, stored.getLikes());
      assertEquals(micros(later), stored.getUpdatedAt());
      assertEquals(micros(T0), stored.getCreatedAt(), "createdAt is left alone");
    }
    Project deleted = projects.findByPk(gone.getId(), true).orElseThrow();
    assertEquals("gone", deleted.getTitle(), "a soft-deleted row is never changed");
    assertEquals(micros(T0), deleted.getUpdatedAt());
    assertEquals("other", projects.findByPk(other.getId()).orElseThrow().getTitle());
  }

  @Test
  void conditionAllChangesEveryLiveRowAndNullIsSqlNull() {
    User ann = user("ann");
    project("a", 1, ann);
    Project gone = project("b", 2, ann);
    projects.destroy(gone);

    assertEquals(1, projects.update().set(ProjectParanoidDao.USER_ID, null)
        .where(Condition.all()).execute());
    assertNull(projects.findAll().get(0).getUser());
    assertEquals(ann.getId(), projects.findByPk(gone.getId(), true).orElseThrow().getUser().getId());
  }

  @Test
  void theVersionIsBumpedSoAnEntityReadBeforeIsStale() {
    Account ann = account("ann");
    Account bob = account("bob");

    assertEquals(2, accounts.update().set(AccountParanoidDao.NAME, "x")
        .where(Condition.all()).execute());

    assertEquals(1L, storedVersion(ann));
    assertEquals(1L, storedVersion(bob));
    assertEquals(List.of(), events(), "a bulk update runs no entity callback: it reads no entity");
    assertThrows(dev.paranoid.runtime.OptimisticLockException.class, () -> accounts.update(ann));
  }

  @Test
  void oneStatement() {
    User ann = user("ann");
    project("a", 1, ann);
    SqlCapture sql = new SqlCapture(db.dataSource());
    ProjectParanoidDao captured = new ProjectParanoidDao(sql.dataSource(), clock);

    SqlCapture.Recording recording = sql.during(() -> captured.update()
        .set(ProjectParanoidDao.LIKES, 5).where(ProjectParanoidDao.TITLE.eq("a")).execute());

    assertEquals(1, recording.result());
    assertEquals(List.of("UPDATE projects SET likes = ?, updated_at = ?"
        + " WHERE deleted_at IS NULL AND title = ?"), recording.statements());
  }

  @Test
  void refusesWhatABulkUpdateMustNotDo() {
    assertRefused("update().set(id, ..): the key names the row; it is never changed",
        () -> projects.update().set(ProjectParanoidDao.ID, 1L));
    assertRefused("update().set(deleted_at, ..): the deletion column is changed by destroy and"
        + " restore only", () -> projects.update().set(ProjectParanoidDao.DELETED_AT, T0));
    assertRefused("update().set(created_at, ..): createdAt is set once, by create",
        () -> projects.update().set(ProjectParanoidDao.CREATED_AT, T0));
    assertRefused("update().set(updated_at, ..): updatedAt is set by every update to its time",
        () -> projects.update().set(ProjectParanoidDao.UPDATED_AT, T0));
    assertRefused("update().set(version, ..): the version is bumped by every update, never set",
        () -> accounts.update().set(AccountParanoidDao.VERSION, 3));
    assertRefused("update().set(title, ..): the column is already set in this update",
        () -> projects.update().set(ProjectParanoidDao.TITLE, "a")
            .set(ProjectParanoidDao.TITLE, "b"));

    IllegalStateException noWhere = assertThrows(IllegalStateException.class,
        () -> projects.update().set(ProjectParanoidDao.TITLE, "a").execute());
    assertEquals("update().execute() was given no where(..); pass Condition.all() to change"
        + " every live row", noWhere.getMessage());
    IllegalStateException nothing = assertThrows(IllegalStateException.class,
        () -> projects.update().where(Condition.all()).execute());
    assertTrue(nothing.getMessage().contains("nothing to set"), nothing.getMessage());
    assertThrows(NullPointerException.class, () -> projects.update().where(null));
  }

  private static void assertRefused(String message, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertEquals(message, e.getMessage());
  }
}
