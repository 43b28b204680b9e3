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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lifecycle callbacks: JPA's {@code @PrePersist}/{@code @PostPersist}/{@code @PreUpdate}/
 * {@code @PostUpdate}/{@code @PreRemove}/{@code @PostRemove} and Paranoid's
 * {@code @PreRestore}/{@code @PostRestore} run for the instance forms only; a pre callback runs
 * before the statement and throwing from it changes nothing; a post callback runs after the
 * statement in the same transaction and throwing from it rolls the statement back.
 */
class LifecycleCallbackTest extends AccountFixture {

  @AfterEach
  void everythingClosed() {
    assertEquals(0, counting.openConnections(), "a connection was left open");
    assertEquals(0, counting.openStatements(), "a statement was left open");
  }

  @Test
  void createRunsPrePersistThenPostPersist() {
    Account account = accounts.create(new Account("alice"));

    assertEquals(List.of("PrePersist:alice", "PostPersist:alice"), events());
    assertNotNull(row(account));
  }

  @Test
  void updateRunsPreUpdateThenPostUpdate() {
    Account account = account("alice");
    account.setName("alicia");

    assertTrue(accounts.update(account));

    assertEquals(List.of("PreUpdate:alicia", "PostUpdate:alicia"), events());
  }

  @Test
  void softDestroyRunsPreRemoveThenPostRemove() {
    Account account = account("alice");

    assertTrue(accounts.destroy(account));

    assertEquals(List.of("PreRemove:alice", "PostRemove:alice"), events());
  }

  @Test
  void forceDestroyRunsPreRemoveThenPostRemove() {
    Account account = account("alice");

    assertTrue(accounts.destroy(account, true));

    assertEquals(List.of("PreRemove:alice", "PostRemove:alice"), events());
    assertNull(row(account));
  }

  @Test
  void restoreRunsPreRestoreThenPostRestore() {
    Account account = account("alice");
    assertTrue(accounts.destroyByPk(account.getId()));
    Account deleted = read(account);

    assertTrue(accounts.restore(deleted));

    assertEquals(List.of("PreRestore:alice", "PostRestore:alice"), events());
  }

  @Test
  void aWholeLifecycleRunsEveryCallbackInOrder() {
    Account account = accounts.create(new Account("alice"));
    account.setName("alicia");
    accounts.update(account);
    Account fresh = read(account);
    accounts.destroy(fresh);
    Account deleted = read(account);
    accounts.restore(deleted);
    Account live = read(account);
    accounts.destroy(live, true);

    assertEquals(List.of(
        "PrePersist:alice", "PostPersist:alice",
        "PreUpdate:alicia", "PostUpdate:alicia",
        "PreRemove:alicia", "PostRemove:alicia",
        "PreRestore:alicia", "PostRestore:alicia",
        "PreRemove:alicia", "PostRemove:alicia"), events());
  }

  @Test
  void preCallbacksSeeTheRowBeforeTheStatementAndPostCallbacksAfterIt() {
    // each callback records what the DAO reads at that moment; post callbacks run inside the
    // operation's transaction, so a read from the callback (same DataSource) sees the change
    Account account = new Account("alice");
    StringBuilder seen = new StringBuilder();
    Account.listener = (callback, entity) -> {
      Long id = entity.getId();
      String state = id == null ? "no row"
          : accounts.findByPk(id, true).map(a -> a.getDeletedAt() == null ? "live " + a.getName()
              : "deleted " + a.getName()).orElse("no row");
      seen.append(callback).append('=').append(state).append("; ");
    };
    try {
      accounts.create(account);
      account.setName("alicia");
      accounts.update(account);
      Account fresh = read(account);
      accounts.destroy(fresh);
      Account deleted = read(account);
      accounts.restore(deleted);
      Account live = read(account);
      accounts.destroy(live, true);
    } finally {
      Account.listener = null;
    }

    assertEquals("PrePersist=no row; PostPersist=live alice; "
        + "PreUpdate=live alice; PostUpdate=live alicia; "
        + "PreRemove=live alicia; PostRemove=deleted alicia; "
        + "PreRestore=deleted alicia; PostRestore=live alicia; "
        + "PreRemove=live alicia; PostRemove=no row; ", seen.toString());
  }

  @Test
  void byKeyAndBulkFormsRunNoCallback() {
    Account a = account("a");
    Account b = account("b");

    assertTrue(accounts.destroyByPk(a.getId()));
    assertTrue(accounts.restoreByPk(a.getId()));
    assertEquals(2, accounts.destroy(Condition.all()));
    assertEquals(2, accounts.restore(AccountParanoidDao.NAME.in(List.of("a", "b"))));
    assertEquals(1, accounts.destroy(AccountParanoidDao.NAME.eq("a"), true));
    assertTrue(accounts.destroyByPk(b.getId(), true));

    assertEquals(List.of(), events());
    assertEquals(0, db.countRows("accounts"));
  }

  @Test
  void readsRunNoCallback() {
    Account a = account("a");
    accounts.findByPk(a.getId());
    accounts.findAll();
    accounts.query().includeDeleted().list();
    accounts.count();

    assertEquals(List.of(), events());
  }

  @Test
  void postCallbacksDoNotRunWhenNothingChanged() {
    Account account = account("alice");
    Account copy = read(account);
    assertTrue(accounts.destroy(account));
    events();

    assertFalse(accounts.destroy(account), "already deleted");
    assertFalse(accounts.update(copy), "update of a deleted row");
    Account live = account("bob");
    assertFalse(accounts.restore(live), "restore of a live row");

    List<String> events = events();
    assertFalse(events.contains("PostRemove:alice"), events.toString());
    assertFalse(events.contains("PostUpdate:alice"), events.toString());
    assertFalse(events.contains("PostRestore:bob"), events.toString());
  }

  // ---- a throwing pre callback changes nothing ----

  @Test
  void aThrowingPrePersistInsertsNothing() {
    Account account = new Account("alice");
    account.setFailOn("PrePersist");

    assertFailsOnPurpose(() -> accounts.create(account));

    assertEquals(0, db.countRows("accounts"));
    assertNull(account.getId());
    assertEquals(List.of("PrePersist:alice"), events());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PreUpdate", "PreRemove", "PreRemove(force)", "PreRestore"})
  void aThrowingPreCallbackChangesNothing(String failing) {
    Account account = account("alice");
    if (failing.equals("PreRestore")) {
      assertTrue(accounts.destroyByPk(account.getId()));
      account = read(account);
    }
    Account target = account;
    Map<String, Object> before = row(target);
    Object deletedAt = target.getDeletedAt();
    Integer version = target.getVersion();
    target.setFailOn(failing.replace("(force)", ""));
    target.setName("changed");
    tick();
    counting.reset();

    assertFailsOnPurpose(() -> operation(failing, target));

    assertEquals(before, row(target), "the row is unchanged");
    assertEquals(0, counting.statementsPrepared(), "no statement ran: " + counting.sql());
    assertEquals(deletedAt, target.getDeletedAt());
    assertEquals(version, target.getVersion());
    List<String> events = events();
    assertEquals(1, events.size(), "no post callback: " + events);
  }

  // ---- a throwing post callback rolls the statement back ----

  @Test
  void aThrowingPostPersistRollsTheInsertBack() {
    Account account = new Account("alice");
    account.setFailOn("PostPersist");

    assertFailsOnPurpose(() -> accounts.create(account));

    assertEquals(0, db.countRows("accounts"), "the INSERT was rolled back");
    assertEquals(List.of("PrePersist:alice", "PostPersist:alice"), events());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PostUpdate", "PostRemove", "PostRemove(force)", "PostRestore"})
  void aThrowingPostCallbackRollsTheStatementBack(String failing) {
    Account account = account("alice");
    if (failing.equals("PostRestore")) {
      assertTrue(accounts.destroyByPk(account.getId()));
      account = read(account);
    }
    Account target = account;
    Map<String, Object> before = row(target);
    target.setFailOn(failing.replace("(force)", ""));
    target.setName("changed");
    tick();

    assertFailsOnPurpose(() -> operation(failing, target));

    assertEquals(before, row(target), "the statement was rolled back");
    List<String> events = events();
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.get(1).startsWith(failing.replace("(force)", "")), events.toString());
  }

  @Test
  void afterARolledBackCreateTheEntityIsAsBeforeAndCanBeCreatedAgain() {
    Account account = new Account("alice");
    account.setFailOn("PostPersist");
    assertFailsOnPurpose(() -> accounts.create(account));
    assertNull(account.getId(), "the generated id was rolled back with the row");
    assertNull(account.getCreatedAt());
    assertNull(account.getUpdatedAt());

    account.setFailOn(null);
    Account created = accounts.create(account);
    assertNotNull(created.getId());
    assertEquals(1, db.countRows("accounts"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PostUpdate", "PostRemove", "PostRestore"})
  void afterARolledBackOperationTheEntityKeepsItsFormerStateAndCanRetry(String failing) {
    Account account = account("alice");
    if (failing.equals("PostRestore")) {
      assertTrue(accounts.destroyByPk(account.getId()));
      account = read(account);
    }
    Account target = account;
    Object version = target.getVersion();
    Object updatedAt = target.getUpdatedAt();
    Object deletedAt = target.getDeletedAt();
    target.setFailOn(failing);
    tick();

    assertFailsOnPurpose(() -> operation(failing, target));

    assertEquals(version, target.getVersion(), "version rolled back with the row");
    assertEquals(updatedAt, target.getUpdatedAt());
    assertEquals(deletedAt, target.getDeletedAt());
    target.setFailOn(null);
    assertTrue(switch (failing) {
      case "PostUpdate" -> accounts.update(target);
      case "PostRemove" -> accounts.destroy(target);
      default -> accounts.restore(target);
    }, "the retry is not taken for a stale entity");
  }

  private void operation(String callback, Account target) {
    switch (callback) {
      case "PreUpdate", "PostUpdate" -> accounts.update(target);
      case "PreRemove", "PostRemove" -> accounts.destroy(target);
      case "PreRemove(force)", "PostRemove(force)" -> accounts.destroy(target, true);
      case "PreRestore", "PostRestore" -> accounts.restore(target);
      default -> throw new IllegalArgumentException(callback);
    }
  }

  /** The operation threw the callback's exception (perhaps wrapped). */
  private static void assertFailsOnPurpose(Executable operation) {
    RuntimeException e = assertThrows(RuntimeException.class, operation);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("failed on purpose")) {
        return;
      }
    }
    throw new AssertionError("not the callback's failure", e);
  }
}
