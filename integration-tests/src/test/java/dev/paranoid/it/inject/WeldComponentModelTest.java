package dev.paranoid.it.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Auditor;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.schema.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.proxy.WeldClientProxy;
import org.junit.jupiter.api.Test;

/**
 * The {@code cdi} component model in a real CDI 4.1 container, Weld SE: a synthetic bean archive
 * (discovery off, the bean classes listed) holds the generated {@code @ApplicationScoped}
 * {@link FolioParanoidDao}, the {@link FolioService} it is injected into, and producers for the
 * {@code DataSource} and, in some tests, a {@code Clock} and an {@code Auditor<String>}. Weld
 * calls the DAO's {@code @Inject (DataSource, Instance<Clock>, Instance<Auditor<?>>)} constructor,
 * which takes the Clock and Auditor beans when they are resolvable.
 *
 * <p>Relaxed construction, on by default in Weld SE, is turned off: Weld then builds its client
 * proxies through the class's no-argument constructor, as the CDI specification has it, so the
 * DAO's protected constructor is what every proxy runs.
 *
 * <p>The DataSource is the suite's {@link TestDatabase} (H2, PostgreSQL or MariaDB, as configured),
 * produced by {@link Database}, which creates the {@code folios} table and closes the database
 * when the container shuts down.
 */
class WeldComponentModelTest {

  /** Has nanoseconds: the DAO stores microseconds. */
  private static final Instant NOW = Instant.parse("2024-03-10T02:30:00.123456789Z");

  /**
   * A container holding the DAO, the service and the database, plus {@code beans}. The database is
   * created at once, so that a database that cannot be set up fails the test before it starts.
   */
  private static WeldContainer container(Class<?>... beans) {
    WeldContainer container = new Weld()
        .disableDiscovery()
        .addBeanClasses(FolioParanoidDao.class, FolioService.class, Database.class)
        .addBeanClasses(beans)
        .property("org.jboss.weld.construction.relaxed", false)
        .initialize();
    try {
      container.select(TestDatabase.class).get();
      return container;
    } catch (RuntimeException | Error e) {
      container.close();
      throw e;
    }
  }

  private static TestDatabase database(WeldContainer container) {
    return container.select(TestDatabase.class).get();
  }

  @Test
  void weldInjectsTheApplicationScopedDaoThroughItsInjectConstructor() {
    try (WeldContainer container = container()) {
      BeanManager beans = container.getBeanManager();
      Bean<?> bean = beans.resolve(beans.getBeans(FolioParanoidDao.class));
      assertEquals(FolioParanoidDao.class, bean.getBeanClass());
      assertEquals(ApplicationScoped.class, bean.getScope());
      assertTrue(beans.isNormalScope(bean.getScope()));
      List<String> constructorParameters = bean.getInjectionPoints().stream()
          .sorted(Comparator.comparingInt(
              point -> ((AnnotatedParameter<?>) point.getAnnotated()).getPosition()))
          .map(InjectionPoint::getType)
          .map(type -> type.getTypeName().replaceAll("[a-z.]+\\.", ""))
          .toList();
      assertEquals(List.of("DataSource", "Instance<Clock>", "Instance<Auditor<?>>"),
          constructorParameters, "the @Inject constructor, the only injection points");

      FolioService service = container.select(FolioService.class).get();
      FolioParanoidDao injected = service.dao();
      assertNotSame(FolioParanoidDao.class, injected.getClass(), "a client proxy, a subclass of the DAO");
      Object behind = assertInstanceOf(WeldClientProxy.class, injected).getMetadata().getContextualInstance();
      assertSame(FolioParanoidDao.class, behind.getClass());

      FolioParanoidDao lookedUp = container.select(FolioParanoidDao.class).get();
      assertSame(behind, ((WeldClientProxy) lookedUp).getMetadata().getContextualInstance(),
          "one DAO instance for the application behind every proxy");
      assertSame(service.dao(), container.select(FolioService.class).get().dao());

      Folio folio = service.file("charter");
      assertNotNull(folio.id);
      assertEquals(1, service.live());
      assertEquals(1, lookedUp.count(), "the same table through the other proxy");
      assertTrue(database(container).exists("folios", folio.id));
    }
  }

  @Test
  void aClockBeanStampsTheSoftDeleteAndRestoreClearsIt() {
    try (WeldContainer container = container(FixedClock.class)) {
      TestDatabase db = database(container);
      FolioService service = container.select(FolioService.class).get();
      Instant stamp = NOW.truncatedTo(ChronoUnit.MICROS);

      Folio folio = service.file("minutes");
      assertNotNull(folio.id);
      assertEquals(stamp, folio.createdAt, "createdAt from the Clock bean");
      assertEquals(utc(stamp), db.timestamp("folios", "created_at", folio.id));

      assertTrue(service.discard(folio));
      assertEquals(stamp, folio.deletedAt);
      assertEquals(utc(stamp), db.timestamp("folios", "deleted_at", folio.id),
          "deleted_at is the Clock bean's time, truncated to microseconds");
      assertEquals(1, db.countRows("folios"), "soft: the row stays");
      assertTrue(service.find(folio.id).isEmpty());
      assertEquals(0, service.live());
      Folio deleted = service.findEvenIfDiscarded(folio.id).orElseThrow();
      assertEquals(stamp, deleted.deletedAt);
      assertEquals("minutes", deleted.title);
      assertFalse(service.discard(folio), "already deleted");

      assertTrue(service.recover(folio));
      assertNull(folio.deletedAt);
      assertNull(db.timestamp("folios", "deleted_at", folio.id));
      Folio restored = service.find(folio.id).orElseThrow();
      assertEquals("minutes", restored.title);
      assertEquals(stamp, restored.updatedAt, "soft delete and restore leave updatedAt alone");
      assertFalse(service.recover(folio), "already live");
    }
  }

  @Test
  void withoutAClockBeanTheSystemClockIsUsed() {
    try (WeldContainer container = container()) {
      TestDatabase db = database(container);
      FolioService service = container.select(FolioService.class).get();
      Folio folio = service.file("ledger");

      Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
      assertTrue(service.discardById(folio.id));
      Instant after = Instant.now();

      Instant stored = db.timestamp("folios", "deleted_at", folio.id).toInstant(ZoneOffset.UTC);
      assertFalse(stored.isBefore(before), stored + " is before " + before);
      assertFalse(stored.isAfter(after), stored + " is after " + after);
      assertEquals(stored, service.findEvenIfDiscarded(folio.id).orElseThrow().deletedAt);
      assertTrue(service.find(folio.id).isEmpty());
    }
  }

  @Test
  void anAuditorBeanRecordsWhoDeletedAFolioAndRestoreClearsIt() {
    try (WeldContainer container = container(CurrentUser.class, UserAuditor.class)) {
      TestDatabase db = database(container);
      CurrentUser user = container.select(CurrentUser.class).get();
      FolioService service = container.select(FolioService.class).get();
      Folio folio = service.file("budget");

      user.signIn("alice");
      assertTrue(service.discard(folio));
      assertEquals("alice", folio.deletedBy);
      assertEquals("alice", db.value(String.class, "folios", "deleted_by", folio.id));
      assertEquals("alice", service.findEvenIfDiscarded(folio.id).orElseThrow().deletedBy);

      assertTrue(service.recover(folio));
      assertNull(folio.deletedBy);
      assertNull(db.value(String.class, "folios", "deleted_by", folio.id));
      assertNull(service.find(folio.id).orElseThrow().deletedBy);

      user.signIn("bob");
      assertTrue(service.discardById(folio.id));
      assertEquals("bob", db.value(String.class, "folios", "deleted_by", folio.id),
          "the auditor is asked at each soft destroy");

      assertTrue(service.recover(folio));
      user.signOut();
      assertTrue(service.discard(folio));
      assertNotNull(folio.deletedAt);
      assertNull(folio.deletedBy, "an auditor without an actor records NULL");
      assertNull(db.value(String.class, "folios", "deleted_by", folio.id));
    }
  }

  @Test
  void withoutAnAuditorBeanNoActorIsRecorded() {
    // the same signed-in user, but nothing produces an Auditor: Instance<Auditor<?>> is unresolvable
    try (WeldContainer container = container(CurrentUser.class)) {
      TestDatabase db = database(container);
      container.select(CurrentUser.class).get().signIn("alice");
      FolioService service = container.select(FolioService.class).get();
      Folio folio = service.file("receipts");

      assertTrue(service.discard(folio));
      assertNotNull(folio.deletedAt);
      assertNull(folio.deletedBy);
      assertNotNull(db.timestamp("folios", "deleted_at", folio.id));
      assertNull(db.value(String.class, "folios", "deleted_by", folio.id));
      assertNull(service.findEvenIfDiscarded(folio.id).orElseThrow().deletedBy);
    }
  }

  /**
   * No {@code @Transactional} (Weld SE has no transaction interceptor): a
   * {@link Transactions#run} block on the container's DataSource, around calls through the
   * service and the DAO's client proxy. The DAO joins the block's transaction because it holds the
   * very DataSource the block was given: two changes commit together, and a block that throws
   * undoes both.
   */
  @Test
  void aTransactionsBlockCommitsOrRollsBackTwoChangesTogether() {
    try (WeldContainer container = container(CurrentUser.class, UserAuditor.class)) {
      TestDatabase db = database(container);
      DataSource dataSource = container.select(DataSource.class).get();
      container.select(CurrentUser.class).get().signIn("carol");
      FolioService service = container.select(FolioService.class).get();
      Folio draft = service.file("draft");

      Folio[] filed = new Folio[1];
      Transactions.run(dataSource, () -> {
        assertTrue(service.discard(draft));
        filed[0] = service.file("final");
      });
      Folio fair = filed[0];
      assertNotNull(db.timestamp("folios", "deleted_at", draft.id), "committed");
      assertEquals("carol", db.value(String.class, "folios", "deleted_by", draft.id));
      assertTrue(db.exists("folios", fair.id), "committed");
      assertEquals("final", service.find(fair.id).orElseThrow().title);
      assertEquals(1, service.live());

      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> Transactions.run(dataSource, () -> {
            assertTrue(service.discard(fair));
            assertTrue(service.recover(draft));
            assertEquals(1, service.live(), "inside the block, its own changes are seen");
            throw new IllegalStateException("changed my mind");
          }));
      assertEquals("changed my mind", thrown.getMessage());
      assertNull(db.timestamp("folios", "deleted_at", fair.id), "rolled back: still live");
      assertNull(db.value(String.class, "folios", "deleted_by", fair.id));
      assertNotNull(db.timestamp("folios", "deleted_at", draft.id), "rolled back: still deleted");
      assertEquals("carol", db.value(String.class, "folios", "deleted_by", draft.id));
      assertNull(fair.deletedAt, "the entities get their former values back");
      assertNull(fair.deletedBy);
      assertNotNull(draft.deletedAt);
      assertEquals("carol", draft.deletedBy);
      assertEquals(1, service.live());
      assertEquals(2, db.countRows("folios"));
    }
  }

  /**
   * The application's DataSource, as a CDI application produces it: here the suite's
   * {@link TestDatabase}, with the {@code folios} table, closed when the container shuts down.
   */
  @Dependent
  static class Database {

    @Produces
    @Singleton
    TestDatabase database() {
      TestDatabase database = TestDatabase.empty();
      Schema.create(database.dataSource(), FolioParanoidDao.TABLE_DEFINITION);
      return database;
    }

    void close(@Disposes TestDatabase database) {
      database.close();
    }

    /** Application-scoped: every injection point gets the same client proxy of it. */
    @Produces
    @ApplicationScoped
    DataSource dataSource(TestDatabase database) {
      return database.dataSource();
    }
  }

  /** A fixed {@code Clock} bean. */
  @Dependent
  static class FixedClock {

    @Produces
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  /** Who is signed in: what an application's security context holds. */
  @ApplicationScoped
  public static class CurrentUser {

    private volatile String name;

    public void signIn(String user) {
      name = user;
    }

    public void signOut() {
      name = null;
    }

    public Optional<String> name() {
      return Optional.ofNullable(name);
    }
  }

  /** An {@code Auditor<String>} bean: the signed-in user's name, asked at each call. */
  @Dependent
  static class UserAuditor {

    @Produces
    Auditor<String> auditor(CurrentUser user) {
      return user::name;
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
