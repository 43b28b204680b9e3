package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.TransactionAwareDataSource;
import dev.paranoid.runtime.Transactions;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DAOs inside a transaction managed elsewhere (C36's outside view). With a transaction-aware
 * DataSource (here {@link TransactionAwareDataSource}, which behaves like a container's JTA
 * DataSource), declared with {@code Transactions.managedElsewhere}, every DAO call must take part
 * in the outer transaction:
 * committed when its owner commits, undone when its owner rolls back, and never committed by
 * Paranoid on its own. {@code Transactions.onConnection} is the explicit alternative.
 */
class ExternalTransactionTest extends CascadeFixture {

  private TransactionAwareDataSource manager;
  private DataSource managed;
  private UserParanoidDao txUsers;
  private ProjectParanoidDao txProjects;

  @BeforeEach
  void transactionAwareDaos() {
    manager = new TransactionAwareDataSource(db.dataSource());
    // a hand-made transaction-aware DataSource is declared: its connections with auto-commit off
    // belong to the manager's transaction
    managed = Transactions.managedElsewhere(manager.dataSource());
    txUsers = new UserParanoidDao(managed, clock);
    txProjects = new ProjectParanoidDao(managed, clock);
  }

  @AfterEach
  void endTransaction() throws Exception {
    if (manager.inTransaction()) {
      manager.rollback();
    }
  }

  private long usersNamed(String username) {
    return db.single(Long.class, "SELECT COUNT(*) FROM users WHERE username = ?", username);
  }

  @Test
  void singleStatementCallsAreUndoneWhenTheOwnerRollsBack() throws Exception {
    seed();
    Map<String, Object> before = snapshot();

    manager.begin();
    User carol = txUsers.create(new User("carol"));
    txProjects.create(new Project("pCarol", 1, carol));
    assertTrue(txProjects.destroyByPk(pBob.getId()));
    assertEquals(3, txUsers.count(), "the DAO reads the transaction's own writes");
    manager.rollback();

    assertEquals(before, snapshot());
    assertEquals(0, usersNamed("carol"));
  }

  @Test
  void callsAreCommittedWhenTheOwnerCommits() throws Exception {
    seed();
    Instant now = tick();

    manager.begin();
    txUsers.create(new User("carol"));
    assertTrue(txUsers.destroy(alice));
    manager.commit();

    assertEquals(1, usersNamed("carol"));
    assertEquals(utc(now), deletedAtOf("users", alice.getId()));
    assertEquals(utc(now), storyAt(s1));
    assertEquals(utc(now), reviewAt(r1a));
  }
  @Test
  void aCascadingDestroyIsUndoneWhenTheOwnerRollsBack() throws Exception {
    seed();
    Map<String, Object> before = snapshot();

    manager.begin();
    txUsers.create(new User("carol"));
    assertTrue(txUsers.destroy(alice));
    manager.rollback();

    assertEquals(before, snapshot(), "the owner's rollback did not undo the cascade");
    assertEquals(0, usersNamed("carol"), "the owner's rollback did not undo the create");
    assertEquals(0, manager.commitsThroughHandles(), "Paranoid committed the owner's transaction");
  }
  @Test
  void aTransactionsBlockJoinsTheOwnersTransaction() throws Exception {
    manager.begin();
    txUsers.create(new User("carol"));
    Transactions.run(managed, () -> txUsers.create(new User("dave")));
    manager.rollback();

    assertEquals(0, db.countRows("users"), "the owner's rollback did not undo the block");
    assertEquals(0, manager.commitsThroughHandles(), "Paranoid committed the owner's transaction");
  }

  // the explicit alternative: Transactions.onConnection binds the caller's connection
  @Test
  void onConnectionRunsACascadeInTheCallersTransaction() throws Exception {
    seed();
    Map<String, Object> before = snapshot();
    UserParanoidDao plainUsers = new UserParanoidDao(db.dataSource(), clock);

    try (Connection connection = db.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      Transactions.onConnection(db.dataSource(), connection, () -> {
        plainUsers.create(new User("carol"));
        assertTrue(plainUsers.destroy(alice));
        assertTrue(plainUsers.findByPk(alice.getId()).isEmpty());
        return null;
      });
      connection.rollback();
      connection.setAutoCommit(true);
    }

    assertEquals(before, snapshot());
    assertEquals(0, usersNamed("carol"));
  }

  @Test
  void onConnectionWorkIsKeptWhenTheCallerCommits() throws Exception {
    seed();
    Instant now = tick();
    UserParanoidDao plainUsers = new UserParanoidDao(db.dataSource(), clock);

    try (Connection connection = db.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      Transactions.onConnection(db.dataSource(), connection, () -> plainUsers.destroy(alice));
      connection.commit();
      connection.setAutoCommit(true);
    }

    assertEquals(utc(now), deletedAtOf("users", alice.getId()));
    assertEquals(utc(now), storyAt(s2));
    assertEquals(utc(now), reviewAt(r2a));
  }
}
