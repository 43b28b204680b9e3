package dev.paranoid.runtime.query;

import static dev.paranoid.runtime.testing.People.DELETED_AT;
import static dev.paranoid.runtime.testing.People.NAME;
import static dev.paranoid.runtime.testing.People.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.testing.PeopleDatabase;
import dev.paranoid.runtime.testing.Person;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SelectQueryDeletedFilterTest {

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
  void byDefaultOnlyLiveRowsAreRead() {
    assertEquals(List.of(1L, 2L, 4L, 6L, 7L), ids(db.table.query().list()));
    assertEquals(5, db.table.query().count());
  }

  @Test
  void includeDeletedReadsEveryRow() {
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), ids(db.table.query().includeDeleted().list()));
    assertEquals(7, db.table.query().includeDeleted().count());
  }

  @Test
  void onlyDeletedReadsSoftDeletedRowsWithTheirTimestamps() {
    List<Person> deleted = db.table.query().onlyDeleted().list();
    assertEquals(List.of(3L, 5L), ids(deleted));
    assertEquals(PeopleDatabase.DELETED_EARLIER, deleted.get(0).deletedAt());
    assertEquals(PeopleDatabase.DELETED_LATER, deleted.get(1).deletedAt());
    assertEquals(2, db.table.query().onlyDeleted().count());
  }

  @Test
  void aConditionOnTheDeletionColumnDoesNotReplaceTheFilter() {
    assertEquals(List.of(), db.table.query().where(DELETED_AT.isNotNull()).list());
    assertEquals(0, db.table.query().where(DELETED_AT.isNotNull()).count());
    assertEquals(List.of(), db.table.query().onlyDeleted().where(DELETED_AT.isNull()).list());
    assertEquals(List.of(5L),
        ids(db.table.query().includeDeleted().where(DELETED_AT.gt(PeopleDatabase.DELETED_EARLIER)).list()));
    assertEquals(List.of(5L),
        ids(db.table.query().onlyDeleted().where(DELETED_AT.gt(PeopleDatabase.DELETED_EARLIER)).list()));
  }

  @Test
  void anOrInTheConditionCannotReachSoftDeletedRows() {
    // Sequelize issue #8406: "deleted_at IS NULL AND a OR b" would return carol
    List<Person> found = db.table.query().where(NAME.eq("carol").or(NAME.eq("alice"))).list();
    assertEquals(List.of(1L), ids(found));
    assertEquals(
        "SELECT id, name, age, nick_name, deleted_at FROM person"
            + " WHERE deleted_at IS NULL AND (name = ? OR name = ?) ORDER BY id",
        db.counting.lastPreparedSql());
  }

  @Test
  void includeDeletedDropsTheFilterFromTheSql() {
    db.table.query().includeDeleted().list();
    assertEquals("SELECT id, name, age, nick_name, deleted_at FROM person ORDER BY id",
        db.counting.lastPreparedSql());
  }

  @Test
  void tableReadsApplyTheLiveFilter() {
    assertEquals(List.of(1L), ids(db.table.findAll(NAME.in(List.of("alice", "carol")))));
    assertEquals(1, db.table.count(NAME.in(List.of("alice", "carol"))));
    assertEquals(List.of(), ids(db.table.findOne(NAME.eq("carol")).stream().toList()));
    assertEquals(List.of(2L), ids(db.table.findOne(NAME.eq("bob")).stream().toList()));
  }
}
