package dev.paranoid.it.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.paranoid.it.inject.Memo;
import dev.paranoid.it.inject.MemoParanoidDao;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.LockTimeouts;
import dev.paranoid.it.support.MutableClock;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.schema.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DAOs inside Spring-managed transactions, in a real Spring context: a HikariCP pool (the
 * DataSource Spring Boot autowires), {@code DataSourceTransactionManager}, {@code JdbcTemplate},
 * {@code @Transactional} service methods and {@code TransactionTemplate}. Nothing is set up for
 * Paranoid: the spring-model {@link MemoParanoidDao} is scanned and autowired with the raw pool,
 * and default-model DAOs are built on it. Each DAO call must run in the thread's Spring
 * transaction: undone by its rollback, seeing its writes, never waiting on its locks.
 *
 * <p>The pool's connections wait at most 2 s for a lock, so that a self-deadlock fails the test
 * instead of hanging it.
 *
 * <p>Conformance: C37.
 */
class SpringTransactionTest {

  private static final Instant T0 = Instant.parse("2024-03-10T02:30:00.123456Z");

  private TestDatabase db;
  private AnnotationConfigApplicationContext context;
  private HikariDataSource pool;
  private TxService tx;
  private JdbcTemplate jdbc;
  private UserParanoidDao users;
  private StoryParanoidDao stories;
  private ReviewParanoidDao reviews;
  private MemoParanoidDao memos;
  private User alice;
  private Story story;
  private Review review;

  /** A service whose methods Spring wraps in transactions, as an application's are. */
  public static class TxService {
    @Transactional
    public void run(Runnable work) {
      work.run();
    }

    @Transactional(readOnly = true)
    public <T> T readOnly(Supplier<T> work) {
      return work.get();
    }
  }

  /** What an application's configuration holds. */
  @Configuration
  @EnableTransactionManagement
  static class Config {
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
      return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
      return new JdbcTemplate(dataSource);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager manager) {
      return new TransactionTemplate(manager);
    }

    @Bean
    TxService txService() {
      return new TxService();
    }
  }

  @BeforeEach
  void start() {
    db = TestDatabase.create();
    Schema.create(db.dataSource(), MemoParanoidDao.TABLE_DEFINITION);
    pool = LockTimeouts.pool(db.dataSource(), db.dialect());
    context = new AnnotationConfigApplicationContext();
    context.registerBean("dataSource", DataSource.class, () -> pool);
    context.registerBean("clock", Clock.class, () -> new MutableClock(T0));
    context.register(Config.class);
    context.scan(MemoParanoidDao.class.getPackageName());
    context.refresh();
    tx = context.getBean(TxService.class);
    jdbc = context.getBean(JdbcTemplate.class);
    memos = context.getBean(MemoParanoidDao.class);
    Clock clock = context.getBean(Clock.class);
    users = new UserParanoidDao(pool, clock);
    stories = new StoryParanoidDao(pool, clock);
    reviews = new ReviewParanoidDao(pool, clock);
    alice = users.create(new User("alice"));
    story = stories.create(new Story("s1", alice));
    review = reviews.create(new Review("r1", 5, alice, story));
  }

  @AfterEach
  void stop() {
    context.close();
    pool.close();
    db.close();
  }

  private long liveRows(String table) {
    return db.single(Long.class, "SELECT COUNT(*) FROM " + table + " WHERE deleted_at IS NULL");
  }

  @Test
  void aRollbackUndoesTheDaoCallsTheCascadeAndTheCreates() {
    RuntimeException boom = new IllegalStateException("boom");
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> tx.run(() -> {
      assertTrue(users.destroy(alice), "cascades to the story and its review");
      users.create(new User("carol"));
      memos.create(new Memo("note"));
      throw boom;
    }));

    assertEquals(boom, thrown);
    assertEquals(1, db.countRows("users"), "no carol");
    assertEquals(0, db.countRows("memos"), "no memo");
    assertEquals(1, liveRows("users"));
    assertEquals(1, liveRows("stories"), "the cascade was rolled back with Spring's transaction");
    assertEquals(1, liveRows("reviews"));
    assertNull(alice.getDeletedAt(), "the entity was given back its state with the rollback");
  }

  @Test
  void aCommitKeepsThem() {
    tx.run(() -> {
      assertTrue(users.destroy(alice));
      memos.create(new Memo("note"));
    });

    assertEquals(0, liveRows("users"));
    assertEquals(0, liveRows("reviews"));
    assertEquals(1, db.countRows("memos"));
  }

  @Test
  void theDaoSeesTheTransactionsOwnWritesAndJdbcTemplateSeesTheDaos() {
    tx.run(() -> {
      jdbc.update("INSERT INTO users (username) VALUES (?)", "carol");
      assertEquals(2, users.count(), "the JdbcTemplate insert is visible to the DAO");
      assertTrue(users.destroyByPk(alice.getId()));
      assertEquals(1, jdbc.queryForObject(
          "SELECT COUNT(*) FROM users WHERE deleted_at IS NOT NULL", Integer.class),
          "the DAO's destroy is visible to JdbcTemplate");
    });
    assertEquals(1, liveRows("users"));
  }

  @Test
  void aRowTheTransactionLockedDoesNotBlockTheDao() {
    tx.run(() -> {
      jdbc.update("UPDATE users SET username = ? WHERE id = ?", "alice2", alice.getId());
      // on its own connection the DAO would wait for this transaction's lock (forever on
      // PostgreSQL without lock_timeout); in the transaction it goes straight through
      assertTrue(users.destroyByPk(alice.getId()));
      assertTrue(stories.findAll().isEmpty());
    });
    assertEquals("alice2", db.single(String.class, "SELECT username FROM users WHERE id = ?",
        alice.getId()));
  }

  @Test
  void aTransactionTemplateWorksTheSame() {
    TransactionTemplate template = context.getBean(TransactionTemplate.class);
    template.executeWithoutResult(status -> {
      assertTrue(reviews.destroy(review));
      status.setRollbackOnly();
    });
    assertEquals(1, liveRows("reviews"));
    assertNull(review.getDeletedAt());
  }

  @Test
  void transactionsRunInsideASpringTransactionJoinsIt() {
    assertThrows(IllegalStateException.class, () -> tx.run(() -> {
      Transactions.run(pool, () -> {
        assertTrue(users.destroy(alice));
        users.create(new User("carol"));
      });
      assertEquals(1, db.countRows("users"),
          "the block did not commit: its writes are invisible outside the transaction");
      assertEquals(1, liveRows("users"));
      throw new IllegalStateException("roll back");
    }));
    assertEquals(1, liveRows("users"), "Spring's rollback undid the block");
    assertEquals(1, db.countRows("users"));
    assertNull(alice.getDeletedAt());
  }

  @Test
  void readOnlyTransactionsReadThroughTheDaoAndRefuseItsWrites() {
    long count = tx.readOnly(() -> {
      jdbc.queryForObject("SELECT COUNT(*) FROM users", Long.class);
      return users.count() + stories.query().include(StoryParanoidDao.REVIEWS).list().size();
    });
    assertEquals(2, count);

    ParanoidException refused = assertThrows(ParanoidException.class,
        () -> tx.readOnly(() -> users.destroy(alice)));
    assertTrue(refused.getMessage().contains("read-only transaction"), refused.getMessage());
    assertEquals(1, liveRows("stories"), "nothing of the cascade happened");
    assertEquals(1, liveRows("users"));
    assertNull(alice.getDeletedAt());

    assertThrows(ParanoidException.class, () -> tx.readOnly(() -> memos.create(new Memo("x"))));
    assertEquals(0, db.countRows("memos"));
  }

  @Test
  void aDaoOnATransactionAwareProxyJoinsTheSameTransaction() {
    UserParanoidDao proxied = new UserParanoidDao(new TransactionAwareDataSourceProxy(pool),
        context.getBean(Clock.class));
    assertThrows(IllegalStateException.class, () -> tx.run(() -> {
      jdbc.update("UPDATE users SET username = ? WHERE id = ?", "alice2", alice.getId());
      assertTrue(proxied.destroyByPk(alice.getId()), "no wait on the transaction's own lock");
      proxied.create(new User("carol"));
      throw new IllegalStateException("roll back");
    }));
    assertEquals(1, db.countRows("users"));
    assertEquals(1, liveRows("stories"));
  }

  @Test
  void outsideATransactionEachCallCommitsOnItsOwn() {
    assertTrue(users.destroy(alice));
    assertFalse(users.destroy(alice));
    assertEquals(0, liveRows("users"));
    assertEquals(0, liveRows("reviews"));
  }
}
