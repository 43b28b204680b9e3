package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.paranoid.it.model.Label;
import dev.paranoid.it.model.LabelParanoidDao;
import dev.paranoid.it.model.Shelf;
import dev.paranoid.it.model.ShelfParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Records all the way (issue 14): a class includes record children, which are read through their
 * canonical constructor and filtered by their own deletion column, and a cascade soft-deletes and
 * restores them.
 */
class RecordChildrenTest extends DatabaseTestBase {

  private ShelfParanoidDao shelves;
  private LabelParanoidDao labels;

  @BeforeEach
  void tables() {
    Schema.create(db.dataSource(), ShelfParanoidDao.TABLE_DEFINITION,
        LabelParanoidDao.TABLE_DEFINITION);
    shelves = new ShelfParanoidDao(db.dataSource(), clock);
    labels = new LabelParanoidDao(db.dataSource(), clock);
  }

  @Test
  void aClassIncludesItsRecordChildrenLiveOnlyUnlessAsked() {
    Shelf kitchen = shelves.create(new Shelf("kitchen"));
    Label salt = labels.create(Label.of("salt", kitchen));
    Label sugar = labels.create(Label.of("sugar", kitchen));
    labels.destroy(sugar);

    Shelf loaded = shelves.query().include(ShelfParanoidDao.LABELS).first().orElseThrow();
    assertEquals(List.of("salt"), loaded.labels.stream().map(Label::text).toList());
    Label read = loaded.labels.get(0);
    assertEquals(salt.id(), read.id());
    assertEquals(kitchen.id, read.shelf().id, "a record keeps the key-only reference it was read with");
    assertNull(read.deletedAt());

    Shelf all = shelves.query().include(ShelfParanoidDao.LABELS.includeDeleted()).first()
        .orElseThrow();
    assertEquals(List.of("salt", "sugar"), all.labels.stream().map(Label::text).toList());
    assertNotNull(all.labels.get(1).deletedAt());
  }

  @Test
  void aCascadeSoftDeletesAndRestoresRecordChildren() {
    Shelf pantry = shelves.create(new Shelf("pantry"));
    labels.create(Label.of("rice", pantry));
    labels.create(Label.of("beans", pantry));

    shelves.destroy(pantry);
    assertEquals(0, labels.count());
    assertEquals(2, labels.query().onlyDeleted().count());

    shelves.restore(pantry);
    assertEquals(2, labels.count());
  }
}
