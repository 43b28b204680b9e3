package dev.paranoid.it.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.ConfigurationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code jakarta} component model under Guice 7 (which speaks {@code jakarta.inject}): a module
 * binds only the {@code DataSource}; Guice builds the generated {@code @Singleton}
 * {@link InvoiceParanoidDao} through its {@code @Inject} constructor (timestamps from the system
 * UTC clock) and injects it into {@link InvoiceService}, which soft-deletes and restores.
 *
 * <p>The DataSource is the suite's {@link TestDatabase}: H2, PostgreSQL or MariaDB, as configured.
 */
class GuiceComponentModelTest {

  private TestDatabase db;
  private Injector injector;

  @BeforeEach
  void openDatabase() {
    db = TestDatabase.empty();
    Schema.create(db.dataSource(), InvoiceParanoidDao.TABLE_DEFINITION);
    DataSource dataSource = db.dataSource();
    injector = Guice.createInjector(new AbstractModule() {
      @Override
      protected void configure() {
        bind(DataSource.class).toInstance(dataSource);
      }
    });
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void theDaoIsASingletonSharedByEveryService() {
    InvoiceService first = injector.getInstance(InvoiceService.class);
    InvoiceService second = injector.getInstance(InvoiceService.class);
    assertNotSame(first, second, "the service is not a singleton");
    assertSame(first.dao(), second.dao(), "@Singleton on the generated DAO");
    assertSame(first.dao(), injector.getInstance(InvoiceParanoidDao.class));
  }

  @Test
  void softDeleteAndRestoreThroughTheInjectedDao() {
    InvoiceService service = injector.getInstance(InvoiceService.class);
    Invoice kept = service.issue("ACME");
    Invoice invoice = service.issue("Globex");
    assertNotNull(invoice.id);
    assertEquals(2, service.open());

    Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
    assertTrue(service.cancel(invoice));
    Instant after = Instant.now();

    Instant stored = db.timestamp("invoices", "deleted_at", invoice.id).toInstant(ZoneOffset.UTC);
    assertFalse(stored.isBefore(before), "the system clock: " + stored + " is before " + before);
    assertFalse(stored.isAfter(after), "the system clock: " + stored + " is after " + after);
    assertEquals(stored, invoice.deletedAt);
    assertEquals(2, db.countRows("invoices"), "soft: the row stays");
    assertEquals(1, service.open());
    assertTrue(service.find(invoice.id).isEmpty());
    assertTrue(service.find(kept.id).isPresent());
    assertNull(db.timestamp("invoices", "deleted_at", kept.id));

    assertTrue(service.reinstate(invoice));
    assertNull(invoice.deletedAt);
    assertNull(db.timestamp("invoices", "deleted_at", invoice.id));
    assertEquals("Globex", service.find(invoice.id).orElseThrow().customer);
    assertEquals(2, service.open());
    LocalDateTime created = db.timestamp("invoices", "created_at", invoice.id);
    assertEquals(created, db.timestamp("invoices", "updated_at", invoice.id),
        "soft delete and restore leave updatedAt alone");
  }

  @Test
  void theInjectConstructorAsksForTheDataSource() {
    Injector withoutDataSource = Guice.createInjector();
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> withoutDataSource.getInstance(InvoiceParanoidDao.class));
    assertTrue(e.getMessage().contains("javax.sql.DataSource"), e.getMessage());
  }
}
