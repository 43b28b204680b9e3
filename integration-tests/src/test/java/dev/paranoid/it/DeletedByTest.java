package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Document;
import dev.paranoid.it.model.DocumentParanoidDao;
import dev.paranoid.it.model.Folder;
import dev.paranoid.it.model.FolderParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.SqlCapture;
import dev.paranoid.runtime.Auditor;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.DaoConfig;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.schema.Schema;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * C52: {@code @DeletedBy} holds the auditor's actor after every soft-destroy form (instance, by
 * key, by condition, and the children a cascade reaches) and is cleared by restore; force destroy
 * and purge ask for no actor; an actor of the wrong type is refused before anything is sent.
 */
class DeletedByTest extends DatabaseTestBase {

  /** Who is acting: the tests change it between calls. */
  private final String[] user = {"alice"};
  private final AtomicInteger asked = new AtomicInteger();
  private final Auditor<String> auditor = () -> {
    asked.incrementAndGet();
    return Optional.ofNullable(user[0]);
  };

  private FolderParanoidDao folders;
  private DocumentParanoidDao documents;

  @BeforeEach
  void tables() {
    Schema.create(db.dataSource(), FolderParanoidDao.TABLE_DEFINITION,
        DocumentParanoidDao.TABLE_DEFINITION);
    DaoConfig config = DaoConfig.builder().clock(clock).auditor(auditor).build();
    folders = new FolderParanoidDao(db.dataSource(), config);
    documents = new DocumentParanoidDao(db.dataSource(), config);
  }

  private Folder folderWithDocuments(String name, int count) {
    Folder folder = folders.create(new Folder(name));
    for (int i = 0; i < count; i++) {
      documents.create(new Document(name + " page " + i, folder));
    }
    return folder;
  }

  private String folderDeletedBy(Folder folder) {
    return db.value(String.class, "folders", "deleted_by", folder.getId());
  }

  private List<String> documentsDeletedBy(Folder folder) {
    return db.rows("SELECT deleted_by FROM documents WHERE folder_id = ? ORDER BY id",
            folder.getId()).stream()
        .map(row -> (String) row.values().iterator().next())
        .toList();
  }

  @Test
  void deletedByInstanceDestroyHoldsTheActorOnTheRowItsCascadeAndTheEntity() {
    Folder folder = folderWithDocuments("taxes", 2);

    assertTrue(folders.destroy(folder));

    assertEquals("alice", folder.getDeletedBy());
    assertEquals("alice", folderDeletedBy(folder));
    assertEquals(List.of("alice", "alice"), documentsDeletedBy(folder),
        "the cascade records the same actor");
    assertEquals(1, asked.get(), "the auditor is asked once per soft destroy");
    Folder read = folders.findByPk(folder.getId(), true).orElseThrow();
    assertEquals("alice", read.getDeletedBy());
  }

  @Test
  void deletedByIsClearedByRestoreWithItsCascade() {
    Folder folder = folderWithDocuments("taxes", 2);
    folders.destroy(folder);

    assertTrue(folders.restore(folder));

    assertNull(folder.getDeletedBy());
    assertNull(folderDeletedBy(folder));
    assertEquals(java.util.Arrays.asList(null, null), documentsDeletedBy(folder));
    assertNull(folders.findByPk(folder.getId()).orElseThrow().getDeletedBy());
  }

  @Test
  void deletedByDestroyByKeyAndByConditionRecordTheirActors() {
    Folder first = folderWithDocuments("first", 1);
    Folder second = folderWithDocuments("second", 1);
    Folder third = folderWithDocuments("third", 1);

    user[0] = "bob";
    assertTrue(folders.destroyByPk(first.getId()));
    user[0] = "carol";
    assertEquals(2, folders.destroy(FolderParanoidDao.ID.in(List.of(second.getId(),
        third.getId()))));

    assertEquals("bob", folderDeletedBy(first));
    assertEquals(List.of("bob"), documentsDeletedBy(first));
    assertEquals("carol", folderDeletedBy(second));
    assertEquals("carol", folderDeletedBy(third));
    assertEquals(List.of("carol"), documentsDeletedBy(third));

    // a child destroyed on its own records its actor too
    Document loose = documents.create(new Document("loose", folders.create(new Folder("f"))));
    user[0] = "dave";
    assertTrue(documents.destroy(loose));
    assertEquals("dave", loose.deletedBy);

    assertEquals(3, folders.restore(Condition.all()));
    assertEquals(null, folderDeletedBy(first));
    assertEquals(java.util.Arrays.asList((String) null), documentsDeletedBy(third));
  }

  @Test
  void deletedByIsNullWithoutAnActorOrWithoutAnAuditor() {
    user[0] = null;
    Folder nobody = folderWithDocuments("nobody", 1);
    folders.destroy(nobody);
    assertNull(nobody.getDeletedBy());
    assertNull(folderDeletedBy(nobody));

    FolderParanoidDao unaudited = new FolderParanoidDao(db.dataSource(), clock);
    Folder plain = unaudited.create(new Folder("plain"));
    assertTrue(unaudited.destroy(plain));
    assertNull(folderDeletedBy(plain));
    assertTrue(plain.getDeletedAt() != null);
  }

  @Test
  void deletedByForceDestroyAndPurgeNeedNoActor() {
    Auditor<String> refusing = () -> {
      throw new AssertionError("force destroy and purge ask for no actor");
    };
    FolderParanoidDao strict = new FolderParanoidDao(db.dataSource(),
        DaoConfig.builder().clock(clock).auditor(refusing).build());
    Folder gone = folderWithDocuments("gone", 2);
    assertTrue(strict.destroy(gone, true));
    assertEquals(0, db.countRows("documents"));

    Folder old = folderWithDocuments("old", 1);
    folders.destroy(old);
    clock.advance(Duration.ofDays(40));
    assertEquals(1, strict.purge(clock.instant().minus(Duration.ofDays(30))));
    assertEquals(0, db.countRows("folders"));
  }

  @Test
  void deletedByOfAnotherTypeIsRefusedWhenTheDaoIsBuiltIfTheTypeIsKnown() {
    DaoConfig longs = DaoConfig.builder().auditor(Long.class, () -> Optional.of(42L)).build();
    IllegalArgumentException explicit = assertThrows(IllegalArgumentException.class,
        () -> new FolderParanoidDao(db.dataSource(), longs));
    assertTrue(explicit.getMessage().contains("Folder.deletedBy is a String"),
        explicit.getMessage());
    assertTrue(explicit.getMessage().contains("Long"), explicit.getMessage());

    DaoConfig declared = DaoConfig.builder().auditor(new UserIds()).build();
    IllegalArgumentException byClass = assertThrows(IllegalArgumentException.class,
        () -> new FolderParanoidDao(db.dataSource(), declared));
    assertTrue(byClass.getMessage().contains("Folder.deletedBy"), byClass.getMessage());
    // a child's column is checked too: documents hold a String actor as well
    assertThrows(IllegalArgumentException.class,
        () -> new DocumentParanoidDao(db.dataSource(), declared));
  }

  /** An auditor whose actor type its class declares. */
  private static final class UserIds implements Auditor<Long> {
    @Override
    public Optional<Long> currentActor() {
      return Optional.of(7L);
    }
  }

  @Test
  void deletedByOfAnotherTypeFromALambdaIsRefusedBeforeAnythingIsSent() {
    Auditor<Object> anything = () -> Optional.of(42L);
    SqlCapture sql = new SqlCapture(db.dataSource());
    FolderParanoidDao wrong = new FolderParanoidDao(sql.dataSource(),
        DaoConfig.builder().clock(clock).auditor(anything).build());
    Folder folder = folders.create(new Folder("kept"));

    SqlCapture.Recording recording = sql.during(() -> wrong.destroy(folder));

    assertTrue(recording.failure() instanceof IllegalStateException, String.valueOf(
        recording.failure()));
    assertTrue(recording.failure().getMessage().contains("Folder.deletedBy is a String"),
        recording.failure().getMessage());
    assertEquals(List.of(), recording.statements());
    assertNull(folder.getDeletedAt());
    assertEquals(1, folders.count());
  }

  @Test
  void deletedByIsGivenBackWhenTheCallersTransactionRollsBack() {
    Folder folder = folderWithDocuments("rolled back", 1);
    assertThrows(IllegalStateException.class, () -> Transactions.run(db.dataSource(), () -> {
      folders.destroy(folder);
      assertEquals("alice", folder.getDeletedBy());
      throw new IllegalStateException("roll back");
    }));
    assertNull(folder.getDeletedBy());
    assertNull(folder.getDeletedAt());
    assertNull(folderDeletedBy(folder));
    assertEquals(1, folders.count());
  }

  @Test
  void deletedByIsNotForBulkUpdatesToSet() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> folders.update().set(FolderParanoidDao.DELETED_BY, "mallory"));
    assertTrue(refused.getMessage().contains("@DeletedBy"), refused.getMessage());
  }
}
