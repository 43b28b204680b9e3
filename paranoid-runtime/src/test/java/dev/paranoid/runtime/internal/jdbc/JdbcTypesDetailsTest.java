package dev.paranoid.runtime.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.testing.H2;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** readOr for primitive fields, isText, fromInstant and unreadable enum values. */
class JdbcTypesDetailsTest {

  private DataSource dataSource;

  @BeforeEach
  void setUp() {
    dataSource = H2.newDatabase(getClass().getSimpleName());
  }

  @AfterEach
  void tearDown() {
    H2.shutdown(dataSource);
  }

  /** Stores {@code stored} in a fresh column, then reads it with readOr(..., fallback). */
  private <T> T storeThenReadOr(String columnType, JdbcType<T> type, T stored, T fallback) {
    ProbeColumn column = new ProbeColumn(dataSource, columnType);
    int id = column.write(type, stored);
    return column.readWith(id, row -> type.readOr(row, 1, fallback));
  }

  @Test
  void readOrGivesTheFallbackForNull() {
    assertEquals(Integer.valueOf(-1), storeThenReadOr("INTEGER", JdbcTypes.INT, null, -1));
    assertEquals(Long.valueOf(0), storeThenReadOr("BIGINT", JdbcTypes.LONG, null, 0L));
    assertEquals(Boolean.FALSE, storeThenReadOr("BOOLEAN", JdbcTypes.BOOLEAN, null, false));
    assertEquals(Double.valueOf(0), storeThenReadOr("DOUBLE PRECISION", JdbcTypes.DOUBLE, null, 0.0));
    assertEquals(Float.valueOf(0), storeThenReadOr("REAL", JdbcTypes.FLOAT, null, 0f));
    assertEquals(Short.valueOf((short) 0),
        storeThenReadOr("SMALLINT", JdbcTypes.SHORT, null, (short) 0));
    assertEquals(Byte.valueOf((byte) 0), storeThenReadOr("TINYINT", JdbcTypes.BYTE, null, (byte) 0));
    assertEquals(Character.valueOf('\0'), storeThenReadOr("CHAR(1)", JdbcTypes.CHAR, null, '\0'));
  }

  @Test
  void readOrGivesTheValueWhenThereIsOne() {
    assertEquals(Integer.valueOf(7), storeThenReadOr("INTEGER", JdbcTypes.INT, 7, -1));
    assertEquals(Integer.valueOf(0), storeThenReadOr("INTEGER", JdbcTypes.INT, 0, -1));
    assertEquals(Long.valueOf(-5), storeThenReadOr("BIGINT", JdbcTypes.LONG, -5L, 0L));
    assertEquals(Boolean.TRUE, storeThenReadOr("BOOLEAN", JdbcTypes.BOOLEAN, true, false));
    assertEquals(Boolean.FALSE, storeThenReadOr("BOOLEAN", JdbcTypes.BOOLEAN, false, true));
    assertEquals(Double.valueOf(2.5), storeThenReadOr("DOUBLE PRECISION", JdbcTypes.DOUBLE, 2.5, 0.0));
  }

  @Test
  void onlyTextTypesAcceptLike() {
    assertTrue(JdbcTypes.STRING.isText());
    assertTrue(JdbcTypes.CHAR.isText());
    assertTrue(JdbcTypes.enumByName(DayOfWeek.class).isText());
    for (JdbcType<?> type : List.of(JdbcTypes.LONG, JdbcTypes.INT, JdbcTypes.SHORT, JdbcTypes.BYTE,
        JdbcTypes.BOOLEAN, JdbcTypes.DOUBLE, JdbcTypes.FLOAT, JdbcTypes.BIG_DECIMAL,
        JdbcTypes.BYTES, JdbcTypes.UUID_TYPE, JdbcTypes.LOCAL_DATE, JdbcTypes.LOCAL_DATE_TIME,
        JdbcTypes.INSTANT, JdbcTypes.OFFSET_DATE_TIME, JdbcTypes.INSTANT_WITH_TIME_ZONE,
        JdbcTypes.OFFSET_DATE_TIME_WITH_TIME_ZONE, JdbcTypes.enumByOrdinal(DayOfWeek.class))) {
      assertFalse(type.isText(), type.toString());
    }
  }

  @Test
  void timestampTypesTurnTheClockInstantIntoTheirValueAtUtc() {
    Instant instant = Instant.parse("2024-07-01T12:34:56.123456Z");
    assertEquals(instant, JdbcTypes.INSTANT.fromInstant(instant));
    assertEquals(instant, JdbcTypes.INSTANT_WITH_TIME_ZONE.fromInstant(instant));
    assertEquals(LocalDateTime.of(2024, 7, 1, 12, 34, 56, 123_456_000),
        JdbcTypes.LOCAL_DATE_TIME.fromInstant(instant));
    assertEquals(OffsetDateTime.of(2024, 7, 1, 12, 34, 56, 123_456_000, ZoneOffset.UTC),
        JdbcTypes.OFFSET_DATE_TIME.fromInstant(instant));
    assertEquals(OffsetDateTime.of(2024, 7, 1, 12, 34, 56, 123_456_000, ZoneOffset.UTC),
        JdbcTypes.OFFSET_DATE_TIME_WITH_TIME_ZONE.fromInstant(instant));
  }

  @Test
  void anOrdinalWithoutAConstantIsADatabaseFailureNamingIt() {
    H2.execute(dataSource, "CREATE TABLE days (v INTEGER)", "INSERT INTO days VALUES (42)");
    JdbcType<DayOfWeek> type = JdbcTypes.enumByOrdinal(DayOfWeek.class);
    String sql = "SELECT v FROM days";
    ParanoidException failure = assertThrows(ParanoidException.class,
        () -> new SqlExecutor(dataSource, Dialect.H2)
            .list(sql, StatementBinder.NONE, row -> type.read(row, 1)));
    assertEquals(sql, failure.getSql());
    assertTrue(failure.getMessage().contains("DayOfWeek"), failure.getMessage());
    assertTrue(failure.getMessage().contains("ordinal 42"), failure.getMessage());
  }

  @Test
  void aNameWithoutAConstantIsADatabaseFailureNamingIt() {
    H2.execute(dataSource, "CREATE TABLE days (v VARCHAR(20))", "INSERT INTO days VALUES ('FUNDAY')");
    JdbcType<DayOfWeek> type = JdbcTypes.enumByName(DayOfWeek.class);
    String sql = "SELECT v FROM days";
    ParanoidException failure = assertThrows(ParanoidException.class,
        () -> new SqlExecutor(dataSource, Dialect.H2)
            .list(sql, StatementBinder.NONE, row -> type.read(row, 1)));
    assertEquals(sql, failure.getSql());
    assertTrue(failure.getMessage().contains("FUNDAY"), failure.getMessage());
  }
}
