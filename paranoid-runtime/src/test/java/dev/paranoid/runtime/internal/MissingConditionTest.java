package dev.paranoid.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.testing.PeopleDatabase;
import dev.paranoid.runtime.testing.Person;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bulk destroy or restore never runs without a condition. */
class MissingConditionTest {

  private PeopleDatabase db;
  private List<String> before;

  @BeforeEach
  void setUp() {
    db = PeopleDatabase.withSampleRows(getClass().getSimpleName());
    before = db.storedDeletedAt();
  }

  @AfterEach
  void tearDown() {
    db.shutdown();
  }

  @Test
  void softDestroyOfNullIsRefusedPointingToAll() {
    NullPointerException refused =
        assertThrows(NullPointerException.class, () -> db.table.destroy(null, false));
    assertTrue(refused.getMessage().contains("Condition.all()"), refused.getMessage());
    assertNothingChanged();
  }

  @Test
  void forceDestroyOfNullIsRefusedPointingToAll() {
    NullPointerException refused =
        assertThrows(NullPointerException.class, () -> db.table.destroy(null, true));
    assertTrue(refused.getMessage().contains("Condition.all()"), refused.getMessage());
    assertNothingChanged();
  }

  @Test
  void restoreOfNullIsRefusedPointingToAll() {
    NullPointerException refused =
        assertThrows(NullPointerException.class, () -> db.table.restore(null));
    assertTrue(refused.getMessage().contains("Condition.all()"), refused.getMessage());
    assertNothingChanged();
  }

  @Test
  void aForeignConditionIsRefusedAndChangesNothing() {
    Condition<Person> foreign = new Condition<>() {
      @Override
      public Condition<Person> and(Condition<Person> other) {
        return this;
      }

      @Override
      public Condition<Person> or(Condition<Person> other) {
        return this;
      }

      @Override
      public Condition<Person> not() {
        return this;
      }
    };
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> db.table.destroy(foreign, true));
    assertTrue(refused.getMessage().contains("where"), refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> db.table.destroy(foreign, false));
    assertThrows(IllegalArgumentException.class, () -> db.table.restore(foreign));
    assertNothingChanged();
  }

  private void assertNothingChanged() {
    assertEquals(0, db.counting.connectionsOpened());
    assertEquals(0, db.counting.statementsPrepared());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), db.allIds());
    assertEquals(before, db.storedDeletedAt());
  }
}
