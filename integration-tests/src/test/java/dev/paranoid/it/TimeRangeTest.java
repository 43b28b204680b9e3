package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Gadget;
import dev.paranoid.it.model.GadgetParanoidDao;
import dev.paranoid.it.model.Moment;
import dev.paranoid.it.model.MomentParanoidDao;
import dev.paranoid.it.model.ZonedMoment;
import dev.paranoid.it.model.ZonedMomentParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole range of values each database stores round-trips exactly, before the Gregorian
 * reform (1582-10-15) too, where {@code java.sql.Timestamp}'s Julian calendar would shift them;
 * a value outside the range is refused before anything is written, naming the value and range.
 *
 * <ul>
 *   <li>H2: years -999,999,999 .. 999,999,999, all of java.time's LocalDateTime
 *   <li>PostgreSQL: 4714-11-24 BC (year -4713) .. 294276-12-31 23:59:59.999999 (UTC)
 *   <li>MariaDB DATETIME: 1000-01-01 .. 9999-12-31 23:59:59.999999, its documented range
 * </ul>
 *
 * <p>Conformance: C41.
 */
class TimeRangeTest extends DatabaseTestBase {

  private static final Instant MARIADB_MIN = Instant.parse("1000-01-01T00:00:00Z");
  private static final Instant MARIADB_MAX = Instant.parse("9999-12-31T23:59:59.999999Z");
  private static final Instant POSTGRES_MIN = Instant.parse("-4713-11-24T00:00:00Z");
  private static final Instant POSTGRES_MAX = Instant.parse("+294276-12-31T23:59:59.999999Z");

  private MomentParanoidDao moments;

  @BeforeEach
  void dao() {
    Schema.create(db.dataSource(), MomentParanoidDao.TABLE_DEFINITION);
    moments = new MomentParanoidDao(db.dataSource(), clock);
  }

  /** Values each database stores, the old ones of the issue first. */
  private List<Instant> storable() {
    List<Instant> values = new ArrayList<>(List.of(
        Instant.parse("1582-10-10T12:00:00Z"),
        Instant.parse("1582-10-04T23:59:59.999999Z"),
        Instant.parse("1582-10-15T00:00:00Z"),
        Instant.parse("1300-02-28T23:30:00.5Z"),
        MARIADB_MIN, MARIADB_MAX));
    if (db.dialect() != Dialect.MARIADB) {
      values.addAll(List.of(Instant.parse("0001-01-01T00:00:00Z"),
          Instant.parse("0000-12-31T23:59:59.5Z"), Instant.parse("-0100-03-01T12:00:00Z"),
          POSTGRES_MIN, POSTGRES_MAX));
    }
    if (db.dialect() == Dialect.H2) {
      values.addAll(List.of(Instant.parse("-99999-01-01T00:00:00Z"),
          Instant.parse("+99999-12-31T23:59:59.999999Z")));
    }
    return values;
  }

  @Test
  void zoneLessColumnsRoundTripTheWholeRange() {
    for (Instant value : storable()) {
      LocalDateTime wallClock = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
      Moment created = moments.create(
          new Moment("old", value, value.atOffset(ZoneOffset.ofHours(-5)), wallClock));

      assertEquals(wallClock, StoredTime.zoneLess(db, "moments", "instant_at", created.getId()),
          "stored Instant " + value);
      assertEquals(wallClock, StoredTime.zoneLess(db, "moments", "offset_at", created.getId()),
          "stored OffsetDateTime " + value);
      assertEquals(wallClock, StoredTime.zoneLess(db, "moments", "local_at", created.getId()),
          "stored LocalDateTime " + value);
      Moment found = moments.findByPk(created.getId()).orElseThrow();
      assertEquals(value, found.getInstantAt(), "read Instant");
      assertEquals(value.atOffset(ZoneOffset.UTC), found.getOffsetAt(), "read OffsetDateTime");
      assertEquals(wallClock, found.getLocalAt(), "read LocalDateTime");
      assertEquals(1, moments.count(MomentParanoidDao.INSTANT_AT.eq(value)),
          "condition on " + value);
    }
  }

  @Test
  void zonedColumnsRoundTripTheWholeRange() {
    Assumptions.assumeFalse(db.dialect() == Dialect.MARIADB, "MariaDB has no zoned type");
    Schema.create(db.dataSource(), ZonedMomentParanoidDao.TABLE_DEFINITION);
    ZonedMomentParanoidDao zoned = new ZonedMomentParanoidDao(db.dataSource(), clock);
    for (Instant value : storable()) {
      ZonedMoment created = zoned.create(
          new ZonedMoment("old", value, value.atOffset(ZoneOffset.ofHours(3))));

      assertEquals(value,
          StoredTime.zoned(db, "zoned_moments", "instant_at", created.getId()).toInstant(),
          "stored Instant " + value);
      assertEquals(value,
          StoredTime.zoned(db, "zoned_moments", "offset_at", created.getId()).toInstant(),
          "stored OffsetDateTime " + value);
      ZonedMoment found = zoned.findByPk(created.getId()).orElseThrow();
      assertEquals(value, found.getInstantAt(), "read Instant");
      assertEquals(value.atOffset(ZoneOffset.UTC), found.getOffsetAt(), "read OffsetDateTime");
    }
  }

  @Test
  void valuesOutsideTheDatabasesRangeAreRefusedBeforeAnythingIsWritten() {
    Assumptions.assumeFalse(db.dialect() == Dialect.H2, "H2 stores all of java.time's range");
    Instant min = db.dialect() == Dialect.MARIADB ? MARIADB_MIN : POSTGRES_MIN;
    Instant max = db.dialect() == Dialect.MARIADB ? MARIADB_MAX : POSTGRES_MAX;
    Moment kept = moments.create(new Moment("kept", min, null, null));
    for (Instant value : List.of(min.minusNanos(1_000), max.plusNanos(1_000))) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> moments.create(new Moment("refused", value, null, null)));
      String message = refused.getMessage();
      assertTrue(message.contains(LocalDateTime.ofInstant(value, ZoneOffset.UTC).toString()),
          message);
      assertTrue(message.contains(LocalDateTime.ofInstant(min, ZoneOffset.UTC).toString())
          && message.contains(LocalDateTime.ofInstant(max, ZoneOffset.UTC).toString()),
          "names the range: " + message);

      Moment changed = moments.findByPk(kept.getId()).orElseThrow();
      changed.setOffsetAt(value.atOffset(ZoneOffset.UTC));
      changed.setLabel("changed");
      assertThrows(IllegalArgumentException.class, () -> moments.update(changed));
      LocalDateTime wallClock = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
      assertThrows(IllegalArgumentException.class,
          () -> moments.count(MomentParanoidDao.LOCAL_AT.eq(wallClock)));
    }
    assertEquals(1, db.countRows("moments"), "nothing was written");
    assertEquals("kept", moments.findByPk(kept.getId()).orElseThrow().getLabel());
    assertEquals(min, moments.findByPk(kept.getId()).orElseThrow().getInstantAt());
  }

  @Test
  void oldDatesRoundTrip() {
    GadgetParanoidDao gadgets = new GadgetParanoidDao(db.dataSource(), clock);
    List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.parse("1582-10-10"),
        LocalDate.parse("1582-10-04"), LocalDate.parse("1000-01-01"),
        LocalDate.parse("9999-12-31")));
    if (db.dialect() != Dialect.MARIADB) {
      dates.addAll(List.of(LocalDate.parse("0001-01-01"), LocalDate.parse("-4713-11-24")));
    }
    for (LocalDate date : dates) {
      Gadget gadget = new Gadget();
      gadget.setName("old");
      gadget.setPrimitiveChar('x');
      gadget.setReleasedOn(date);
      Gadget created = gadgets.create(gadget);
      assertEquals(date, gadgets.findByPk(created.getId()).orElseThrow().getReleasedOn());
      String text = db.single(String.class, "SELECT CAST(released_on AS "
          + (db.dialect() == Dialect.MARIADB ? "CHAR" : "VARCHAR") + ") FROM gadgets WHERE id = ?",
          created.getId());
      assertEquals(date, StoredTime.parseDate(text), "stored " + text);
    }
    if (db.dialect() != Dialect.H2) {
      LocalDate tooOld = db.dialect() == Dialect.MARIADB
          ? LocalDate.parse("0999-12-31") : LocalDate.parse("-4713-11-23");
      Gadget gadget = new Gadget();
      gadget.setName("too old");
      gadget.setPrimitiveChar('x');
      gadget.setReleasedOn(tooOld);
      long before = db.countRows("gadgets");
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> gadgets.create(gadget));
      assertTrue(refused.getMessage().contains(tooOld.toString()), refused.getMessage());
      assertEquals(before, db.countRows("gadgets"), "nothing was written");
    }
  }
}
