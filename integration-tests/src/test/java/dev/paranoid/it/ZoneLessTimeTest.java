package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Moment;
import dev.paranoid.it.model.MomentParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Instant}, {@link OffsetDateTime} and {@link LocalDateTime} fields on zone-less columns
 * ({@code TIMESTAMP(6)}; MariaDB {@code DATETIME(6)}) under the non-UTC JVM zone
 * America/St_Johns (-03:30, DST): the column holds the UTC wall-clock time, values round-trip to
 * the microsecond, including wall-clock times that do not exist (the DST gap, 02:00-03:00 on
 * 2024-03-10) or exist twice (01:00-02:00 on 2024-11-03) in the JVM's zone. Raw checks read the
 * stored wall-clock time through {@link TestDatabase}, independently of the DAO.
 */
class ZoneLessTimeTest extends DatabaseTestBase {

  /** Its UTC wall-clock time, 02:30 on 2024-03-10, does not exist in America/St_Johns. */
  private static final Instant IN_GAP = Instant.parse("2024-03-10T02:30:00.000001Z");
  /** Its UTC wall-clock time, 01:30 on 2024-11-03, happens twice in America/St_Johns. */
  private static final Instant IN_OVERLAP = Instant.parse("2024-11-03T01:30:00.654321Z");
  private static final Instant BEFORE_EPOCH = Instant.parse("1969-12-31T23:59:59.999999Z");
  /** St. John's used local mean time (-03:30:52) then: a conversion through the zone shows. */
  private static final Instant LONG_AGO = Instant.parse("1900-01-01T00:00:00.000001Z");
  private static final Instant FAR = Instant.parse("9999-12-31T23:59:59.999999Z");

  private MomentParanoidDao moments;

  @BeforeEach
  void createTable() {
    assertEquals(ZoneId.of("America/St_Johns"), TimeZone.getDefault().toZoneId(),
        "surefire runs these tests in a non-UTC zone");
    Schema.create(db.dataSource(), MomentParanoidDao.TABLE_DEFINITION);
    moments = new MomentParanoidDao(db.dataSource(), clock);
  }

  private static LocalDateTime wallClock(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private Moment store(String label, Instant instant) {
    return moments.create(new Moment(label, instant, instant.atOffset(ZoneOffset.ofHoursMinutes(-2, -30)),
        wallClock(instant)));
  }

  private Map<String, Object> raw(Moment moment) {
    return db.row("SELECT instant_at, offset_at, local_at, deleted_at FROM moments WHERE id = ?",
        moment.getId());
  }

  private void assertRoundTrip(Instant value) {
    Moment created = store(value.toString(), value);

    Map<String, Object> row = raw(created);
    assertEquals(wallClock(value), databaseText(db, "moments", "instant_at", created.getId()),
        "the database's own rendering of " + value);
    assertEquals(wallClock(value), databaseText(db, "moments", "offset_at", created.getId()));
    assertEquals(wallClock(value), databaseText(db, "moments", "local_at", created.getId()));
    assertEquals(wallClock(value), row.get("instant_at"), "stored UTC wall-clock of " + value);
    assertEquals(wallClock(value), row.get("offset_at"), "stored UTC wall-clock of " + value);
    assertEquals(wallClock(value), row.get("local_at"), "stored as given: " + value);

    Moment found = moments.findByPk(created.getId()).orElseThrow();
    assertEquals(value, found.getInstantAt());
    assertEquals(value.atOffset(ZoneOffset.UTC), found.getOffsetAt());
    assertTrue(found.getOffsetAt().isEqual(created.getOffsetAt()));
    assertEquals(wallClock(value), found.getLocalAt());
  }

  @Test
  void microsecondsRoundTripExactly() {
    assertRoundTrip(Instant.parse("2024-06-01T12:34:56.123456Z"));
    assertRoundTrip(Instant.parse("2024-06-01T12:34:56Z"));
    assertRoundTrip(Instant.parse("2024-06-01T12:34:56.000001Z"));
  }

  @Test
  void wallClockTimesInTheJvmZonesDstGapRoundTrip() {
    assertRoundTrip(IN_GAP);
    assertRoundTrip(Instant.parse("2024-03-10T02:00:00Z"));
    assertRoundTrip(Instant.parse("2024-03-10T02:59:59.999999Z"));
  }

  @Test
  void wallClockTimesInTheJvmZonesDstOverlapRoundTrip() {
    assertRoundTrip(IN_OVERLAP);
  }

  @Test
  void historicAndExtremeTimesRoundTrip() {
    assertRoundTrip(BEFORE_EPOCH);
    assertRoundTrip(LONG_AGO);
    assertRoundTrip(FAR);
  }

  @Test
  void anOffsetDateTimeIsStoredAsItsUtcWallClockTime() {
    OffsetDateTime newfoundland = OffsetDateTime.parse("2024-03-09T23:00:00.250001-03:30");
    OffsetDateTime india = OffsetDateTime.parse("2024-03-10T08:00:00.250001+05:30");
    Moment moment = moments.create(new Moment("offset", null, newfoundland, null));

    assertEquals(LocalDateTime.parse("2024-03-10T02:30:00.250001"), raw(moment).get("offset_at"));
    assertNull(raw(moment).get("instant_at"));
    Moment found = moments.findByPk(moment.getId()).orElseThrow();
    assertEquals(OffsetDateTime.parse("2024-03-10T02:30:00.250001Z"), found.getOffsetAt());
    assertNull(found.getInstantAt());
    assertNull(found.getLocalAt());

    // conditions compare instants: the same instant at another offset finds the row
    assertEquals(List.of(moment.getId()),
        map(moments.findAll(MomentParanoidDao.OFFSET_AT.eq(india)), Moment::getId));
    assertEquals(0, moments.count(MomentParanoidDao.OFFSET_AT.gt(india)));
    assertEquals(1, moments.count(MomentParanoidDao.OFFSET_AT.gte(india)));
  }

  @Test
  void conditionsOnZoneLessColumnsUseUtc() {
    Moment gap = store("gap", IN_GAP);
    Moment overlap = store("overlap", IN_OVERLAP);
    store("old", LONG_AGO);

    assertEquals(List.of(gap.getId()),
        map(moments.findAll(MomentParanoidDao.INSTANT_AT.eq(IN_GAP)), Moment::getId));
    assertEquals(List.of(gap.getId()), map(moments.findAll(
        MomentParanoidDao.LOCAL_AT.eq(LocalDateTime.parse("2024-03-10T02:30:00.000001"))), Moment::getId));
    assertEquals(List.of(gap.getId(), overlap.getId()), map(moments.query()
        .where(MomentParanoidDao.INSTANT_AT.between(
            Instant.parse("2024-03-10T02:30:00Z"), Instant.parse("2024-11-03T01:30:00.654321Z")))
        .orderBy(MomentParanoidDao.INSTANT_AT.asc()).list(), Moment::getId));
    assertEquals(List.of(overlap.getId()), map(moments.findAll(
        MomentParanoidDao.INSTANT_AT.gt(IN_GAP)), Moment::getId));
    assertEquals(2, moments.count(MomentParanoidDao.LOCAL_AT.lt(wallClock(IN_OVERLAP))));
  }

  @Test
  void aLocalDateTimeDeletionColumnHoldsTheUtcTime() {
    Moment moment = store("doomed", IN_GAP);

    assertTrue(moments.destroy(moment));

    assertEquals(utc(T0), moment.getDeletedAt());
    assertEquals(utc(T0), deletedAtOf("moments", moment.getId()));
    assertEquals(utc(T0), databaseText(db, "moments", "deleted_at", moment.getId()));
    assertEquals(utc(T0), moments.findByPk(moment.getId(), true).orElseThrow().getDeletedAt());
    assertEquals(1, moments.query().onlyDeleted()
        .where(MomentParanoidDao.DELETED_AT.eq(utc(T0))).count());
    assertTrue(moments.restore(moment));
    assertNull(deletedAtOf("moments", moment.getId()));
  }

  /**
   * A value with nanoseconds is cut to the column's microseconds the way each database (and its
   * driver) does it: pgjdbc and H2 round half up; MariaDB Connector/J sends microseconds only, so
   * the digits beyond are dropped. The entity read back holds exactly what is stored.
   */
  @Test
  void nanosecondsAreCutAsTheDatabaseDoes() {
    List<Instant> values = List.of(
        Instant.parse("2024-03-10T02:30:00.123456789Z"),
        Instant.parse("2024-03-10T02:30:00.123456499Z"),
        Instant.parse("2024-12-31T23:59:59.999999500Z"));
    for (Instant value : values) {
      Moment created = store("nanos", value);
      Instant expected = storedMicros(value);

      Map<String, Object> row = raw(created);
      assertEquals(wallClock(expected), databaseText(db, "moments", "instant_at", created.getId()),
          "the database's own rendering for " + value);
      assertEquals(wallClock(expected), databaseText(db, "moments", "local_at", created.getId()));
      assertEquals(wallClock(expected), row.get("instant_at"), "stored for " + value);
      assertEquals(wallClock(expected), row.get("offset_at"), "stored for " + value);
      assertEquals(wallClock(expected), row.get("local_at"), "stored for " + value);
      Moment found = moments.findByPk(created.getId()).orElseThrow();
      assertEquals(expected, found.getInstantAt());
      assertEquals(expected.atOffset(ZoneOffset.UTC), found.getOffsetAt());
      assertEquals(wallClock(expected), found.getLocalAt());
    }
  }

  /** What a TIMESTAMP(6)/DATETIME(6) column keeps of a value with nanoseconds, per database. */
  static Instant storedMicros(Instant value) {
    Instant truncated = value.truncatedTo(ChronoUnit.MICROS);
    if (TestDatabase.configuredDialect() == Dialect.MARIADB) {
      return truncated;
    }
    return value.getNano() % 1_000 >= 500 ? truncated.plus(1, ChronoUnit.MICROS) : truncated;
  }

  /**
   * A zone-less column as the database itself renders it as text ({@code CAST(.. AS VARCHAR)}),
   * so no driver time conversion is involved: the stored wall-clock time.
   */
  static LocalDateTime databaseText(TestDatabase db, String table, String column, Object id) {
    String text = db.dialect() == Dialect.MARIADB ? "CHAR" : "VARCHAR";
    String value = db.single(String.class,
        "SELECT CAST(" + column + " AS " + text + ") FROM " + table + " WHERE id = ?", id);
    return value == null ? null : LocalDateTime.parse(value.trim().replace(' ', 'T'));
  }
}
