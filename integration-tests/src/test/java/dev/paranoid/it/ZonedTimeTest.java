package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.ZonedMoment;
import dev.paranoid.it.model.ZonedMomentParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Instant} and {@link OffsetDateTime} on {@code TIMESTAMP(6) WITH TIME ZONE} columns (the
 * deletion column too), which hold the instant, under the non-UTC JVM zone.
 *
 * <p>Skipped on MariaDB: it has no zoned timestamp type, and a {@code columnDefinition} is an
 * annotation constant, used verbatim by the schema helper, so it cannot differ per database. The
 * zone-less {@link ZoneLessTimeTest} covers MariaDB.
 */
class ZonedTimeTest extends DatabaseTestBase {

  private ZonedMomentParanoidDao moments;

  @BeforeEach
  void createTable() {
    Assumptions.assumeFalse(TestDatabase.configuredDialect() == Dialect.MARIADB,
        "MariaDB has no zoned type: its DATETIME(6) columns are covered by ZonedOnMariaDbTest");
    Schema.create(db.dataSource(), ZonedMomentParanoidDao.TABLE_DEFINITION);
    moments = new ZonedMomentParanoidDao(db.dataSource(), clock);
  }

  /** The stored value of a zoned column, read with the driver's OffsetDateTime mapping. */
  private OffsetDateTime stored(String column, Long id) {
    return db.value(OffsetDateTime.class, "zoned_moments", column, id);
  }

  /** The stored instant as the database computes it: seconds since the epoch, with micros. */
  private BigDecimal epoch(String column, Long id) {
    return db.single(BigDecimal.class,
        "SELECT EXTRACT(EPOCH FROM " + column + ") FROM zoned_moments WHERE id = ?", id);
  }

  private static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
  }

  private void assertRoundTrip(Instant value, OffsetDateTime offset) {
    ZonedMoment created = moments.create(new ZonedMoment("m", value, offset));

    assertEquals(value, stored("instant_at", created.getId()).toInstant());
    assertEquals(offset.toInstant(), stored("offset_at", created.getId()).toInstant());
    assertEquals(0, epochSeconds(value).compareTo(epoch("instant_at", created.getId())), "for " + value);
    assertEquals(0, epochSeconds(offset.toInstant()).compareTo(epoch("offset_at", created.getId())));
    ZonedMoment found = moments.findByPk(created.getId()).orElseThrow();
    assertEquals(value, found.getInstantAt());
    assertEquals(offset.withOffsetSameInstant(ZoneOffset.UTC), found.getOffsetAt());
  }

  @Test
  void microsecondsRoundTripExactly() {
    assertRoundTrip(Instant.parse("2024-06-01T12:34:56.123456Z"),
        OffsetDateTime.parse("2024-06-01T12:34:56.654321+05:45"));
    assertRoundTrip(Instant.parse("1969-12-31T23:59:59.999999Z"),
        OffsetDateTime.parse("1900-01-01T00:00:00.000001-03:30"));
  }

  @Test
  void timesInTheJvmZonesDstGapAndOverlapRoundTrip() {
    assertRoundTrip(Instant.parse("2024-03-10T02:30:00.000001Z"),
        OffsetDateTime.parse("2024-03-10T02:30:00.999999Z"));
    assertRoundTrip(Instant.parse("2024-11-03T01:30:00.654321Z"),
        OffsetDateTime.parse("2024-11-03T01:30:00.5-02:30"));
    assertRoundTrip(Instant.parse("2024-11-03T04:30:00.654321Z"),
        OffsetDateTime.parse("2024-11-03T01:30:00.5-03:30"));
  }

  @Test
  void nanosecondsAreCutAsTheDatabaseDoes() {
    for (Instant value : List.of(Instant.parse("2024-03-10T02:30:00.123456789Z"),
        Instant.parse("2024-03-10T02:30:00.123456499Z"),
        Instant.parse("2024-12-31T23:59:59.999999500Z"))) {
      Instant expected = ZoneLessTimeTest.storedMicros(value);
      ZonedMoment created = moments.create(new ZonedMoment("nanos", value, value.atOffset(ZoneOffset.UTC)));
      assertEquals(expected, stored("instant_at", created.getId()).toInstant(), "for " + value);
      assertEquals(0, epochSeconds(expected).compareTo(epoch("instant_at", created.getId())));
      assertEquals(expected, stored("offset_at", created.getId()).toInstant(), "for " + value);
      ZonedMoment found = moments.findByPk(created.getId()).orElseThrow();
      assertEquals(expected, found.getInstantAt());
      assertEquals(expected.atOffset(ZoneOffset.UTC), found.getOffsetAt());
    }
  }

  @Test
  void conditionsCompareInstants() {
    ZonedMoment gap = moments.create(new ZonedMoment("gap",
        Instant.parse("2024-03-10T02:30:00Z"), OffsetDateTime.parse("2024-03-09T23:00:00-03:30")));
    assertEquals(List.of(gap.getId()), map(moments.findAll(ZonedMomentParanoidDao.OFFSET_AT.eq(
        OffsetDateTime.parse("2024-03-10T08:00:00+05:30"))), ZonedMoment::getId));
    assertEquals(List.of(gap.getId()), map(moments.findAll(ZonedMomentParanoidDao.INSTANT_AT.eq(
        Instant.parse("2024-03-10T02:30:00Z"))), ZonedMoment::getId));
    assertEquals(0, moments.count(ZonedMomentParanoidDao.INSTANT_AT.gt(
        Instant.parse("2024-03-10T02:30:00Z"))));
  }

  @Test
  void aZonedDeletionColumnHoldsTheInstant() {
    ZonedMoment moment = moments.create(new ZonedMoment("doomed", null, null));

    assertTrue(moments.destroy(moment));

    assertEquals(micros(T0), moment.getDeletedAt());
    assertEquals(micros(T0), stored("deleted_at", moment.getId()).toInstant());
    assertEquals(micros(T0), moments.findByPk(moment.getId(), true).orElseThrow().getDeletedAt());
    assertTrue(moments.findByPk(moment.getId()).isEmpty());
    assertEquals(1, moments.query().onlyDeleted()
        .where(ZonedMomentParanoidDao.DELETED_AT.eq(micros(T0))).count());
    assertTrue(moments.restore(moment));
    assertNull(stored("deleted_at", moment.getId()));
  }
}
