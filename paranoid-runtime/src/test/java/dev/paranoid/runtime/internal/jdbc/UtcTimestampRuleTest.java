package dev.paranoid.runtime.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.testing.H2;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A zone-less TIMESTAMP column holds UTC wall-clock time whatever the JVM's default zone. The
 * default zone here is America/St_Johns (UTC-03:30, -02:30 in summer), whose spring-forward gap
 * on 2024-03-10 02:00-03:00 also makes some UTC wall-clock times impossible local times.
 */
class UtcTimestampRuleTest {

  private TimeZone originalDefault;
  private DataSource dataSource;

  @BeforeEach
  void setUp() {
    originalDefault = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
    dataSource = H2.newDatabase(getClass().getSimpleName());
  }

  @AfterEach
  void tearDown() {
    try {
      H2.shutdown(dataSource);
    } finally {
      TimeZone.setDefault(originalDefault);
    }
  }

  @Test
  void theTestReallyRunsInANonUtcZone() {
    assertEquals("America/St_Johns", TimeZone.getDefault().getID());
  }

  @Test
  void anInstantIsStoredAsUtcWallClockTime() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6)");
    Instant instant = Instant.parse("2024-07-01T12:34:56.123456Z");
    int id = column.write(JdbcTypes.INSTANT, instant);

    assertEquals("2024-07-01 12:34:56.123456", column.text(id));
    assertEquals(LocalDateTime.of(2024, 7, 1, 12, 34, 56, 123_456_000),
        column.readWith(id, row -> row.resultSet().getObject(1, LocalDateTime.class)));
    assertEquals(instant, column.read(JdbcTypes.INSTANT, id));
  }

  @Test
  void anInstantThatIsALocalGapTimeRoundTrips() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6)");
    Instant instant = Instant.parse("2024-03-10T02:30:00.000001Z");
    int id = column.write(JdbcTypes.INSTANT, instant);

    assertEquals("2024-03-10 02:30:00.000001", column.text(id));
    assertEquals(instant, column.read(JdbcTypes.INSTANT, id));
    assertEquals(1, column.countEqualTo(JdbcTypes.INSTANT, instant));
  }

  @Test
  void anOffsetDateTimeIsStoredAsUtcWallClockTime() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6)");
    OffsetDateTime value = OffsetDateTime.parse("2024-07-01T10:04:56.123456-02:30");
    int id = column.write(JdbcTypes.OFFSET_DATE_TIME, value);

    assertEquals("2024-07-01 12:34:56.123456", column.text(id));
    assertEquals(value.toInstant(), column.read(JdbcTypes.OFFSET_DATE_TIME, id).toInstant());
  }

  @Test
  void aLocalDateTimeIsStoredUnchanged() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6)");
    LocalDateTime value = LocalDateTime.of(2024, 3, 10, 2, 30, 0, 1_000);
    int id = column.write(JdbcTypes.LOCAL_DATE_TIME, value);

    assertEquals("2024-03-10 02:30:00.000001", column.text(id));
    assertEquals(value, column.read(JdbcTypes.LOCAL_DATE_TIME, id));
  }

  @Test
  void zonedColumnsStoreUtcAndReadBackTheSameInstant() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6) WITH TIME ZONE");
    Instant instant = Instant.parse("2024-03-10T02:30:00.000001Z");
    int id = column.write(JdbcTypes.INSTANT_WITH_TIME_ZONE, instant);
    assertEquals("2024-03-10 02:30:00.000001+00", column.text(id));
    assertEquals(instant, column.read(JdbcTypes.INSTANT_WITH_TIME_ZONE, id));

    OffsetDateTime value = OffsetDateTime.parse("2024-07-01T10:04:56.123456-02:30");
    int other = column.write(JdbcTypes.OFFSET_DATE_TIME_WITH_TIME_ZONE, value);
    assertEquals("2024-07-01 12:34:56.123456+00", column.text(other));
    assertEquals(value.withOffsetSameInstant(ZoneOffset.UTC),
        column.read(JdbcTypes.OFFSET_DATE_TIME_WITH_TIME_ZONE, other));
  }

  @Test
  void microsecondsAreKeptAcrossManyInstants() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6)");
    Instant start = Instant.parse("2024-03-09T23:59:59.999999Z");
    for (int step = 0; step < 50; step++) {
      Instant instant = start.plusSeconds(step * 1234L).plusNanos(step * 1_001_000L);
      assertEquals(instant, column.roundTrip(JdbcTypes.INSTANT, instant), instant.toString());
    }
  }

  /** A table made by hand may declare either kind, whatever the field's mapping says. */
  @Test
  void zoneLessTypesOnAZonedColumnStoreTheInstant() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6) WITH TIME ZONE");
    Instant instant = Instant.parse("2024-03-10T03:05:00.123456Z");

    int id = column.write(JdbcTypes.INSTANT, instant);
    assertEquals(instant, column.readWith(id,
        row -> row.resultSet().getObject(1, OffsetDateTime.class).toInstant()));
    assertEquals(instant, column.read(JdbcTypes.INSTANT, id));
    assertEquals(1, column.countEqualTo(JdbcTypes.INSTANT, instant));
    LocalDateTime wallClock = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    assertEquals(wallClock, column.read(JdbcTypes.LOCAL_DATE_TIME,
        column.write(JdbcTypes.LOCAL_DATE_TIME, wallClock)));
    assertEquals(2, column.countEqualTo(JdbcTypes.LOCAL_DATE_TIME, wallClock),
        "both rows hold the instant");
  }

  @Test
  void zonedTypesOnAZoneLessColumnStoreUtcWallClockTime() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6)");
    Instant instant = Instant.parse("2024-03-10T02:30:00.654321Z");

    int id = column.write(JdbcTypes.INSTANT_WITH_TIME_ZONE, instant);
    assertEquals("2024-03-10 02:30:00.654321", column.text(id));
    assertEquals(instant, column.read(JdbcTypes.INSTANT_WITH_TIME_ZONE, id));
    assertEquals(1, column.countEqualTo(JdbcTypes.INSTANT_WITH_TIME_ZONE, instant));
  }

  @Test
  void valuesBeforeTheGregorianReformRoundTrip() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6)");
    for (String text : new String[] {"1582-10-10T12:00:00Z", "0001-01-01T00:00:00Z"}) {
      Instant instant = Instant.parse(text);
      int id = column.write(JdbcTypes.INSTANT, instant);
      assertEquals(text.replace('T', ' ').replace("Z", ""), column.text(id));
      assertEquals(instant, column.read(JdbcTypes.INSTANT, id));
    }
  }
}
