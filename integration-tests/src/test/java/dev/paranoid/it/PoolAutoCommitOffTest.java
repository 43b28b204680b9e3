package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.schema.Schema;
import dev.paranoid.runtime.schema.SqlType;
import dev.paranoid.runtime.schema.TableDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A HikariCP pool tuned with {@code autoCommit=false}: its connections arrive in an open
 * transaction that nobody else owns, and the pool rolls back what is left open when a connection
 * comes back. Every DAO call and every {@code Transactions} block must commit its own work (read
 * back here on the test's own connections, outside the pool), and a failure must leave nothing.
 *
 * <p>Conformance: C38.
 */
class PoolAutoCommitOffTest extends DatabaseTestBase {

  private HikariDataSource pool;
  private UserParanoidDao pooledUsers;
  private StoryParanoidDao pooledStories;

  @BeforeEach
  void pool() {
    pool = new HikariDataSource();
    pool.setDataSource(db.dataSource());
    pool.setAutoCommit(false);
    pool.setMaximumPoolSize(2);
    pooledUsers = new UserParanoidDao(pool, clock);
    pooledStories = new StoryParanoidDao(pool, clock);
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  @Test
  void aCreateIsStored() {
    User carol = pooledUsers.create(new User("carol"));
    assertEquals(1, db.countRows("users"), "the pool rolled back the uncommitted insert");
    assertTrue(db.exists("users", carol.getId()));
  }

  @Test
  void destroyRestoreUpdateAndCascadesAreStored() {
    User alice = pooledUsers.create(new User("alice"));
    Story story = pooledStories.create(new Story("s1", alice));
    tick();
    assertTrue(pooledUsers.destroy(alice));
    assertEquals(utc(alice.getDeletedAt()), deletedAtOf("users", alice.getId()));
    assertEquals(utc(alice.getDeletedAt()), deletedAtOf("stories", story.getId()),
        "the cascade was committed with its root");

    assertTrue(pooledUsers.restore(alice));
    assertEquals(null, deletedAtOf("stories", story.getId()));

    alice.setUsername("alice2");
    assertTrue(pooledUsers.update(alice));
    assertEquals("alice2",
        db.single(String.class, "SELECT username FROM users WHERE id = ?", alice.getId()));
  }

  @Test
  void readsSeeWhatOtherConnectionsCommitted() {
    assertEquals(0, pooledUsers.count());
    users.create(new User("bob"));
    assertEquals(1, pooledUsers.count(), "a read must not keep an old snapshot open in the pool");
  }

  @Test
  void aTransactionsBlockCommits() {
    Transactions.run(pool, () -> {
      pooledUsers.create(new User("carol"));
      pooledUsers.create(new User("dave"));
    });
    assertEquals(2, db.countRows("users"));
  }

  @Test
  void aFailedBlockLeavesNothingAndTheNextBorrowerSeesNoLeftover() {
    assertThrows(IllegalStateException.class, () -> Transactions.run(pool, () -> {
      pooledUsers.create(new User("carol"));
      throw new IllegalStateException("boom");
    }));
    assertEquals(0, db.countRows("users"));

    pooledUsers.create(new User("dave"));
    assertEquals(1, db.countRows("users"));
  }

  @Test
  void aFailedCallLeavesNothing() {
    User alice = pooledUsers.create(new User("alice"));
    Story story = new Story("s1", alice);
    story.setId(12345L);
    assertThrows(IllegalArgumentException.class, () -> pooledStories.create(story),
        "refused before any statement");
    Story orphan = new Story("orphan", new User("ghost"));
    orphan.getAuthor().setId(987654L);
    assertThrows(ParanoidException.class, () -> pooledStories.create(orphan),
        "a foreign-key violation");
    assertEquals(0, db.countRows("stories"));
    assertFalse(pooledUsers.findAll().isEmpty());
  }

  @Test
  void theSchemaHelperCreatesTablesThroughSuchAPool() {
    TableDefinition table = TableDefinition.builder("pool_made")
        .identityKey("id", SqlType.BIGINT)
        .column("deleted_at", SqlType.TIMESTAMP)
        .deletedColumn("deleted_at")
        .build();
    Schema.create(pool, table);
    assertEquals(0, db.countRows("pool_made"), "the table exists outside the pool's transaction");
  }
}
