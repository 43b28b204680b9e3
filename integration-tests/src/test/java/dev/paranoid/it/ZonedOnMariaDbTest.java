package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.ZonedMoment;
import dev.paranoid.it.model.ZonedMomentParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.Schema;
import dev.paranoid.runtime.schema.TableDefinition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MariaDB only: the zoned fields of {@link ZonedMoment} on MariaDB, which has no zoned type: the
 * schema helper turns their {@code TIMESTAMP(6) WITH TIME ZONE} definition into
 * {@code DATETIME(6)}, where the UTC rule applies as for zone-less columns.
 */
class ZonedOnMariaDbTest extends DatabaseTestBase {

  private ZonedMomentParanoidDao moments;

  @BeforeEach
  void createTable() {
    Assumptions.assumeTrue(TestDatabase.configuredDialect() == Dialect.MARIADB, "MariaDB only");
    TableDefinition generated = ZonedMomentParanoidDao.TABLE_DEFINITION;
    // the entity's verbatim "TIMESTAMP(6) WITH TIME ZONE" becomes MariaDB's DATETIME(6)
    assertTrue(Schema.ddl(Dialect.MARIADB, generated).get(0).contains("instant_at DATETIME(6)"),
        Schema.ddl(Dialect.MARIADB, generated).get(0));
    Schema.create(db.dataSource(), generated);
    moments = new ZonedMomentParanoidDao(db.dataSource(), clock);
  }

  @Test
  void zonedFieldsRoundTripOnDatetimeColumnsAsUtcWallClockTime() {
    for (Instant value : List.of(Instant.parse("2024-03-10T02:30:00.000001Z"),
        Instant.parse("2024-11-03T01:30:00.654321Z"), Instant.parse("2024-06-01T12:00:00Z"))) {
      OffsetDateTime offset = value.atOffset(ZoneOffset.ofHoursMinutes(5, 45));
      ZonedMoment created = moments.create(new ZonedMoment("m", value, offset));

      LocalDateTime wallClock = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
      assertEquals(wallClock,
          ZoneLessTimeTest.databaseText(db, "zoned_moments", "instant_at", created.getId()),
          "stored for " + value);
      assertEquals(wallClock,
          ZoneLessTimeTest.databaseText(db, "zoned_moments", "offset_at", created.getId()));
      ZonedMoment found = moments.findByPk(created.getId()).orElseThrow();
      assertEquals(value, found.getInstantAt());
      assertEquals(value.atOffset(ZoneOffset.UTC), found.getOffsetAt());
    }
  }

  @Test
  void aZonedDeletionColumnOnDatetimeHoldsTheUtcTime() {
    ZonedMoment moment = moments.create(new ZonedMoment("doomed", null, null));
    assertTrue(moments.destroy(moment));
    assertEquals(utc(T0),
        ZoneLessTimeTest.databaseText(db, "zoned_moments", "deleted_at", moment.getId()));
    assertEquals(micros(T0), moments.findByPk(moment.getId(), true).orElseThrow().getDeletedAt());
  }
}
