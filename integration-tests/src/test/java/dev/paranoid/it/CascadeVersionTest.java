package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Ledger;
import dev.paranoid.it.model.LedgerEntry;
import dev.paranoid.it.model.LedgerEntryParanoidDao;
import dev.paranoid.it.model.LedgerParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.OptimisticLockException;
import dev.paranoid.runtime.schema.Schema;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cascade bumps the {@code @Version} of every child row it changes, as the root's own soft
 * destroy and restore do, so that a child read before the cascade is stale: updating it fails
 * with {@link OptimisticLockException} instead of overwriting the cascade's work.
 *
 * <p>Conformance: C46.
 */
class CascadeVersionTest extends DatabaseTestBase {

  private LedgerParanoidDao ledgers;
  private LedgerEntryParanoidDao entries;
  private Ledger ledger;
  private LedgerEntry first;
  private LedgerEntry second;

  @BeforeEach
  void ledger() {
    Schema.create(db.dataSource(), LedgerParanoidDao.TABLE_DEFINITION,
        LedgerEntryParanoidDao.TABLE_DEFINITION);
    ledgers = new LedgerParanoidDao(db.dataSource(), clock);
    entries = new LedgerEntryParanoidDao(db.dataSource(), clock);
    ledger = ledgers.create(new Ledger("main"));
    first = entries.create(new LedgerEntry(10, ledger));
    second = entries.create(new LedgerEntry(20, ledger));
  }

  private long storedVersion(LedgerEntry entry) {
    return db.single(Long.class, "SELECT version FROM ledger_entries WHERE id = ?", entry.getId());
  }

  private void assertCascadeBumps(Consumer<Ledger> destroy, Consumer<Ledger> restore) {
    LedgerEntry readBefore = entries.findByPk(first.getId()).orElseThrow();
    assertEquals(0L, readBefore.getVersion());
    tick();

    destroy.accept(ledger);
    assertEquals(1L, storedVersion(first), "the cascade bumped the child it deleted");
    assertEquals(1L, storedVersion(second));

    restore.accept(ledger);
    assertEquals(2L, storedVersion(first), "the restore bumped it again");
    assertNull(db.timestamp("ledger_entries", "deleted_at", first.getId()));

    readBefore.setAmount(99);
    assertThrows(OptimisticLockException.class, () -> entries.update(readBefore),
        "an entry read before the cascade is stale");
    assertEquals(10, db.single(Integer.class, "SELECT amount FROM ledger_entries WHERE id = ?",
        first.getId()));
  }

  @Test
  void instanceFormsBumpTheChildren() {
    assertCascadeBumps(l -> assertTrue(ledgers.destroy(l)), l -> assertTrue(ledgers.restore(l)));
  }

  @Test
  void byKeyFormsBumpTheChildren() {
    assertCascadeBumps(l -> assertTrue(ledgers.destroyByPk(l.getId())),
        l -> assertTrue(ledgers.restoreByPk(l.getId())));
  }

  @Test
  void bulkFormsBumpTheChildren() {
    assertCascadeBumps(l -> assertEquals(1, ledgers.destroy(LedgerParanoidDao.NAME.eq("main"))),
        l -> assertEquals(1, ledgers.restore(LedgerParanoidDao.NAME.eq("main"))));
  }

  @Test
  void aChildDeletedOnItsOwnIsNeitherRestoredNorBumped() {
    assertTrue(entries.destroy(second));
    assertEquals(1L, storedVersion(second));
    tick();
    assertTrue(ledgers.destroy(ledger));
    assertTrue(ledgers.restore(ledger));

    assertEquals(2L, storedVersion(first));
    assertEquals(1L, storedVersion(second), "not touched by the cascade");
    List<LedgerEntry> live = entries.findAll();
    assertEquals(1, live.size());
  }
}
