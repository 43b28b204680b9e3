package dev.paranoid.runtime.internal;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.DELETED_AT;
import static dev.paranoid.runtime.testing.People.ID;
import static dev.paranoid.runtime.testing.PeopleDatabase.DELETED_EARLIER_STORED;
import static dev.paranoid.runtime.testing.PeopleDatabase.DELETED_LATER_STORED;
import static dev.paranoid.runtime.testing.PeopleDatabase.NOW;
import static dev.paranoid.runtime.testing.PeopleDatabase.NOW_STORED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.testing.People;
import dev.paranoid.runtime.testing.PeopleDatabase;
import dev.paranoid.runtime.testing.Person;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ParanoidTable.destroy(where, false). Rows 3 and 5 start soft-deleted. */
class SoftDestroyTest {

  private PeopleDatabase db;

  @BeforeEach
  void setUp() {
    db = PeopleDatabase.withSampleRows(getClass().getSimpleName());
  }

  @AfterEach
  void tearDown() {
    db.shutdown();
  }

  @Test
  void nowIsTheClockTruncatedToMicroseconds() {
    assertEquals(NOW.truncatedTo(ChronoUnit.MICROS), db.table.now());
    assertEquals(Instant.parse("2024-06-15T08:30:45.123456Z"), db.table.now());
  }

  @Test
  void stampsOnlyLiveMatchingRowsAndCountsThem() {
    // age > 29: alice(1), carol(3, already deleted), frank(6), grace(7)
    assertEquals(3, db.table.destroy(AGE.gt(29), false));
    assertEquals(
        List.of(NOW_STORED, "null", DELETED_EARLIER_STORED, "null", DELETED_LATER_STORED,
            NOW_STORED, NOW_STORED),
        db.storedDeletedAt());
  }

  @Test
  void rendersTheLiveFilterBeforeTheCondition() {
    db.table.destroy(AGE.gt(29).or(AGE.isNull()), false);
    assertEquals(
        "UPDATE person SET deleted_at = ? WHERE deleted_at IS NULL AND (age > ? OR age IS NULL)",
        db.counting.lastPreparedSql());
    assertEquals(1, db.counting.statementsPrepared());
  }

  @Test
  void anAlreadyDeletedRowKeepsItsFirstTimestampEvenWhenTheConditionNamesDeletedAt() {
    assertEquals(1, db.table.destroy(DELETED_AT.isNotNull().or(ID.eq(1L)), false));
    List<String> stored = db.storedDeletedAt();
    assertEquals(DELETED_EARLIER_STORED, stored.get(2));
    assertEquals(DELETED_LATER_STORED, stored.get(4));
    assertEquals(NOW_STORED, stored.get(0));
  }

  @Test
  void destroyingTwiceCountsNothingAndKeepsTheFirstTimestamp() {
    assertEquals(5, db.table.destroy(Condition.all(), false));
    List<String> afterFirst = db.storedDeletedAt();

    assertEquals(0, db.tableAt(NOW.plusSeconds(3600)).destroy(Condition.all(), false));
    assertEquals(afterFirst, db.storedDeletedAt());
  }

  @Test
  void everyRowOfOneOperationGetsTheSameTimestamp() {
    db.table.destroy(Condition.all(), false);
    assertEquals(
        List.of(NOW_STORED, NOW_STORED, DELETED_EARLIER_STORED, NOW_STORED, DELETED_LATER_STORED,
            NOW_STORED, NOW_STORED),
        db.storedDeletedAt());
  }

  @Test
  void aSoftDeletedRowReadsBackWithTheTablesNow() {
    db.table.destroy(ID.eq(2L), false);
    Person bob = db.table.query().onlyDeleted().where(ID.eq(2L)).first().orElseThrow();
    assertEquals(db.table.now(), bob.deletedAt());
    assertEquals(List.of(1L, 4L, 6L, 7L), People.ids(db.table.query().list()));
  }

  @Test
  void noMatchingLiveRowMeansZeroAndNoChange() {
    List<String> before = db.storedDeletedAt();
    assertEquals(0, db.table.destroy(ID.in(List.of(3L, 5L, 99L)), false));
    assertEquals(0, db.table.destroy(ID.in(List.of()), false));
    assertEquals(before, db.storedDeletedAt());
    assertEquals(7, db.allIds().size());
  }
}
