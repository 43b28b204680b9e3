package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.Transactions;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every operation closes what it opens, on success and on failure, and simple operations issue
 * exactly one statement. The DAOs here run on a {@link CountingDataSource} around the H2 one.
 */
class ConnectionHandlingTest extends DatabaseTestBase {

  private CountingDataSource counting;
  private UserParanoidDao countedUsers;
  private ProjectParanoidDao countedProjects;

  @BeforeEach
  void countingDaos() {
    counting = new CountingDataSource(db.dataSource());
    countedUsers = new UserParanoidDao(counting.dataSource(), clock);
    countedProjects = new ProjectParanoidDao(counting.dataSource(), clock);
  }

  /** Runs {@code operation}; checks it prepared exactly one statement and closed everything. */
  private <T> T oneStatement(String name, Supplier<T> operation) {
    counting.reset();
    T result = operation.get();
    assertEquals(1, counting.statementsPrepared(),
        name + " should issue exactly one statement, issued " + counting.sql());
    assertAllClosed(name);
    return result;
  }

  private void assertAllClosed(String name) {
    assertEquals(0, counting.openConnections(), name + " left a connection open");
    assertEquals(0, counting.openStatements(), name + " left a statement open");
  }

  @Test
  void findByPkIssuesExactlyOneStatementAndClosesItsConnection() {
    User alice = user("alice");

    User found = oneStatement("findByPk", () -> countedUsers.findByPk(alice.getId())).orElseThrow();

    assertEquals("alice", found.getUsername());
    assertTrue(counting.connectionsOpened() >= 1);
    assertEquals(1, counting.sql().size());
  }

  @Test
  void readsIssueOneStatementEach() {
    user("alice");
    user("bob");

    assertEquals(2, oneStatement("findAll", () -> countedUsers.findAll()).size());
    assertEquals(1, oneStatement("findAll(where)",
        () -> countedUsers.findAll(UserParanoidDao.USERNAME.eq("bob"))).size());
    assertTrue(oneStatement("findOne",
        () -> countedUsers.findOne(UserParanoidDao.USERNAME.eq("bob"))).isPresent());
    assertEquals(2L, oneStatement("count", () -> countedUsers.count()));
    assertEquals(1L, oneStatement("count(where)",
        () -> countedUsers.count(UserParanoidDao.USERNAME.eq("bob"))));
    assertEquals(2, oneStatement("query().list()",
        () -> countedUsers.query().includeDeleted().list()).size());
    assertEquals(2L, oneStatement("query().count()", () -> countedUsers.query().count()));
    assertTrue(oneStatement("findByPk(id, true)",
        () -> countedUsers.findByPk(1L, true)).isPresent());
  }

  @Test
  void writesOfAnEntityWithoutCascadesIssueOneStatementEach() {
    Project p = oneStatement("create", () -> countedProjects.create(new Project("p", 1, null)));
    assertTrue(db.exists("projects", p.getId()));
    p.setLikes(2);
    assertTrue(oneStatement("update", () -> countedProjects.update(p)));
    tick();
    assertTrue(oneStatement("destroyByPk", () -> countedProjects.destroyByPk(p.getId())));
    assertTrue(oneStatement("restoreByPk", () -> countedProjects.restoreByPk(p.getId())));
    assertEquals(1, oneStatement("destroy(where)",
        () -> countedProjects.destroy(ProjectParanoidDao.LIKES.eq(2))));
    assertEquals(1, oneStatement("restore(where)",
        () -> countedProjects.restore(Condition.all())));
    assertTrue(oneStatement("destroyByPk(force)",
        () -> countedProjects.destroyByPk(p.getId(), true)));
    assertEquals(0, db.countRows("projects"));
  }

  @Test
  void everySuccessfulOperationClosesItsConnections() {
    List<Map.Entry<String, Executable>> operations = List.of(
        Map.entry("create", () -> countedUsers.create(new User("alice"))),
        Map.entry("findAll", () -> countedUsers.findAll()),
        Map.entry("update", () -> {
          User alice = countedUsers.findOne(UserParanoidDao.USERNAME.eq("alice")).orElseThrow();
          alice.setUsername("alice2");
          countedUsers.update(alice);
        }),
        Map.entry("destroy(entity)", () -> countedUsers.destroy(
            countedUsers.findAll().get(0))),
        Map.entry("restore(entity)", () -> countedUsers.restore(
            countedUsers.query().onlyDeleted().first().orElseThrow())),
        Map.entry("destroy(where)", () -> countedUsers.destroy(Condition.all())),
        Map.entry("restore(where)", () -> countedUsers.restore(Condition.all())),
        Map.entry("destroyByPk", () -> countedUsers.destroyByPk(1L)),
        Map.entry("restoreByPk", () -> countedUsers.restoreByPk(1L)),
        Map.entry("destroy(entity, force)", () -> countedUsers.destroy(
            countedUsers.findByPk(1L).orElseThrow(), true)),
        Map.entry("query().offset()", () -> countedUsers.query().offset(1).list()));
    for (Map.Entry<String, Executable> operation : operations) {
      counting.reset();
      try {
        operation.getValue().execute();
      } catch (Throwable e) {
        throw new AssertionError(operation.getKey() + " failed", e);
      }
      assertTrue(counting.connectionsOpened() >= 1, operation.getKey());
      assertAllClosed(operation.getKey());
    }
    assertEquals(0, db.countRows("users"));
  }

  @Test
  void everyFailingOperationClosesItsConnections() {
    Project p = project("p", 1, null);
    db.execute("DROP TABLE projects");
    List<Map.Entry<String, Executable>> operations = List.of(
        Map.entry("findByPk", () -> countedProjects.findByPk(p.getId())),
        Map.entry("findAll", () -> countedProjects.findAll()),
        Map.entry("findOne", () -> countedProjects.findOne(ProjectParanoidDao.LIKES.eq(1))),
        Map.entry("count", () -> countedProjects.count()),
        Map.entry("query().list()", () -> countedProjects.query().onlyDeleted().list()),
        Map.entry("create", () -> countedProjects.create(new Project("q", 2, null))),
        Map.entry("update", () -> countedProjects.update(p)),
        Map.entry("destroy(entity)", () -> countedProjects.destroy(p)),
        Map.entry("destroyByPk", () -> countedProjects.destroyByPk(p.getId())),
        Map.entry("destroy(where, force)",
            () -> countedProjects.destroy(Condition.all(), true)),
        Map.entry("restore(entity)", () -> countedProjects.restore(p)),
        Map.entry("restoreByPk", () -> countedProjects.restoreByPk(p.getId())),
        Map.entry("restore(where)", () -> countedProjects.restore(Condition.all())));
    for (Map.Entry<String, Executable> operation : operations) {
      counting.reset();
      ParanoidException e = assertThrows(ParanoidException.class, operation.getValue(),
          operation.getKey());
      assertTrue(e.getSql() != null && e.getSqlState() != null, operation.getKey());
      assertAllClosed(operation.getKey());
    }
  }

  @Test
  void aFailingForceDestroyOfAUserClosesItsConnections() {
    // Fails on the dropped reviews table once the force destroy cascades (stories, then their
    // reviews), or on the stories.created_by foreign key without a cascade: either way, nothing
    // may leak and nothing may change.
    User alice = user("alice");
    stories.create(new Story("a story", alice));
    db.execute("DROP TABLE reviews");
    counting.reset();
    assertThrows(ParanoidException.class, () -> countedUsers.destroyByPk(alice.getId(), true));
    assertAllClosed("a failing force destroy");
    assertTrue(db.exists("users", alice.getId()), "the failed destroy changed nothing");
    assertEquals(1, db.countRows("stories"));
  }

  @Test
  void transactionsShareOneConnectionAndCloseIt() {
    counting.reset();
    Transactions.run(counting.dataSource(), () -> {
      countedProjects.create(new Project("a", 1, null));
      countedProjects.create(new Project("b", 2, null));
      assertEquals(1, counting.openConnections(), "DAO calls join the transaction");
    });
    assertEquals(1, counting.connectionsOpened());
    assertAllClosed("Transactions.run");
    assertEquals(2, db.countRows("projects"));

    counting.reset();
    assertThrows(IllegalStateException.class, () -> Transactions.run(counting.dataSource(), () -> {
      countedProjects.create(new Project("c", 3, null));
      throw new IllegalStateException("roll back");
    }));
    assertAllClosed("a rolled-back Transactions.run");
    assertEquals(2, db.countRows("projects"));
  }
}
