package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Badge;
import dev.paranoid.it.model.BadgeParanoidDao;
import dev.paranoid.it.model.Member;
import dev.paranoid.it.model.MemberParanoidDao;
import dev.paranoid.it.model.Plan;
import dev.paranoid.it.model.PlanParanoidDao;
import dev.paranoid.it.model.Setting;
import dev.paranoid.it.model.SettingParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.SqlCapture;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.UniqueConstraintException;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * C50: {@code upsert} inserts, or updates the live row that holds the same assigned key or unique
 * value, in one statement; soft-deleted rows never match, so re-adding a deleted e-mail makes a new
 * live row, and a deleted holder of a key is refused rather than changed.
 */
class UpsertTest extends DatabaseTestBase {

  private MemberParanoidDao members;
  private SettingParanoidDao settings;
  private PlanParanoidDao plans;

  @BeforeEach
  void tables() {
    Schema.create(db.dataSource(), MemberParanoidDao.TABLE_DEFINITION,
        SettingParanoidDao.TABLE_DEFINITION, PlanParanoidDao.TABLE_DEFINITION,
        BadgeParanoidDao.TABLE_DEFINITION);
    members = new MemberParanoidDao(db.dataSource(), clock);
    settings = new SettingParanoidDao(db.dataSource(), clock);
    plans = new PlanParanoidDao(db.dataSource(), clock);
  }

  @Test
  void upsertInsertsANewRowInOneStatement() {
    SqlCapture sql = new SqlCapture(db.dataSource());
    MemberParanoidDao captured = new MemberParanoidDao(sql.dataSource(), clock);
    Instant now = tick();
    Member ann = new Member("ann@example.com", "acme", "ann");

    SqlCapture.Recording recording = sql.during(() -> captured.upsert(ann));

    assertNull(recording.failure());
    assertEquals(1, recording.statements().size(), recording.statements().toString());
    assertSame(ann, recording.result());
    assertNotNull(ann.getId());
    assertEquals(micros(now), ann.getCreatedAt());
    assertEquals(micros(now), ann.getUpdatedAt());
    Member stored = members.findByPk(ann.getId()).orElseThrow();
    assertEquals("acme", stored.getOrg());
    assertEquals(micros(now), stored.getCreatedAt());
  }

  @Test
  void upsertUpdatesTheLiveRowWithTheSameUniqueValueInOneStatement() {
    Instant created = tick();
    Member first = members.create(new Member("ann@example.com", "acme", "ann"));
    Instant later = tick();
    SqlCapture sql = new SqlCapture(db.dataSource());
    MemberParanoidDao captured = new MemberParanoidDao(sql.dataSource(), clock);
    Member again = new Member("ann@example.com", "globex", "annie");

    SqlCapture.Recording recording = sql.during(() -> captured.upsert(again));

    assertNull(recording.failure());
    assertEquals(1, recording.statements().size(), recording.statements().toString());
    assertEquals(first.getId(), again.getId(), "the live row was matched by its e-mail");
    assertEquals(micros(created), again.getCreatedAt(), "createdAt is kept on update");
    assertEquals(micros(later), again.getUpdatedAt());
    assertEquals(1, db.countRows("members"));
    Member stored = members.findByPk(first.getId()).orElseThrow();
    assertEquals("globex", stored.getOrg());
    assertEquals("annie", stored.getHandle());
    assertEquals(micros(created), stored.getCreatedAt());
    assertEquals(micros(later), stored.getUpdatedAt());
  }

  @Test
  void upsertOfADeletedEmailCreatesANewLiveRowAndLeavesTheDeletedOneRestorable() {
    Member old = members.create(new Member("ann@example.com", "acme", "ann"));
    tick();
    members.destroy(old);
    Object deletedAt = deletedAtOf("members", old.getId());
    tick();

    Member readded = members.upsert(new Member("ann@example.com", "initech", "ann2"));

    assertNotEquals(old.getId(), readded.getId());
    assertEquals(2, db.countRows("members"));
    assertEquals(deletedAt, deletedAtOf("members", old.getId()), "the deleted row is untouched");
    assertEquals("acme", db.value(String.class, "members", "org", old.getId()));
    assertEquals(1, members.count(MemberParanoidDao.EMAIL.eq("ann@example.com")));
    // restoring the deleted one would make two live rows with one e-mail
    assertThrows(UniqueConstraintException.class, () -> members.restoreByPk(old.getId()));
    assertEquals(deletedAt, deletedAtOf("members", old.getId()));
  }

  @Test
  void upsertByAssignedKeyUpdatesTheLiveRowAndBumpsItsVersion() {
    Instant created = tick();
    Setting theme = settings.create(new Setting("theme", "light"));
    assertEquals(0L, theme.getVersion());
    Instant later = tick();

    Setting dark = settings.upsert(new Setting("theme", "dark"));

    assertEquals(1L, dark.getVersion(), "an update bumps the stored version");
    assertEquals(micros(created), dark.getCreatedAt());
    assertEquals(micros(later), dark.getUpdatedAt());
    Setting stored = settings.findByPk("theme").orElseThrow();
    assertEquals("dark", stored.getValue());
    assertEquals(1L, stored.getVersion());
    assertEquals(1, db.countRows("settings"));
    // the entity read before the upsert is stale now
    theme.setValue("sepia");
    assertThrows(dev.paranoid.runtime.OptimisticLockException.class, () -> settings.update(theme));

    Setting fresh = settings.upsert(new Setting("locale", "en"));
    assertEquals(0L, fresh.getVersion(), "an insert starts at the first version");
    assertEquals(2, db.countRows("settings"));
  }

  @Test
  void upsertNeverChangesASoftDeletedHolderOfTheKey() {
    Setting theme = settings.create(new Setting("theme", "light"));
    tick();
    settings.destroy(theme);
    Object deletedAt = settingDeletedAt("theme");

    UniqueConstraintException refused = assertThrows(UniqueConstraintException.class,
        () -> settings.upsert(new Setting("theme", "dark")));

    assertNotNull(refused.getSql());
    assertEquals(1, db.countRows("settings"));
    assertEquals("light", settings.findByPk("theme", true).orElseThrow().getValue());
    assertEquals(deletedAt, settingDeletedAt("theme"));
    assertTrue(settings.restore(theme), "the deleted row is still restorable");
    assertEquals("light", settings.findByPk("theme").orElseThrow().getValue());
  }

  @Test
  void upsertRefusesAnotherLiveRowsUniqueValueAndChangesNothing() {
    Setting a = new Setting("a", "1");
    a.setAlias("shared");
    settings.create(a);
    settings.create(new Setting("b", "2"));

    Setting b = new Setting("b", "changed");
    b.setAlias("shared");
    assertThrows(UniqueConstraintException.class, () -> settings.upsert(b));
    Setting c = new Setting("c", "3");
    c.setAlias("shared");
    assertThrows(UniqueConstraintException.class, () -> settings.upsert(c));

    assertEquals("2", settings.findByPk("b").orElseThrow().getValue());
    assertNull(settings.findByPk("b").orElseThrow().getAlias());
    assertEquals("shared", settings.findByPk("a").orElseThrow().getAlias());
    assertEquals("1", settings.findByPk("a").orElseThrow().getValue());
    assertEquals(2, db.countRows("settings"));
    assertNull(b.getCreatedAt(), "a refused upsert gives the entity back its values");
    assertNull(b.getVersion());
  }

  @Test
  void upsertOfARecordReturnsTheStoredRowAsANewRecord() {
    Instant created = tick();
    Plan basic = plans.upsert(Plan.of("basic", "Basic"));
    assertNotNull(basic.id());
    assertEquals(micros(created), basic.createdAt());
    Instant later = tick();

    Plan renamed = plans.upsert(Plan.of("basic", "Basic plus"));

    assertEquals(basic.id(), renamed.id());
    assertEquals("Basic plus", renamed.title());
    assertEquals(micros(created), renamed.createdAt());
    assertEquals(micros(later), renamed.updatedAt());
    assertEquals("Basic plus", plans.findByPk(basic.id()).orElseThrow().title());
    assertEquals(1, db.countRows("plans"));
  }

  @Test
  void upsertOfAnEntityWithOnlyAKeyKeepsOneRowAndRefusesADeletedOne() {
    BadgeParanoidDao badges = new BadgeParanoidDao(db.dataSource(), clock);
    badges.upsert(new Badge("gold"));
    badges.upsert(new Badge("gold"));
    assertEquals(1, db.countRows("badges"));

    badges.destroyByPk("gold");
    assertThrows(UniqueConstraintException.class, () -> badges.upsert(new Badge("gold")));
    assertEquals(1, db.countRows("badges"));
    assertEquals(0, badges.count());
  }

  @Test
  void upsertRefusesAGeneratedKeyOrADeletionTimeBeforeSendingAnything() {
    Member stored = members.create(new Member("ann@example.com", "acme", "ann"));
    SqlCapture sql = new SqlCapture(db.dataSource());
    MemberParanoidDao captured = new MemberParanoidDao(sql.dataSource(), clock);

    SqlCapture.Recording withKey = sql.during(() -> captured.upsert(stored));
    Member deleted = new Member("bob@example.com", "acme", "bob");
    deleted.setDeletedAt(Instant.now());
    SqlCapture.Recording withDeletion = sql.during(() -> captured.upsert(deleted));

    assertTrue(withKey.failure() instanceof IllegalArgumentException);
    assertTrue(withKey.failure().getMessage().contains("upsert: the Member already has id"),
        withKey.failure().getMessage());
    assertTrue(withDeletion.failure() instanceof IllegalArgumentException);
    assertEquals(List.of(), withKey.statements());
    assertEquals(List.of(), withDeletion.statements());
  }

  @Test
  void aCallersRollbackGivesTheEntityBackItsValues() {
    Member ann = new Member("ann@example.com", "acme", "ann");
    assertThrows(IllegalStateException.class, () -> Transactions.run(db.dataSource(), () -> {
      members.upsert(ann);
      assertNotNull(ann.getId());
      throw new IllegalStateException("roll back");
    }));
    assertNull(ann.getId());
    assertNull(ann.getCreatedAt());
    assertEquals(0, db.countRows("members"));
  }

  private Object settingDeletedAt(String name) {
    return db.single(LocalDateTime.class, "SELECT deleted_at FROM settings WHERE name = ?", name);
  }

  @Test
  void eightThreadsUpsertingOneEmailLeaveOneLiveRow() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 5; round++) {
        String email = "racer" + round + "@example.com";
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Member>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          String org = "org" + i;
          results.add(pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return members.upsert(new Member(email, org, email));
          }));
        }
        Set<Long> ids = new HashSet<>();
        for (Future<Member> result : results) {
          ids.add(result.get(60, TimeUnit.SECONDS).getId());
        }
        assertEquals(1, ids.size(), "round " + round + ": every caller wrote the same row");
        assertEquals(1, members.count(MemberParanoidDao.EMAIL.eq(email)));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
