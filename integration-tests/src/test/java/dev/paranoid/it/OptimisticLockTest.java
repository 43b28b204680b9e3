package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Account;
import dev.paranoid.it.model.AccountParanoidDao;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.OptimisticLockException;
import dev.paranoid.runtime.ParanoidException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Version} (jakarta.persistence): inserted as 0 when null, checked and bumped by update,
 * instance destroy and instance restore; by-key and bulk soft destroy/restore bump it too, so an
 * entity read before them is stale. A stale entity gets {@link OptimisticLockException} and
 * changes nothing; an entity whose row is gone, or not in the state the operation needs, gets
 * false.
 */
class OptimisticLockTest extends AccountFixture {

  @AfterEach
  void everythingClosed() {
    assertEquals(0, counting.openConnections(), "a connection was left open");
    assertEquals(0, counting.openStatements(), "a statement was left open");
  }

  @Test
  void aNewEntityWithANullVersionIsStoredWithVersion0() {
    Account account = new Account("alice");
    assertNull(account.getVersion());

    accounts.create(account);

    assertEquals(0, account.getVersion());
    assertEquals(0L, storedVersion(account));
    assertEquals(0, read(account).getVersion());
  }

  @Test
  void updateBumpsTheVersion() {
    Account account = account("alice");

    account.setName("alicia");
    assertTrue(accounts.update(account));
    assertEquals(1, account.getVersion());
    assertEquals(1L, storedVersion(account));

    account.setName("ally");
    assertTrue(accounts.update(account));
    assertEquals(2, account.getVersion());
    assertEquals(2L, storedVersion(account));
    assertEquals("ally", read(account).getName());
  }

  @Test
  void instanceDestroyBumpsTheStoredVersion() {
    Account account = account("alice");

    assertTrue(accounts.destroy(account));

    assertEquals(1, account.getVersion());
    assertEquals(1L, storedVersion(account), "the row's version is what the entity says");
    assertEquals(1, read(account).getVersion());
  }

  @Test
  void instanceRestoreBumpsTheStoredVersion() {
    Account account = account("alice");
    assertTrue(accounts.destroy(account));
    Account deleted = read(account);
    long before = storedVersion(account);

    assertTrue(accounts.restore(deleted));

    assertEquals(before + 1, deleted.getVersion().longValue());
    assertEquals(before + 1, storedVersion(account));
  }

  @Test
  void oneInstanceCanBeUpdatedDestroyedAndRestoredInTurn() {
    Account account = account("alice");

    account.setName("alicia");
    assertTrue(accounts.update(account));
    assertTrue(accounts.destroy(account));
    assertTrue(accounts.restore(account));
    account.setName("ally");
    assertTrue(accounts.update(account));

    assertEquals(4, account.getVersion());
    assertEquals(4L, storedVersion(account));
    assertNull(account.getDeletedAt());
    assertEquals("ally", read(account).getName());
  }

  @Test
  void forceDestroyWithTheCurrentVersionDeletesTheRow() {
    Account account = account("alice");
    account.setName("alicia");
    assertTrue(accounts.update(account));

    assertTrue(accounts.destroy(account, true));

    assertFalse(db.exists("accounts", account.getId()));
  }

  // ---- a stale entity gets OptimisticLockException and changes nothing ----

  @Test
  void updateOfAStaleCopyThrowsAndChangesNothing() {
    Account account = account("alice");
    Account first = read(account);
    Account second = read(account);
    first.setName("first");
    assertTrue(accounts.update(first));
    Map<String, Object> stored = row(account);
    tick();

    second.setName("second");
    OptimisticLockException e = assertThrows(OptimisticLockException.class,
        () -> accounts.update(second));

    assertTrue(e instanceof ParanoidException);
    assertNotNull(e.getMessage());
    assertEquals(stored, row(account));
    assertEquals("first", read(account).getName());
    assertEquals(0, second.getVersion(), "the stale entity keeps its version");
  }

  @Test
  void softDestroyOfAStaleCopyThrowsAndChangesNothing() {
    Account account = account("alice");
    Account first = read(account);
    Account second = read(account);
    first.setName("first");
    assertTrue(accounts.update(first));
    Map<String, Object> stored = row(account);
    tick();

    assertThrows(OptimisticLockException.class, () -> accounts.destroy(second));

    assertEquals(stored, row(account));
    assertNull(second.getDeletedAt());
  }

  @Test
  void forceDestroyOfAStaleCopyThrowsAndChangesNothing() {
    Account account = account("alice");
    Account first = read(account);
    Account second = read(account);
    first.setName("first");
    assertTrue(accounts.update(first));
    Map<String, Object> stored = row(account);

    assertThrows(OptimisticLockException.class, () -> accounts.destroy(second, true));

    assertEquals(stored, row(account));
  }

  @Test
  void restoreOfAStaleCopyThrowsAndChangesNothing() {
    Account account = account("alice");
    Account first = read(account);
    Account second = read(account);
    first.setName("first");
    assertTrue(accounts.update(first));
    assertTrue(accounts.destroy(first));
    Map<String, Object> stored = row(account);
    tick();

    assertThrows(OptimisticLockException.class, () -> accounts.restore(second));

    assertEquals(stored, row(account));
    assertNotNull(row(account).get("deleted_at"), "still deleted");
  }

  @Test
  void restoreOfACopyReadBeforeAnotherDestroyAndRestoreIsStale() {
    Account account = account("alice");
    assertTrue(accounts.destroy(account));
    Account first = read(account);
    Account second = read(account);
    assertTrue(accounts.restore(first));
    assertTrue(accounts.destroy(first));
    Map<String, Object> stored = row(account);
    tick();

    assertThrows(OptimisticLockException.class, () -> accounts.restore(second));

    assertEquals(stored, row(account));
  }

  // ---- by-key and bulk forms bump the version too ----

  @Test
  void destroyByPkBumpsTheVersionSoAnEntityReadBeforeIsStale() {
    Account account = account("alice");
    Account before = read(account);

    assertTrue(accounts.destroyByPk(account.getId()));
    assertEquals(1L, storedVersion(account));
    assertTrue(accounts.restoreByPk(account.getId()));
    assertEquals(2L, storedVersion(account));
    Map<String, Object> stored = row(account);

    before.setName("stale");
    assertThrows(OptimisticLockException.class, () -> accounts.update(before));
    assertThrows(OptimisticLockException.class, () -> accounts.destroy(before));
    assertEquals(stored, row(account));
  }

  @Test
  void bulkDestroyAndRestoreBumpTheVersionOfTheRowsTheyChange() {
    Account a = account("a");
    Account b = account("b");
    Account c = account("c");
    assertTrue(accounts.destroyByPk(c.getId()));
    long cVersion = storedVersion(c);

    assertEquals(2, accounts.destroy(Condition.all()));
    assertEquals(1L, storedVersion(a));
    assertEquals(1L, storedVersion(b));
    assertEquals(cVersion, storedVersion(c), "an already-deleted row is not touched");

    assertEquals(1, accounts.restore(AccountParanoidDao.NAME.eq("a")));
    assertEquals(2L, storedVersion(a));
    assertEquals(1L, storedVersion(b), "not restored, not bumped");

    a.setName("stale");
    assertThrows(OptimisticLockException.class, () -> accounts.update(a));
  }

  // ---- a row that is gone or in the wrong state gives false, not an exception ----

  @Test
  void anEntityWhoseRowIsGoneGetsFalse() {
    Account account = account("alice");
    Account copy = read(account);
    assertTrue(accounts.destroyByPk(account.getId(), true));

    copy.setName("gone");
    assertFalse(accounts.update(copy));
    assertFalse(accounts.destroy(copy));
    assertFalse(accounts.destroy(copy, true));
    assertFalse(accounts.restore(copy));
  }

  @Test
  void anEntityWhoseRowIsNotInTheNeededStateGetsFalse() {
    Account live = account("live");
    assertFalse(accounts.restore(live), "restore of a live row");
    assertEquals(0L, storedVersion(live));

    Account deleted = account("deleted");
    Account copy = read(deleted);
    assertTrue(accounts.destroy(deleted));
    copy.setName("changed");
    assertFalse(accounts.update(copy), "update of a soft-deleted row");
    assertFalse(accounts.destroy(copy), "soft destroy of a soft-deleted row");
    assertEquals("deleted", read(deleted).getName());
  }
}
