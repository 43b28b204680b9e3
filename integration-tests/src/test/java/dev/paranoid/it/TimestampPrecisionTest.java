package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.ColumnDefinition;
import dev.paranoid.runtime.schema.Schema;
import dev.paranoid.runtime.schema.TableDefinition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Zone-less columns with millisecond precision: {@code @Column(columnDefinition = "TIMESTAMP(3)")}
 * on H2 and PostgreSQL, {@code DATETIME(3)} on MariaDB. A {@code columnDefinition} cannot differ
 * per database, so on MariaDB the test rewrites the definition in
 * {@link CoarseMomentParanoidDao#TABLE_DEFINITION} before creating the table with the schema
 * helper. Each database cuts the extra digits its own way: PostgreSQL and H2 round (half up),
 * MariaDB truncates (unless its sql_mode has TIME_ROUND_FRACTIONAL). The DAO reads back exactly
 * what is stored, as UTC wall-clock time.
 */
class TimestampPrecisionTest extends DatabaseTestBase {

  private static final Set<String> TIME_COLUMNS = Set.of("seen_at", "local_at", "deleted_at");

  private CoarseMomentParanoidDao moments;
  private boolean mariaRounds;

  @BeforeEach
  void createTable() {
    Dialect dialect = TestDatabase.configuredDialect();
    String millis = dialect == Dialect.MARIADB ? "DATETIME(3)" : "TIMESTAMP(3)";
    TableDefinition generated = CoarseMomentParanoidDao.TABLE_DEFINITION;
    List<ColumnDefinition> columns = generated.columns().stream()
        .map(c -> TIME_COLUMNS.contains(c.name()) && !millis.equals(c.definition())
            ? new ColumnDefinition(c.name(), c.type(), c.nullable(), c.length(), c.precision(),
                c.scale(), millis)
            : c)
        .toList();
    TableDefinition coarse = new TableDefinition(generated.name(), generated.key(),
        generated.identity(), columns, generated.deletedColumn(), generated.foreignKeys(),
        generated.uniqueKeys());
    assertTrue(Schema.ddl(dialect, coarse).get(0).contains("seen_at " + millis));
    Schema.create(db.dataSource(), coarse);
    moments = new CoarseMomentParanoidDao(db.dataSource(), clock);
    mariaRounds = dialect == Dialect.MARIADB && db.single(String.class, "SELECT @@sql_mode")
        .toUpperCase(java.util.Locale.ROOT).contains("TIME_ROUND_FRACTIONAL");
  }

  /** What a millisecond column keeps of {@code value} on this database. */
  private Instant storedMillis(Instant value) {
    Instant truncated = value.truncatedTo(ChronoUnit.MILLIS);
    boolean rounds = TestDatabase.configuredDialect() != Dialect.MARIADB || mariaRounds;
    return rounds && value.getNano() % 1_000_000 >= 500_000
        ? truncated.plus(1, ChronoUnit.MILLIS) : truncated;
  }

  private static LocalDateTime wallClock(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Test
  void valuesAreCutToMillisecondsAsTheDatabaseDoes() {
    List<Instant> values = List.of(
        Instant.parse("2024-06-01T12:34:56.123Z"),
        Instant.parse("2024-03-10T02:30:00.123789Z"),       // in the JVM zone's DST gap
        Instant.parse("2024-03-10T02:30:00.123499Z"),
        Instant.parse("2024-12-31T23:59:59.999999Z"));      // rounding carries into 2025
    for (Instant value : values) {
      CoarseMoment created = moments.create(new CoarseMoment(value, wallClock(value)));
      Instant expected = storedMillis(value);

      assertEquals(wallClock(expected), db.timestamp("coarse_moments", "seen_at", created.id),
          "stored for " + value);
      assertEquals(wallClock(expected),
          ZoneLessTimeTest.databaseText(db, "coarse_moments", "seen_at", created.id));
      assertEquals(wallClock(expected), db.timestamp("coarse_moments", "local_at", created.id),
          "stored for " + value);
      CoarseMoment found = moments.findByPk(created.id).orElseThrow();
      assertEquals(expected, found.seenAt, "read for " + value);
      assertEquals(wallClock(expected), found.localAt, "read for " + value);
    }
  }

  @Test
  void softDestroyStoresTheClockAtTheColumnsPrecision() {
    CoarseMoment moment = moments.create(new CoarseMoment(null, null));
    clock.set(Instant.parse("2024-03-10T02:30:00.987654321Z"));

    assertTrue(moments.destroy(moment));

    Instant stored = storedMillis(Instant.parse("2024-03-10T02:30:00.987654Z"));
    assertEquals(wallClock(stored), deletedAtOf("coarse_moments", moment.id));
    assertEquals(stored, moments.findByPk(moment.id, true).orElseThrow().deletedAt);
    assertEquals(1, moments.query().onlyDeleted().count());
    assertTrue(moments.restore(moment));
    assertEquals(1, moments.count());
  }

  /**
   * The contract: destroy "sets the entity's deletedAt to the stored value", also when the
   * deletion column (declared with a columnDefinition) is coarser than the clock's microseconds.
   */
  @Test
  void softDestroySetsTheEntityToTheStoredValue() {
    CoarseMoment moment = moments.create(new CoarseMoment(null, null));
    clock.set(Instant.parse("2024-03-10T02:30:00.987654321Z"));

    assertTrue(moments.destroy(moment));

    assertEquals(moments.findByPk(moment.id, true).orElseThrow().deletedAt, moment.deletedAt);
  }
}
