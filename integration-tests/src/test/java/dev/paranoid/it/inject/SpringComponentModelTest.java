package dev.paranoid.it.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Auditor;
import dev.paranoid.runtime.schema.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.stereotype.Repository;

/**
 * The {@code spring} component model in a real Spring context: component scanning finds the
 * generated {@code @Repository} {@link MemoParanoidDao}, Spring calls its {@code @Autowired}
 * constructor with the context's {@code DataSource} and, when the context has one, its
 * {@code Clock} bean, and a {@code @Service} soft-deletes and restores memos through it.
 *
 * <p>The DataSource is the suite's {@link TestDatabase}, so this runs on H2, PostgreSQL and
 * MariaDB like the rest of the suite; only the {@code memos} table is created, with the schema
 * helper.
 */
class SpringComponentModelTest {

  /** Has nanoseconds: the DAO stores microseconds. */
  private static final Instant NOW = Instant.parse("2024-03-10T02:30:00.123456789Z");

  private TestDatabase db;

  @BeforeEach
  void openDatabase() {
    db = TestDatabase.empty();
    Schema.create(db.dataSource(), MemoParanoidDao.TABLE_DEFINITION);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  /**
   * A context as an application builds it: a DataSource bean, optionally a Clock bean, and a
   * component scan of the package (which holds the entity, the generated DAO and the service).
   */
  private AnnotationConfigApplicationContext context(Clock clock) {
    return context(clock, null);
  }

  /** {@link #context(Clock)} with an {@code Auditor} bean when {@code auditor} is not null. */
  private AnnotationConfigApplicationContext context(Clock clock, Auditor<String> auditor) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean("dataSource", DataSource.class, db::dataSource);
    if (clock != null) {
      context.registerBean("clock", Clock.class, () -> clock);
    }
    if (auditor != null) {
      context.registerBean("auditor", Auditor.class, () -> auditor);
    }
    context.scan(MemoService.class.getPackageName());
    context.refresh();
    return context;
  }

  @Test
  void anAuditorBeanRecordsWhoDeletedAMemoAndRestoreClearsIt() {
    String[] user = {"alice"};
    try (AnnotationConfigApplicationContext context =
        context(null, () -> Optional.ofNullable(user[0]))) {
      MemoService service = context.getBean(MemoService.class);
      Memo memo = service.write("file taxes");

      assertTrue(service.discard(memo));
      assertEquals("alice", memo.getDeletedBy());
      assertEquals("alice", service.findEvenIfDiscarded(memo.getId()).orElseThrow().getDeletedBy());

      assertTrue(service.recover(memo));
      assertNull(memo.getDeletedBy());
      assertNull(service.find(memo.getId()).orElseThrow().getDeletedBy());

      user[0] = "bob";
      assertTrue(service.discardById(memo.getId()));
      assertEquals("bob", service.findEvenIfDiscarded(memo.getId()).orElseThrow().getDeletedBy());
    }
  }

  @Test
  void withoutAnAuditorBeanNoActorIsRecorded() {
    try (AnnotationConfigApplicationContext context = context(null)) {
      MemoService service = context.getBean(MemoService.class);
      Memo memo = service.write("water plants");
      assertTrue(service.discard(memo));
      assertNull(memo.getDeletedBy());
      assertNull(service.findEvenIfDiscarded(memo.getId()).orElseThrow().getDeletedBy());
    }
  }

  @Test
  void scanningFindsTheRepositoryAndInjectsItIntoTheService() {
    try (AnnotationConfigApplicationContext context = context(null)) {
      assertEquals(1, context.getBeansOfType(MemoParanoidDao.class).size());
      String name = context.getBeanNamesForType(MemoParanoidDao.class)[0];
      assertEquals("memoParanoidDao", name, "a scanned component, named after its class");
      assertNotNull(context.findAnnotationOnBean(name, Repository.class));
      assertTrue(context.isSingleton(name));
      MemoService service = context.getBean(MemoService.class);
      assertSame(context.getBean(MemoParanoidDao.class), service.dao());
    }
  }

  @Test
  void aClockBeanStampsTheSoftDeleteAndRestoreClearsIt() {
    try (AnnotationConfigApplicationContext context = context(Clock.fixed(NOW, ZoneOffset.UTC))) {
      MemoService service = context.getBean(MemoService.class);
      Instant stamp = NOW.truncatedTo(ChronoUnit.MICROS);

      Memo memo = service.write("buy milk");
      assertNotNull(memo.getId());
      assertEquals(stamp, memo.getCreatedAt(), "createdAt from the Clock bean");
      assertEquals(utc(stamp), db.timestamp("memos", "created_at", memo.getId()));

      assertTrue(service.discard(memo));
      assertEquals(stamp, memo.getDeletedAt());
      assertEquals(utc(stamp), db.timestamp("memos", "deleted_at", memo.getId()),
          "deleted_at is the Clock bean's time, truncated to microseconds");
      assertEquals(1, db.countRows("memos"), "soft: the row stays");
      assertTrue(service.find(memo.getId()).isEmpty());
      Memo deleted = service.findEvenIfDiscarded(memo.getId()).orElseThrow();
      assertEquals(stamp, deleted.getDeletedAt());
      assertEquals("buy milk", deleted.getText());
      assertFalse(service.discard(memo), "already deleted");

      assertTrue(service.recover(memo));
      assertNull(memo.getDeletedAt());
      assertNull(db.timestamp("memos", "deleted_at", memo.getId()));
      Memo restored = service.find(memo.getId()).orElseThrow();
      assertEquals("buy milk", restored.getText());
      assertEquals(stamp, restored.getUpdatedAt(), "soft delete and restore leave updatedAt alone");
      assertFalse(service.recover(memo), "already live");
    }
  }

  @Test
  void withoutAClockBeanTheSystemClockIsUsed() {
    try (AnnotationConfigApplicationContext context = context(null)) {
      MemoService service = context.getBean(MemoService.class);
      Memo memo = service.write("call the bank");

      Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
      assertTrue(service.discardById(memo.getId()));
      Instant after = Instant.now();

      Instant stored = db.timestamp("memos", "deleted_at", memo.getId()).toInstant(ZoneOffset.UTC);
      assertFalse(stored.isBefore(before), stored + " is before " + before);
      assertFalse(stored.isAfter(after), stored + " is after " + after);
      assertEquals(stored, service.findEvenIfDiscarded(memo.getId()).orElseThrow().getDeletedAt());
      assertTrue(service.find(memo.getId()).isEmpty());

      assertTrue(service.recoverById(memo.getId()));
      assertNull(db.timestamp("memos", "deleted_at", memo.getId()));
      assertTrue(service.find(memo.getId()).isPresent());
    }
  }

  /**
   * Spring Boot registers {@code PersistenceExceptionTranslationPostProcessor} (spring-tx) in every
   * application with JDBC on the classpath: it wraps each {@code @Repository} bean in a proxy, a
   * CGLIB subclass when the bean implements no interface. This post-processor does exactly that
   * (same base class, an advisor on {@code @Repository} classes) without needing spring-tx, and
   * counts the calls that go through the proxy.
   */
  @Test
  void theRepositoryCanBeProxiedLikeSpringBootsExceptionTranslationDoes() {
    AtomicInteger intercepted = new AtomicInteger();
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean("repositoryProxying", RepositoryProxying.class, () -> new RepositoryProxying(intercepted));
    context.registerBean("dataSource", DataSource.class, db::dataSource);
    context.scan(MemoService.class.getPackageName());
    try (context) {
      context.refresh();
      MemoService service = context.getBean(MemoService.class);
      assertTrue(AopUtils.isAopProxy(service.dao()));
      Memo memo = service.write("proxied");
      assertTrue(service.discard(memo));
      assertNotNull(db.timestamp("memos", "deleted_at", memo.getId()));
      assertTrue(service.recover(memo));
      assertNull(db.timestamp("memos", "deleted_at", memo.getId()));
      assertEquals(3, intercepted.get(), "create, destroy and restore went through the proxy");
    }
  }

  /** What {@code PersistenceExceptionTranslationPostProcessor} does, with a counting advice. */
  static final class RepositoryProxying extends AbstractBeanFactoryAwareAdvisingPostProcessor {

    private static final long serialVersionUID = 1L;

    RepositoryProxying(AtomicInteger intercepted) {
      MethodInterceptor counting = invocation -> {
        intercepted.incrementAndGet();
        return invocation.proceed();
      };
      this.advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Repository.class, true), counting);
      setProxyTargetClass(true);
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
