package dev.paranoid.runtime.query;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.NAME;
import static dev.paranoid.runtime.testing.People.NICKNAME;
import static dev.paranoid.runtime.testing.People.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Query;
import dev.paranoid.runtime.testing.PeopleDatabase;
import dev.paranoid.runtime.testing.Person;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SelectQueryWhereTest {

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
  void repeatedWhereCallsAreAnded() {
    Query<Person> query = db.table.query().where(AGE.gt(26)).where(AGE.lt(35));
    assertEquals(List.of(1L, 7L), ids(query.list()));
    assertEquals(
        "SELECT id, name, age, nick_name, deleted_at FROM person"
            + " WHERE deleted_at IS NULL AND age > ? AND age < ? ORDER BY id",
        db.counting.lastPreparedSql());
    assertEquals(2, query.count());
    assertEquals(
        "SELECT COUNT(*) FROM person WHERE deleted_at IS NULL AND age > ? AND age < ?",
        db.counting.lastPreparedSql());
  }

  @Test
  void orConditionsInSeparateWhereCallsStayGrouped() {
    Query<Person> query = db.table.query()
        .where(NAME.eq("alice").or(NAME.eq("bob")))
        .where(NICKNAME.isNull().or(AGE.gt(29)));
    assertEquals(List.of(1L, 2L), ids(query.list()));
    query.where(AGE.lt(26));
    assertEquals(List.of(2L), ids(query.list()));
  }

  @Test
  void aQueryCanRunSeveralTimes() {
    Query<Person> query = db.table.query().where(AGE.gte(30));
    List<Person> first = query.list();
    assertEquals(first, query.list());
    assertEquals(List.of(1L, 6L, 7L), ids(first));
  }

  @Test
  void whereAllKeepsEveryLiveRow() {
    assertEquals(5, db.table.query().where(Condition.all()).count());
  }

  @Test
  void eachRowIsReadByTheTablesReader() {
    Person alice = db.table.query().where(NAME.eq("alice")).list().get(0);
    assertEquals(new Person(1, "alice", 30, "ali", null), alice);
    Person dave = db.table.query().where(NAME.eq("dave")).list().get(0);
    assertEquals(new Person(4, "dave", null, "d", null), dave);
  }
}
