package dev.paranoid.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.DaoConfig;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.JdbcTypes;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.internal.jdbc.TimestampType;
import dev.paranoid.runtime.testing.H2;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A soft destroy stores the clock's instant, to the microsecond, for every deletedAt type. */
class DeletionTimestampTypesTest {

  private static final Instant NOW = Instant.parse("2024-03-10T02:30:15.987654321Z");
  private static final Instant STORED = Instant.parse("2024-03-10T02:30:15.987654Z");

  static Stream<Arguments> deletionColumns() {
    return Stream.of(
        Arguments.of(JdbcTypes.INSTANT, "TIMESTAMP(6)", "2024-03-10 02:30:15.987654"),
        Arguments.of(JdbcTypes.LOCAL_DATE_TIME, "TIMESTAMP(6)", "2024-03-10 02:30:15.987654"),
        Arguments.of(JdbcTypes.OFFSET_DATE_TIME, "TIMESTAMP(6)", "2024-03-10 02:30:15.987654"),
        Arguments.of(JdbcTypes.INSTANT_WITH_TIME_ZONE, "TIMESTAMP(6) WITH TIME ZONE",
            "2024-03-10 02:30:15.987654+00"),
        Arguments.of(JdbcTypes.OFFSET_DATE_TIME_WITH_TIME_ZONE, "TIMESTAMP(6) WITH TIME ZONE",
            "2024-03-10 02:30:15.987654+00"));
  }

  @ParameterizedTest(name = "{1} read as {0}")
  @MethodSource("deletionColumns")
  <T> void softDestroyStoresTheClockInstantInMicroseconds(
      TimestampType<T> type, String columnType, String expectedText) {
    DataSource dataSource = H2.newDatabase("deletion-types");
    try {
      H2.execute(dataSource,
          "CREATE TABLE item (id INT PRIMARY KEY, removed " + columnType + ")",
          "INSERT INTO item (id) VALUES (1), (2)");
      EntityTable<Object> table = new EntityTable<>(
          "item", "id", "removed", "removed", type, row -> type.read(row, 1));
      ParanoidTable<Object> items = new ParanoidTable<>(table,
          new SqlExecutor(dataSource, Dialect.H2),
          DaoConfig.builder().clock(Clock.fixed(NOW, ZoneId.of("Asia/Kolkata"))).build());

      assertEquals(2, items.destroy(Condition.all(), false));

      assertEquals(List.of(expectedText, expectedText),
          H2.strings(dataSource, "SELECT CAST(removed AS VARCHAR) FROM item ORDER BY id"));
      List<Object> read = items.query().onlyDeleted().list();
      assertEquals(2, read.size());
      for (Object value : read) {
        assertEquals(STORED, asInstant(value));
      }
    } finally {
      H2.shutdown(dataSource);
    }
  }

  private static Instant asInstant(Object value) {
    if (value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).toInstant();
    }
    return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
  }
}
