package dev.paranoid.runtime.internal;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.testing.PeopleDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ParanoidTable.destroy(where, true). Rows 3 and 5 start soft-deleted. */
class ForceDestroyTest {

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
  void removesLiveAndSoftDeletedMatchingRows() {
    // age > 29: alice(1), carol(3, soft-deleted), frank(6), grace(7)
    assertEquals(4, db.table.destroy(AGE.gt(29), true));
    assertEquals(List.of(2L, 4L, 5L), db.allIds());
    assertEquals("DELETE FROM person WHERE age > ?", db.counting.lastPreparedSql());
  }

  @Test
  void removesSoftDeletedRowsOnly() {
    assertEquals(2, db.table.destroy(ID.in(List.of(3L, 5L)), true));
    assertEquals(List.of(1L, 2L, 4L, 6L, 7L), db.allIds());
  }

  @Test
  void allRemovesEveryRow() {
    assertEquals(7, db.table.destroy(Condition.all(), true));
    assertEquals(List.of(), db.allIds());
  }

  @Test
  void aPreviouslySoftDeletedRowCanBeRemovedAfterASoftDestroy() {
    assertEquals(1, db.table.destroy(ID.eq(1L), false));
    assertEquals(1, db.table.destroy(ID.eq(1L), true));
    assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), db.allIds());
  }
}
