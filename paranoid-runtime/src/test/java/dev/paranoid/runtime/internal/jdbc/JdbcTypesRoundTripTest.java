package dev.paranoid.runtime.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.testing.H2;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every JdbcTypes constant writes and reads back its values, NULL included, on H2. */
class JdbcTypesRoundTripTest {

  private DataSource dataSource;

  @BeforeEach
  void setUp() {
    dataSource = H2.newDatabase(getClass().getSimpleName());
  }

  @AfterEach
  void tearDown() {
    H2.shutdown(dataSource);
  }

  @SafeVarargs
  private <T> void assertRoundTrips(JdbcType<T> type, String columnType, T... values) {
    ProbeColumn column = new ProbeColumn(dataSource, columnType);
    for (T value : values) {
      assertEquals(value, column.roundTrip(type, value), columnType);
      assertEquals(1, column.countEqualTo(type, value), "bound in a WHERE: " + value);
    }
    assertNull(column.roundTrip(type, null), columnType + " NULL");
  }

  @Test
  void string() {
    assertRoundTrips(JdbcTypes.STRING, "VARCHAR(100)", "alice", "", "o'brien \"quoted\" \u2603 é");
  }

  @Test
  void longIncludingZeroAndExtremes() {
    assertRoundTrips(JdbcTypes.LONG, "BIGINT", 0L, Long.MAX_VALUE, Long.MIN_VALUE);
  }

  @Test
  void intIncludingZeroAndExtremes() {
    assertRoundTrips(JdbcTypes.INT, "INTEGER", 0, Integer.MAX_VALUE, Integer.MIN_VALUE);
  }

  @Test
  void shortIncludingZeroAndExtremes() {
    assertRoundTrips(JdbcTypes.SHORT, "SMALLINT", (short) 0, Short.MAX_VALUE, Short.MIN_VALUE);
  }

  @Test
  void byteIncludingZeroAndExtremes() {
    assertRoundTrips(JdbcTypes.BYTE, "TINYINT", (byte) 0, Byte.MAX_VALUE, Byte.MIN_VALUE);
  }

  @Test
  void booleanIncludingFalse() {
    ProbeColumn column = new ProbeColumn(dataSource, "BOOLEAN");
    assertEquals(Boolean.TRUE, column.roundTrip(JdbcTypes.BOOLEAN, true));
    assertEquals(Boolean.FALSE, column.roundTrip(JdbcTypes.BOOLEAN, false));
    assertNull(column.roundTrip(JdbcTypes.BOOLEAN, null));
  }

  @Test
  void doubleIncludingZero() {
    assertRoundTrips(JdbcTypes.DOUBLE, "DOUBLE PRECISION", 0.0, 0.1, -1.5e300, Double.MIN_VALUE);
  }

  @Test
  void floatIncludingZero() {
    assertRoundTrips(JdbcTypes.FLOAT, "REAL", 0.0f, 0.1f, -3.25f, Float.MAX_VALUE);
  }

  @Test
  void character() {
    assertRoundTrips(JdbcTypes.CHAR, "CHAR(1)", 'x', 'é', '0', ' ');
  }

  @Test
  void characterInAVarcharColumn() {
    assertRoundTrips(JdbcTypes.CHAR, "VARCHAR(1)", 'x', ' ');
  }

  @Test
  void bigDecimalKeepsItsScale() {
    assertRoundTrips(JdbcTypes.BIG_DECIMAL, "DECIMAL(20, 4)",
        new BigDecimal("12345.6789"), new BigDecimal("0.0000"), new BigDecimal("-0.0001"));
  }

  @Test
  void bytes() {
    ProbeColumn column = new ProbeColumn(dataSource, "VARBINARY(16)");
    byte[] value = {0, 1, -1, 127, -128};
    assertArrayEquals(value, column.roundTrip(JdbcTypes.BYTES, value));
    assertArrayEquals(new byte[0], column.roundTrip(JdbcTypes.BYTES, new byte[0]));
    assertNull(column.roundTrip(JdbcTypes.BYTES, null));
  }

  @Test
  void uuid() {
    assertRoundTrips(JdbcTypes.UUID_TYPE, "UUID",
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new UUID(0, 0));
  }

  @Test
  void uuidIsReadFromTextAndBinaryColumnsToo() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    H2.execute(dataSource,
        "CREATE TABLE uuid_forms (id INT PRIMARY KEY, v VARCHAR(36), b BINARY(16))",
        "INSERT INTO uuid_forms VALUES (1, '123e4567-e89b-12d3-a456-426614174000',"
            + " X'123e4567e89b12d3a456426614174000')");
    assertEquals(id, readFrom("SELECT v FROM uuid_forms"));
    assertEquals(id, readFrom("SELECT b FROM uuid_forms"));
  }

  private UUID readFrom(String sql) {
    return new SqlExecutor(dataSource, Dialect.H2)
        .list(sql, StatementBinder.NONE, row -> JdbcTypes.UUID_TYPE.read(row, 1)).get(0);
  }

  @Test
  void localDate() {
    assertRoundTrips(JdbcTypes.LOCAL_DATE, "DATE",
        LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
  }

  @Test
  void localDateTimeToTheMicrosecond() {
    assertRoundTrips(JdbcTypes.LOCAL_DATE_TIME, "TIMESTAMP(6)",
        LocalDateTime.of(2024, 7, 1, 12, 34, 56, 123_456_000), LocalDateTime.of(1970, 1, 1, 0, 0));
  }

  @Test
  void instantToTheMicrosecond() {
    assertRoundTrips(JdbcTypes.INSTANT, "TIMESTAMP(6)",
        Instant.parse("2024-07-01T12:34:56.123456Z"), Instant.EPOCH,
        Instant.parse("1969-12-31T23:59:59.999999Z"));
  }

  @Test
  void offsetDateTimeReadsBackAtUtc() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6)");
    OffsetDateTime written = OffsetDateTime.parse("2024-07-01T18:04:56.123456+05:30");
    OffsetDateTime read = column.roundTrip(JdbcTypes.OFFSET_DATE_TIME, written);
    assertEquals(written.toInstant(), read.toInstant());
    assertEquals(ZoneOffset.UTC, read.getOffset());
    assertEquals(1, column.countEqualTo(JdbcTypes.OFFSET_DATE_TIME, written));
    assertNull(column.roundTrip(JdbcTypes.OFFSET_DATE_TIME, null));
  }

  @Test
  void instantWithTimeZone() {
    assertRoundTrips(JdbcTypes.INSTANT_WITH_TIME_ZONE, "TIMESTAMP(6) WITH TIME ZONE",
        Instant.parse("2024-07-01T12:34:56.123456Z"), Instant.EPOCH);
  }

  @Test
  void offsetDateTimeWithTimeZoneReadsBackAtUtc() {
    ProbeColumn column = new ProbeColumn(dataSource, "TIMESTAMP(6) WITH TIME ZONE");
    OffsetDateTime written = OffsetDateTime.parse("2024-07-01T08:34:56.123456-04:00");
    OffsetDateTime read = column.roundTrip(JdbcTypes.OFFSET_DATE_TIME_WITH_TIME_ZONE, written);
    assertEquals(written.toInstant(), read.toInstant());
    assertEquals(ZoneOffset.UTC, read.getOffset());
    assertEquals(1, column.countEqualTo(JdbcTypes.OFFSET_DATE_TIME_WITH_TIME_ZONE, written));
    assertNull(column.roundTrip(JdbcTypes.OFFSET_DATE_TIME_WITH_TIME_ZONE, null));
  }

  @Test
  void enumByNameStoresTheName() {
    JdbcType<DayOfWeek> type = JdbcTypes.enumByName(DayOfWeek.class);
    assertRoundTrips(type, "VARCHAR(20)", DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    ProbeColumn column = new ProbeColumn(dataSource, "VARCHAR(20)");
    assertEquals("WEDNESDAY", column.text(column.write(type, DayOfWeek.WEDNESDAY)));
  }

  @Test
  void enumByOrdinalStoresTheOrdinal() {
    JdbcType<DayOfWeek> type = JdbcTypes.enumByOrdinal(DayOfWeek.class);
    // MONDAY's ordinal is 0, which must not read back as NULL
    assertRoundTrips(type, "INTEGER", DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    ProbeColumn column = new ProbeColumn(dataSource, "INTEGER");
    assertEquals("2", column.text(column.write(type, DayOfWeek.WEDNESDAY)));
  }
}
