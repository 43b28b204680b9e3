package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cascade whose parent and child deletion columns are of different kinds, in tables made by
 * hand (a user's own DDL, e.g. Flyway's): Story's and Review's {@code @DeletedAt Instant} fields
 * have no {@code columnDefinition}, yet one table declares {@code TIMESTAMP(6) WITH TIME ZONE} and
 * the other a zone-less {@code TIMESTAMP(6)}. Run in a non-UTC JVM (America/St_Johns), where
 * H2 and PostgreSQL compare the two kinds through the session's time zone.
 *
 * <p>MariaDB has only zone-less DATETIME: both columns are DATETIME(6) there, and the test checks
 * the cascade still restores exactly.
 *
 * <p>Conformance: C42.
 */
class CascadeAcrossColumnKindsTest extends DatabaseTestBase {

  /** Recreates stories and reviews by hand, with the given deletion column types. */
  private void tablesWithDeletionColumns(String storyKind, String reviewKind) {
    db.execute("DROP TABLE reviews");
    db.execute("DROP TABLE stories");
    for (String sql : Schema.ddl(db.dialect(), StoryParanoidDao.TABLE_DEFINITION)) {
      db.execute(withDeletionColumn(sql, storyKind));
    }
    for (String sql : Schema.ddl(db.dialect(), ReviewParanoidDao.TABLE_DEFINITION)) {
      db.execute(withDeletionColumn(sql, reviewKind));
    }
  }

  private String withDeletionColumn(String ddl, String kind) {
    if (db.dialect() == Dialect.MARIADB || !ddl.startsWith("CREATE TABLE")) {
      return ddl; // DATETIME(6) on MariaDB, its only kind
    }
    String zoneLess = "deleted_at TIMESTAMP(6)";
    assertTrue(ddl.contains(zoneLess), ddl);
    return ddl.replace(zoneLess, kind.equals("zoned") ? zoneLess + " WITH TIME ZONE" : zoneLess);
  }

  @ParameterizedTest(name = "story {0}, review {1}")
  @CsvSource({"zoned, zone-less", "zone-less, zoned", "zoned, zoned", "zone-less, zone-less"})
  void restoreRevivesExactlyTheChildrenDeletedWithTheirParent(String storyKind, String reviewKind) {
    tablesWithDeletionColumns(storyKind, reviewKind);
    User alice = users.create(new User("alice"));
    Story story = stories.create(new Story("s", alice));
    Review withStory = reviews.create(new Review("with the story", 3, alice, story));
    Review onItsOwn = reviews.create(new Review("on its own", 3, alice, story));

    Instant ownDeletion = micros(tick());
    assertTrue(reviews.destroy(onItsOwn));
    Instant storyDeletion = micros(tick());
    assertTrue(stories.destroy(story));

    // the cascade wrote the parent's instant into the child, whatever the column kinds
    assertEquals(storyDeletion, storedInstant("stories", story.getId(), storyKind));
    assertEquals(storyDeletion, storedInstant("reviews", withStory.getId(), reviewKind));
    assertEquals(ownDeletion, storedInstant("reviews", onItsOwn.getId(), reviewKind));

    tick();
    assertTrue(stories.restore(story));

    assertNull(storedInstant("stories", story.getId(), storyKind));
    assertNull(storedInstant("reviews", withStory.getId(), reviewKind),
        "deleted with its story: restored");
    assertEquals(ownDeletion, storedInstant("reviews", onItsOwn.getId(), reviewKind),
        "deleted on its own, earlier: stays deleted");
    assertTrue(reviews.findByPk(withStory.getId()).isPresent());
    assertTrue(reviews.findByPk(onItsOwn.getId()).isEmpty());
  }

  /**
   * The stored deletion instant, read with plain JDBC: {@code getObject(OffsetDateTime)} on a
   * zoned column; a zone-less one holds UTC wall-clock time, read as the database's own text.
   */
  private Instant storedInstant(String table, Long id, String kind) {
    if (kind.equals("zoned") && db.dialect() != Dialect.MARIADB) {
      OffsetDateTime stored = db.value(OffsetDateTime.class, table, "deleted_at", id);
      return stored == null ? null : stored.toInstant();
    }
    LocalDateTime wallClock = StoredTime.zoneLess(db, table, "deleted_at", id);
    return wallClock == null ? null : wallClock.toInstant(ZoneOffset.UTC);
  }
}
