package dev.paranoid.runtime.query;

import static dev.paranoid.runtime.testing.People.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Include;
import dev.paranoid.runtime.Order;
import dev.paranoid.runtime.Query;
import dev.paranoid.runtime.testing.People;
import dev.paranoid.runtime.testing.PeopleDatabase;
import dev.paranoid.runtime.testing.Person;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SelectQueryArgumentsTest {

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
  void negativeLimitIsRefusedAndTheQueryStaysUsable() {
    Query<Person> query = db.table.query();
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> query.limit(-1));
    assertTrue(refused.getMessage().contains("limit"), refused.getMessage());
    assertTrue(refused.getMessage().contains("-1"), refused.getMessage());
    assertEquals(5, query.list().size());
  }

  @Test
  void negativeOffsetIsRefused() {
    Query<Person> query = db.table.query();
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> query.offset(-3));
    assertTrue(refused.getMessage().contains("offset"), refused.getMessage());
    assertTrue(refused.getMessage().contains("-3"), refused.getMessage());
    assertEquals(5, query.list().size());
  }

  @Test
  void nullConditionIsRefusedNamingTheParameter() {
    NullPointerException refused =
        assertThrows(NullPointerException.class, () -> db.table.query().where(null));
    assertTrue(refused.getMessage().contains("condition"), refused.getMessage());
    assertThrows(NullPointerException.class, () -> db.table.findAll(null));
    assertThrows(NullPointerException.class, () -> db.table.findOne(null));
    assertThrows(NullPointerException.class, () -> db.table.count(null));
  }

  @Test
  @SuppressWarnings("unchecked")
  void nullOrdersAreRefusedNamingTheParameter() {
    NullPointerException array = assertThrows(
        NullPointerException.class, () -> db.table.query().orderBy((Order<Person>[]) null));
    assertTrue(array.getMessage().contains("orders"), array.getMessage());
    NullPointerException element = assertThrows(
        NullPointerException.class, () -> db.table.query().orderBy(People.NAME.asc(), null));
    assertTrue(element.getMessage().contains("orders"), element.getMessage());
  }

  @Test
  @SuppressWarnings("unchecked")
  void nullIncludesAreRefusedNamingTheParameter() {
    NullPointerException array = assertThrows(
        NullPointerException.class, () -> db.table.query().include((Include<Person, ?>[]) null));
    assertTrue(array.getMessage().contains("includes"), array.getMessage());
    NullPointerException element = assertThrows(
        NullPointerException.class,
        () -> db.table.query().include((Include<Person, ?>) null));
    assertTrue(element.getMessage().contains("includes"), element.getMessage());
  }

  @Test
  @SuppressWarnings("unchecked")
  void foreignOrdersAndConditionsAreRefused() {
    Order<Person> foreignOrder = () -> "1; DROP TABLE person";
    IllegalArgumentException order = assertThrows(
        IllegalArgumentException.class, () -> db.table.query().orderBy(foreignOrder));
    assertTrue(order.getMessage().contains("orders"), order.getMessage());

    Condition<Person> foreignCondition = new Condition<>() {
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
    IllegalArgumentException condition = assertThrows(
        IllegalArgumentException.class, () -> db.table.query().where(foreignCondition));
    assertTrue(condition.getMessage().contains("column constants"), condition.getMessage());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), db.allIds());
    assertEquals(0, db.counting.statementsPrepared());
  }

  @Test
  void refusedArgumentsDoNotTouchTheDatabase() {
    assertThrows(IllegalArgumentException.class, () -> db.table.query().limit(-1));
    assertThrows(NullPointerException.class, () -> db.table.query().where(null));
    assertEquals(0, db.counting.connectionsOpened());
    assertEquals(List.of(1L, 2L, 4L, 6L, 7L), ids(db.table.query().list()));
  }
}
