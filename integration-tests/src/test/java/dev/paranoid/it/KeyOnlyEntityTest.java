package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Badge;
import dev.paranoid.it.model.BadgeParanoidDao;
import dev.paranoid.it.model.Marker;
import dev.paranoid.it.model.MarkerParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: entities with no column but their key and their deletion time. A generated key leaves
 * {@code create} nothing to send: the INSERT lists no column ({@code DEFAULT VALUES}; MariaDB and
 * MySQL get {@code () VALUES ()}). An assigned key is the only value sent.
 */
class KeyOnlyEntityTest extends DatabaseTestBase {

  private MarkerParanoidDao markers;
  private BadgeParanoidDao badges;

  @BeforeEach
  void daos() {
    markers = new MarkerParanoidDao(db.dataSource(), clock);
    badges = new BadgeParanoidDao(db.dataSource(), clock);
  }

  @Test
  void createInsertsARowOfDefaultsAndReadsBackItsGeneratedKey() {
    Marker first = new Marker();
    assertSame(first, markers.create(first));
    Marker second = markers.create(new Marker());

    assertNotNull(first.id);
    assertNotNull(second.id);
    assertNotEquals(first.id, second.id);
    List<Map<String, Object>> stored = db.rows("SELECT id, deleted_at FROM markers ORDER BY id");
    assertEquals(2, stored.size());
    assertEquals(first.id, ((Number) stored.get(0).get("id")).longValue());
    assertEquals(second.id, ((Number) stored.get(1).get("id")).longValue());
    assertNull(stored.get(0).get("deleted_at"), "created live");
    assertNull(stored.get(1).get("deleted_at"), "created live");
  }

  @Test
  void aKeyOnlyRowIsSoftDeletedAndRestoredLikeAnyOther() {
    Marker marker = markers.create(new Marker());

    assertTrue(markers.destroy(marker));
    assertNotNull(marker.deletedAt);
    assertNotNull(deletedAtOf("markers", marker.id));
    assertTrue(markers.findByPk(marker.id).isEmpty());
    assertEquals(0, markers.count());

    assertTrue(markers.restore(marker));
    assertNull(deletedAtOf("markers", marker.id));
    assertEquals(List.of(marker.id), map(markers.findAll(), m -> m.id));
  }

  @Test
  void anAssignedKeyIsTheOnlyValueSent() {
    Badge gold = badges.create(new Badge("gold"));
    badges.create(new Badge("silver"));

    assertEquals("gold", gold.code);
    assertEquals(List.of("gold", "silver"), db.rows("SELECT code FROM badges ORDER BY code")
        .stream().map(row -> row.get("code")).toList());
    assertNull(db.single(java.time.LocalDateTime.class,
        "SELECT deleted_at FROM badges WHERE code = ?", "gold"));
    assertTrue(badges.destroyByPk("gold"));
    assertEquals(List.of("silver"), map(badges.findAll(), b -> b.code));
  }
}
