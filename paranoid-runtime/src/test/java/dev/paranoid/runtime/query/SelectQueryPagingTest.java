package dev.paranoid.runtime.query;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.NAME;
import static dev.paranoid.runtime.testing.People.NICKNAME;
import static dev.paranoid.runtime.testing.People.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Query;
import dev.paranoid.runtime.testing.PeopleDatabase;
import dev.paranoid.runtime.testing.Person;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live rows by name: alice(1) bob(2) dave(4) frank(6) grace(7); carol(3), eve(5) are deleted. */
@SuppressWarnings("unchecked") // Query.orderBy(Order<E>...) is generic varargs on an interface
class SelectQueryPagingTest {

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
  void withoutAnOrderRowsComeInIdOrder() {
    assertEquals(List.of(1L, 2L, 4L, 6L, 7L), ids(db.table.query().list()));
    assertTrue(db.counting.lastPreparedSql().endsWith(" ORDER BY id"), db.counting.lastPreparedSql());
  }

  @Test
  void orderByIsFollowedByTheIdAsTieBreaker() {
    assertEquals(List.of(7L, 6L, 4L, 2L, 1L), ids(db.table.query().orderBy(NAME.desc()).list()));
    assertTrue(db.counting.lastPreparedSql().endsWith(" ORDER BY name DESC, id"),
        db.counting.lastPreparedSql());
  }

  @Test
  void severalOrderKeysApplyInTheirOrder() {
    // nick_name IS NULL for bob(2) and grace(7): the second key decides between them
    Query<Person> query = db.table.query()
        .where(NICKNAME.isNull())
        .orderBy(NICKNAME.asc(), AGE.desc());
    assertEquals(List.of(7L, 2L), ids(query.list()));
    assertTrue(db.counting.lastPreparedSql().endsWith(" ORDER BY nick_name ASC, age DESC, id"),
        db.counting.lastPreparedSql());
  }

  @Test
  void ordersRenderAsColumnAndDirection() {
    assertEquals("name ASC", NAME.asc().sql());
    assertEquals("nick_name DESC", NICKNAME.desc().sql());
  }

  @Test
  void limitAndOffsetSelectAPageAsBoundParameters() {
    Query<Person> page = db.table.query().orderBy(NAME.asc()).limit(2).offset(1);
    assertEquals(List.of(2L, 4L), ids(page.list()));
    assertTrue(db.counting.lastPreparedSql().endsWith(" LIMIT ? OFFSET ?"),
        db.counting.lastPreparedSql());
  }

  @Test
  void pagesCoverEveryLiveRowExactlyOnce() {
    List<Long> seen = new ArrayList<>();
    for (int offset = 0; offset < 10; offset += 2) {
      seen.addAll(ids(db.table.query().limit(2).offset(offset).list()));
    }
    assertEquals(List.of(1L, 2L, 4L, 6L, 7L), seen);
  }

  @Test
  void offsetWithoutLimitSkipsRows() {
    assertEquals(List.of(6L, 7L), ids(db.table.query().offset(3).list()));
    assertEquals(List.of(), ids(db.table.query().offset(5).list()));
  }

  @Test
  void limitWithoutOffsetAndLimitZero() {
    assertEquals(List.of(1L, 2L), ids(db.table.query().limit(2).list()));
    assertEquals(List.of(), ids(db.table.query().limit(0).list()));
  }

  @Test
  void countAgreesWithListForEveryPagingCombination() {
    Integer[] limits = {null, 0, 1, 2, 5, 9};
    Integer[] offsets = {null, 0, 1, 3, 5, 9};
    for (Integer limit : limits) {
      for (Integer offset : offsets) {
        for (int filter = 0; filter < 3; filter++) {
          Query<Person> query = db.table.query().orderBy(NAME.desc());
          if (filter == 1) {
            query.includeDeleted();
          } else if (filter == 2) {
            query.where(AGE.gt(26));
          }
          if (limit != null) {
            query.limit(limit);
          }
          if (offset != null) {
            query.offset(offset);
          }
          String what = "limit " + limit + ", offset " + offset + ", filter " + filter;
          assertEquals(query.list().size(), query.count(), what);
        }
      }
    }
  }

  @Test
  void countOfAPageIsThePagesSize() {
    assertEquals(2, db.table.query().limit(2).count());
    assertEquals(1, db.table.query().limit(2).offset(4).count());
    assertEquals(0, db.table.query().limit(2).offset(5).count());
    assertEquals(2, db.table.query().offset(3).count());
    assertEquals(4, db.table.query().includeDeleted().offset(3).count());
  }

  @Test
  void firstReturnsTheFirstRowInQueryOrder() {
    assertEquals(List.of(7L), ids(db.table.query().orderBy(NAME.desc()).first().stream().toList()));
    assertEquals(List.of(1L), ids(db.table.query().first().stream().toList()));
    assertEquals(List.of(3L), ids(db.table.query().onlyDeleted().first().stream().toList()));
  }

  @Test
  void firstHonoursTheOffset() {
    assertEquals(List.of(6L),
        ids(db.table.query().orderBy(NAME.desc()).offset(1).first().stream().toList()));
    assertTrue(db.table.query().offset(5).first().isEmpty());
  }

  @Test
  void firstIsEmptyWhenNothingMatches() {
    assertTrue(db.table.query().where(NAME.eq("carol")).first().isEmpty());
  }

  @Test
  void firstAgreesWithListWhenTheLimitIsZero() {
    Query<Person> query = db.table.query().limit(0);
    assertEquals(List.of(), query.list());
    assertEquals(0, query.count());
    assertTrue(query.first().isEmpty());
  }
}
