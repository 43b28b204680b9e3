package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Bookmark;
import dev.paranoid.it.model.BookmarkParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A record as a paranoid entity, end to end: records cannot change, so the DAO never mutates one. */
class RecordEntityTest extends DatabaseTestBase {

  private BookmarkParanoidDao bookmarks;

  @BeforeEach
  void createTable() {
    Schema.create(db.dataSource(), BookmarkParanoidDao.TABLE_DEFINITION);
    bookmarks = new BookmarkParanoidDao(db.dataSource(), clock);
  }

  @Test
  void createReturnsANewRecordWithTheGeneratedIdAndTimestamps() {
    Bookmark draft = Bookmark.of("https://example.org");
    Bookmark created = bookmarks.create(draft);
    assertNull(draft.id(), "the draft is a record: unchanged");
    assertNotNull(created.id());
    assertEquals("https://example.org", created.url());
    assertEquals(micros(T0), created.createdAt());
    assertEquals(micros(T0), created.updatedAt());
    assertNull(created.deletedAt());
    assertEquals(created, bookmarks.findByPk(created.id()).orElseThrow(),
        "records compare by value: the stored row reads back equal");
  }

  @Test
  void updateWritesTheRowAndLeavesTheRecordAlone() {
    Bookmark created = bookmarks.create(Bookmark.of("a"));
    Instant later = tick();
    Bookmark renamed = created.withUrl("b");
    assertTrue(bookmarks.update(renamed));
    Bookmark stored = bookmarks.findByPk(created.id()).orElseThrow();
    assertEquals("b", stored.url());
    assertEquals(micros(later), stored.updatedAt());
    assertEquals(micros(T0), stored.createdAt());
    assertEquals(micros(T0), renamed.updatedAt(), "the record itself cannot change");
  }

  @Test
  void destroyAndRestoreSayWhetherARowChanged() {
    Bookmark created = bookmarks.create(Bookmark.of("a"));
    Instant deletion = tick();
    assertTrue(bookmarks.destroy(created));
    assertFalse(bookmarks.destroy(created), "already deleted");
    assertNull(created.deletedAt(), "read the row again to see its new state");
    assertTrue(bookmarks.findByPk(created.id()).isEmpty());
    Bookmark deleted = bookmarks.findByPk(created.id(), true).orElseThrow();
    assertEquals(micros(deletion), deleted.deletedAt());
    assertEquals(List.of(deleted), bookmarks.query().onlyDeleted().list());

    assertTrue(bookmarks.restore(deleted));
    assertFalse(bookmarks.restore(deleted), "already live");
    assertNull(bookmarks.findByPk(created.id()).orElseThrow().deletedAt());
  }

  @Test
  void conditionsBulkOperationsAndForceDestroyWork() {
    bookmarks.create(Bookmark.of("keep"));
    Bookmark gone = bookmarks.create(Bookmark.of("gone"));
    assertEquals(1, bookmarks.destroy(BookmarkParanoidDao.URL.eq("gone")));
    assertEquals(1, bookmarks.count());
    assertEquals(1, bookmarks.restore(BookmarkParanoidDao.URL.like("go%")));
    assertTrue(bookmarks.destroy(gone, true));
    assertEquals(List.of("keep"), map(bookmarks.query().includeDeleted().list(), Bookmark::url));
  }
}
