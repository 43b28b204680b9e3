package dev.paranoid.runtime.internal;

import static dev.paranoid.runtime.testing.People.ID;
import static dev.paranoid.runtime.testing.People.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.testing.PeopleDatabase;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ParanoidTable.restore(where). Rows 3 and 5 start soft-deleted. */
class RestoreTest {

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
  void countsOnlyRowsThatWereDeleted() {
    assertEquals(1, db.table.restore(ID.in(List.of(1L, 3L))));
    assertEquals(
        "UPDATE person SET deleted_at = NULL WHERE deleted_at IS NOT NULL AND id IN (?, ?)",
        db.counting.lastPreparedSql());
    assertEquals(List.of(1L, 2L, 3L, 4L, 6L, 7L), ids(db.table.query().list()));
  }

  @Test
  void allRestoresEverySoftDeletedRow() {
    assertEquals(2, db.table.restore(Condition.all()));
    assertEquals(Collections.nCopies(7, "null"), db.storedDeletedAt());
    assertEquals(0, db.table.restore(Condition.all()));
  }

  @Test
  void restoringLiveRowsCountsNothing() {
    assertEquals(0, db.table.restore(ID.in(List.of(1L, 2L))));
    assertEquals(2, db.table.query().onlyDeleted().count());
  }

  @Test
  void aDestroyedRowCanBeRestored() {
    db.table.destroy(ID.eq(2L), false);
    assertEquals(1, db.table.restore(ID.eq(2L)));
    assertEquals(List.of(1L, 2L, 4L, 6L, 7L), ids(db.table.query().list()));
    assertEquals(List.of(3L, 5L), ids(db.table.query().onlyDeleted().list()));
  }
}
