package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.Transactions;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance C36: {@code Transactions.run(ds, ...)} / {@code call} make several DAO calls commit
 * or roll back together. The DAOs here run on a {@link CountingDataSource}, so each test also
 * checks that a block uses one connection and always releases it. Rows are checked with plain
 * JDBC on other connections.
 */
class TransactionsTest extends CascadeFixture {

  private CountingDataSource counting;
  private DataSource ds;
  private UserParanoidDao txUsers;
  private ProjectParanoidDao txProjects;
  private StoryParanoidDao txStories;
  private ReviewParanoidDao txReviews;

  @BeforeEach
  void countingDaos() {
    counting = new CountingDataSource(db.dataSource());
    ds = counting.dataSource();
    txUsers = new UserParanoidDao(ds, clock);
    txProjects = new ProjectParanoidDao(ds, clock);
    txStories = new StoryParanoidDao(ds, clock);
    txReviews = new ReviewParanoidDao(ds, clock);
  }

  @AfterEach
  void everyConnectionReleased() {
    assertEquals(0, counting.openConnections(), "a connection was left open");
    assertEquals(0, counting.openStatements(), "a statement was left open");
  }

  private long usersNamed(String username) {
    return db.single(Long.class, "SELECT COUNT(*) FROM users WHERE username = ?", username);
  }

  // C36: every call of a successful block is committed, on one connection
  @Test
  void c36_aSuccessfulBlockCommitsEveryDaoCallOnOneConnection() {
    seed();
    counting.reset();
    Instant now = tick();

    Transactions.run(ds, () -> {
      User carol = txUsers.create(new User("carol"));
      txProjects.create(new Project("pCarol", 5, carol));
      Story story = txStories.create(new Story("c1", carol));
      txReviews.create(new Review("rc1", 4, bob, story));
      assertTrue(txUsers.destroy(alice), "a cascading destroy joins the block too");
      bob.setUsername("robert");
      assertTrue(txUsers.update(bob));
    });

    assertEquals(1, counting.connectionsOpened(), "one connection for the whole block");
    assertEquals(1, usersNamed("carol"));
    assertEquals(1L, db.single(Long.class, "SELECT COUNT(*) FROM projects WHERE title = 'pCarol'"));
    assertEquals(1L, db.single(Long.class, "SELECT COUNT(*) FROM reviews WHERE body = 'rc1'"));
    assertEquals(1, usersNamed("robert"));
    assertEquals(utc(now), deletedAtOf("users", alice.getId()));
    assertEquals(utc(now), storyAt(s1), "the cascade was committed with the block");
    assertEquals(utc(now), reviewAt(r2a));
  }

  // C36: a runtime exception rolls every call back (cascades included) and is rethrown as is
  @Test
  void c36_aRuntimeExceptionRollsBackEveryCallAndIsRethrownAsIs() {
    seed();
    Map<String, Object> before = snapshot();
    IllegalStateException failure = new IllegalStateException("changed my mind");
    tick();

    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> Transactions.run(ds, () -> {
          User carol = txUsers.create(new User("carol"));
          txProjects.create(new Project("pCarol", 5, carol));
          assertTrue(txUsers.destroy(alice));
          assertTrue(txStories.restoreByPk(s3.getId()));
          assertEquals(1, txProjects.destroy(ProjectParanoidDao.TITLE.eq("pBob"), true));
          bob.setUsername("robert");
          assertTrue(txUsers.update(bob));
          throw failure;
        }));

    assertSame(failure, thrown);
    assertEquals(before, snapshot());
    assertEquals(0, usersNamed("carol"));
    assertEquals(0, usersNamed("robert"));
    assertEquals(1, counting.connectionsOpened());
  }

  // C36: a checked exception rolls back too and arrives wrapped in a ParanoidException
  @Test
  void c36_aCheckedExceptionRollsBackAndIsWrappedInParanoidException() {
    seed();
    Map<String, Object> before = snapshot();
    IOException failure = new IOException("disk full");

    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.run(ds, () -> {
          txUsers.create(new User("carol"));
          assertTrue(txUsers.destroyByPk(alice.getId()));
          throw failure;
        }));

    assertSame(failure, thrown.getCause());
    assertEquals(before, snapshot());
    assertEquals(0, usersNamed("carol"));
  }

  // C36: an SQLException thrown by the work itself is wrapped the same way
  @Test
  void c36_anSqlExceptionFromTheWorkRollsBackAndIsWrapped() {
    SQLException failure = new SQLException("from the work", "99999");

    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.call(ds, () -> {
          txUsers.create(new User("carol"));
          throw failure;
        }));

    assertSame(failure, thrown.getCause());
    assertEquals(0, db.countRows("users"));
  }

  // C36: an Error rolls back and is rethrown as is
  @Test
  void c36_anErrorRollsBackAndIsRethrownAsIs() {
    AssertionError failure = new AssertionError("boom");

    AssertionError thrown = assertThrows(AssertionError.class, () -> Transactions.run(ds, () -> {
      txUsers.create(new User("carol"));
      throw failure;
    }));

    assertSame(failure, thrown);
    assertEquals(0, db.countRows("users"));
  }

  // C36: a failing statement in the block undoes the calls before it
  @Test
  void c36_aFailingStatementRollsBackTheCallsBeforeIt() {
    User ghost = new User("ghost");
    ghost.setId(987_654L);

    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.run(ds, () -> {
          txUsers.create(new User("carol"));
          txStories.create(new Story("orphan", ghost)); // foreign key violation
        }));

    assertTrue(thrown.getSql() != null && thrown.getSql().startsWith("INSERT INTO stories"),
        thrown.getMessage());
    assertEquals(0, db.countRows("users"));
    assertEquals(0, db.countRows("stories"));
    // and the DAOs work normally (auto-commit) after the block
    txUsers.create(new User("dave"));
    assertEquals(1, usersNamed("dave"));
  }

  // C36: call returns the work's value once it is committed
  @Test
  void c36_callReturnsTheValueOfACommittedBlock() {
    Long id = Transactions.call(ds, () -> {
      User carol = txUsers.create(new User("carol"));
      txProjects.create(new Project("pCarol", 1, carol));
      return carol.getId();
    });

    assertTrue(db.exists("users", id));
    assertEquals(1, db.countRows("projects"));
  }

  // C36: reads inside the block see the block's uncommitted writes; other connections do not
  @Test
  void c36_readsInsideTheBlockSeeItsUncommittedWrites() {
    seed();
    Map<String, Object> before = snapshot();

    assertThrows(IllegalStateException.class, () -> Transactions.run(ds, () -> {
      User carol = txUsers.create(new User("carol"));
      assertEquals("carol", txUsers.findByPk(carol.getId()).orElseThrow().getUsername());
      assertEquals(3, txUsers.count());
      assertEquals(0, usersNamed("carol"), "another connection must not see it yet");

      assertTrue(txUsers.destroy(alice));
      assertTrue(txUsers.findByPk(alice.getId()).isEmpty());
      assertEquals(List.of("b1"), map(txStories.findAll(), Story::getTitle),
          "the cascade is visible inside the block");
      assertEquals(List.of("rb1"), map(txReviews.findAll(), Review::getBody));
      assertEquals(List.of("alice"),
          names(txUsers.query().onlyDeleted().include(UserParanoidDao.STORIES).list()));
      assertEquals(null, storyAt(s1), "another connection still sees s1 live");
      throw new IllegalStateException("roll back");
    }));

    assertEquals(before, snapshot());
  }

  // C36: a nested call joins the outer block: one connection, committed together
  @Test
  void c36_aNestedCallJoinsTheOuterBlock() {
    counting.reset();

    Transactions.run(ds, () -> {
      txUsers.create(new User("carol"));
      String name = Transactions.call(ds, () -> {
        txUsers.create(new User("dave"));
        assertEquals(0, usersNamed("dave"), "the nested block does not commit on its own");
        return "erin";
      });
      txUsers.create(new User(name));
      assertEquals(1, counting.openConnections());
    });

    assertEquals(1, counting.connectionsOpened());
    assertEquals(3, db.countRows("users"));
  }

  // C36: the block belongs to its thread: a DAO called on another thread meanwhile does not
  // join it (and so does not see its uncommitted writes)
  @Test
  void c36_aDaoOnAnotherThreadDoesNotJoinTheBlock() throws Exception {
    long[] seen = new long[1];
    Throwable[] failure = new Throwable[1];

    Transactions.run(ds, () -> {
      txUsers.create(new User("carol"));
      Thread other = new Thread(() -> {
        try {
          seen[0] = txUsers.count();
        } catch (Throwable t) {
          failure[0] = t;
        }
      });
      other.start();
      other.join();
      assertEquals(1, txUsers.count(), "this thread sees its write");
    });

    assertNull(failure[0]);
    assertEquals(0, seen[0], "the other thread saw an uncommitted row");
    assertEquals(1, usersNamed("carol"));
    assertEquals(2, counting.connectionsOpened(), "the block's and the other thread's");
  }

  // C36: a nested block that succeeded is rolled back with the outer one
  @Test
  void c36_aNestedBlockIsRolledBackWhenTheOuterOneFails() {
    assertThrows(IllegalStateException.class, () -> Transactions.run(ds, () -> {
      txUsers.create(new User("carol"));
      Transactions.run(ds, () -> txUsers.create(new User("dave")));
      throw new IllegalStateException("outer fails");
    }));

    assertEquals(0, db.countRows("users"));
  }

  // C36: a nested failure that the outer block swallows still rolls everything back
  @Test
  void c36_aSwallowedNestedFailureStillRollsBackTheOuterBlock() {
    seed();
    Map<String, Object> before = snapshot();
    counting.reset();

    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.run(ds, () -> {
          txUsers.create(new User("carol"));
          try {
            Transactions.run(ds, () -> {
              txUsers.destroy(alice);
              throw new IllegalStateException("nested fails");
            });
          } catch (IllegalStateException swallowed) {
            // carry on regardless
          }
          txUsers.create(new User("dave"));
        }));

    assertTrue(thrown.getMessage().toLowerCase(java.util.Locale.ROOT).contains("rolled back"),
        thrown.getMessage());
    assertEquals(before, snapshot());
    assertEquals(0, usersNamed("carol"));
    assertEquals(0, usersNamed("dave"));
    assertEquals(1, counting.connectionsOpened());
  }

  // C36: a swallowed failure of a DAO call (its own statement) also marks the block
  @Test
  void c36_aSwallowedCascadeFailureStillRollsBackTheOuterBlock() {
    seed(true); // alice's project blocks her force destroy (projects have no cascade)
    Map<String, Object> before = snapshot();

    assertThrows(ParanoidException.class, () -> Transactions.run(ds, () -> {
      txUsers.create(new User("carol"));
      try {
        txUsers.destroyByPk(alice.getId(), true);
      } catch (ParanoidException expected) {
        // the cascade (a nested block) failed on the projects foreign key
      }
    }));

    assertEquals(before, snapshot());
    assertEquals(0, usersNamed("carol"));
  }

  // C36: blocks are independent: after a rolled-back block, the next one commits
  @Test
  void c36_aBlockAfterARolledBackOneStartsAfresh() {
    assertThrows(IllegalStateException.class, () -> Transactions.run(ds, () -> {
      txUsers.create(new User("carol"));
      throw new IllegalStateException();
    }));
    Transactions.run(ds, () -> txUsers.create(new User("dave")));

    assertEquals(0, usersNamed("carol"));
    assertEquals(1, usersNamed("dave"));
  }

  @Test
  void c36_nullArgumentsAreRefused() {
    assertThrows(NullPointerException.class, () -> Transactions.run(null, () -> { }));
    assertThrows(NullPointerException.class, () -> Transactions.run(ds, null));
    assertThrows(NullPointerException.class, () -> Transactions.call(ds, null));
    assertEquals(0, counting.connectionsOpened());
  }

  // C36: a DAO outside any block still commits each call on its own
  @Test
  void c36_withoutABlockEachCallCommitsOnItsOwn() {
    User carol = txUsers.create(new User("carol"));
    assertThrows(ParanoidException.class,
        () -> txStories.create(new Story("orphan", userWithId(987_654L))));
    assertTrue(db.exists("users", carol.getId()));
    assertFalse(db.countRows("stories") > 0);
    assertNull(carol.getDeletedAt());
  }

  private static User userWithId(long id) {
    User user = new User();
    user.setId(id);
    return user;
  }
}
