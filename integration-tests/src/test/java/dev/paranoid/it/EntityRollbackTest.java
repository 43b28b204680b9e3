package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Account;
import dev.paranoid.it.model.AccountParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a {@code Transactions} block rolls back after an instance operation returned, the database
 * is back to its old state, and so must the entity be: no {@code deletedAt} or version that the
 * rows no longer have, no id of a row that does not exist. The next call on the entity then
 * behaves as if the rolled-back one never happened.
 *
 * <p>Conformance: C39.
 */
class EntityRollbackTest extends DatabaseTestBase {

  private AccountParanoidDao accounts;

  @BeforeEach
  void accounts() {
    Schema.create(db.dataSource(), AccountParanoidDao.TABLE_DEFINITION);
    accounts = new AccountParanoidDao(db.dataSource(), clock);
  }

  @Test
  void aRolledBackDestroyLeavesTheVersionedEntityUsable() {
    Account account = accounts.create(new Account("a"));
    Integer version = account.getVersion();

    assertThrows(IllegalStateException.class, () -> Transactions.run(db.dataSource(), () -> {
      assertTrue(accounts.destroy(account));
      throw new IllegalStateException("roll back");
    }));

    assertNull(account.getDeletedAt(), "the row is live again, and so is the entity");
    assertEquals(version, account.getVersion(), "the version the row still has");
    account.setName("b");
    assertTrue(accounts.update(account), "no OptimisticLockException: nothing changed");
    assertEquals(version + 1, account.getVersion());
  }

  @Test
  void aRolledBackUpdateGivesBackTheVersionAndUpdatedAt() {
    Account account = accounts.create(new Account("a"));
    Integer version = account.getVersion();
    Instant updatedAt = account.getUpdatedAt();
    tick();

    assertThrows(IllegalStateException.class, () -> Transactions.run(db.dataSource(), () -> {
      account.setName("b");
      assertTrue(accounts.update(account));
      throw new IllegalStateException("roll back");
    }));

    assertEquals(version, account.getVersion());
    assertEquals(updatedAt, account.getUpdatedAt());
    assertTrue(accounts.destroy(account), "the entity is not stale");
  }

  @Test
  void aRolledBackCreateTakesTheIdAndTimestampsAway() {
    User carol = new User("carol");
    assertThrows(IllegalStateException.class, () -> Transactions.run(db.dataSource(), () -> {
      users.create(carol);
      throw new IllegalStateException("roll back");
    }));

    assertNull(carol.getId(), "no row has that id");
    assertNull(carol.getCreatedAt());
    users.create(carol);
    assertEquals(1, db.countRows("users"), "the same entity can be created again");
  }

  @Test
  void aRolledBackRestoreAndCascadeGiveBackDeletedAt() {
    User alice = user("alice");
    tick();
    users.destroy(alice);
    Instant deletedAt = alice.getDeletedAt();

    assertThrows(IllegalStateException.class, () -> Transactions.run(db.dataSource(), () -> {
      assertTrue(users.restore(alice));
      assertTrue(users.destroy(alice));
      assertTrue(users.restore(alice));
      throw new IllegalStateException("roll back");
    }));

    assertEquals(deletedAt, alice.getDeletedAt(), "undone latest first, back to the start");
    assertEquals(utc(deletedAt), deletedAtOf("users", alice.getId()));
  }

  @Test
  void aNestedFailureThatTheOuterBlockSwallowsStillUndoesTheEntity() {
    User alice = user("alice");
    assertThrows(RuntimeException.class, () -> Transactions.run(db.dataSource(), () -> {
      try {
        Transactions.run(db.dataSource(), () -> {
          users.destroy(alice);
          throw new IllegalStateException("inner");
        });
      } catch (IllegalStateException swallowed) {
        // the outer block carries on, but can no longer commit
      }
    }));
    assertNull(alice.getDeletedAt());
    assertNull(deletedAtOf("users", alice.getId()));
  }

  @Test
  void aCommittedBlockKeepsTheNewState() {
    User alice = user("alice");
    Instant now = tick();
    Transactions.run(db.dataSource(), () -> users.destroy(alice));
    assertEquals(micros(now), alice.getDeletedAt());
  }
}
