package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Member;
import dev.paranoid.it.model.MemberParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.FoundOrCreated;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.UniqueConstraintException;
import dev.paranoid.runtime.schema.Schema;
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
 * {@code findOrCreate(where, newEntity)}: the live match, or a new row; concurrent calls for one
 * unique value make one row.
 *
 * <p>Conformance: C49.
 */
class FindOrCreateTest extends DatabaseTestBase {

  private MemberParanoidDao members;

  @BeforeEach
  void membersTable() {
    Schema.create(db.dataSource(), MemberParanoidDao.TABLE_DEFINITION);
    members = new MemberParanoidDao(db.dataSource(), clock);
  }

  private FoundOrCreated<Member> ann() {
    return members.findOrCreate(MemberParanoidDao.EMAIL.eq("ann@example.com"),
        () -> new Member("ann@example.com", "acme", "ann"));
  }

  @Test
  void createsWhenNothingMatchesAndFindsAfterwards() {
    FoundOrCreated<Member> first = ann();
    assertTrue(first.created());
    FoundOrCreated<Member> second = ann();
    assertFalse(second.created());
    assertEquals(first.entity().getId(), second.entity().getId());
    assertEquals(1, db.countRows("members"));
  }

  @Test
  void aSoftDeletedMatchIsNotFoundSoALiveOneIsCreated() {
    Member deleted = ann().entity();
    members.destroy(deleted);

    FoundOrCreated<Member> again = ann();

    assertTrue(again.created(), "re-adding a deleted email makes a new live row");
    assertNotEquals(deleted.getId(), again.entity().getId());
    assertEquals(2, db.countRows("members"));
  }

  @Test
  void whenAnotherCallInsertsFirstItsRowIsReturned() {
    FoundOrCreated<Member> result = members.findOrCreate(
        MemberParanoidDao.EMAIL.eq("ann@example.com"), () -> {
          // the concurrent caller wins the race between the lookup and the insert
          members.create(new Member("ann@example.com", "acme", "ann"));
          return new Member("ann@example.com", "acme", "ann");
        });

    assertFalse(result.created());
    assertEquals("ann@example.com", result.entity().getEmail());
    assertEquals(1, db.countRows("members"));
  }

  @Test
  void insideATransactionTheClashIsThrownForTheCallerToRetry() {
    members.create(new Member("ann@example.com", "acme", "ann"));
    assertThrows(UniqueConstraintException.class, () -> Transactions.run(db.dataSource(),
        () -> members.findOrCreate(MemberParanoidDao.HANDLE.eq("nobody"),
            () -> new Member("ann@example.com", "other", "annie"))));
    assertEquals(1, db.countRows("members"));
  }

  @Test
  void eightThreadsAskingForOneEmailMakeOneRow() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 5; round++) {
        String email = "racer" + round + "@example.com";
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<FoundOrCreated<Member>>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          results.add(pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return members.findOrCreate(MemberParanoidDao.EMAIL.eq(email),
                () -> new Member(email, "race", email));
          }));
        }
        Set<Long> ids = new HashSet<>();
        int created = 0;
        for (Future<FoundOrCreated<Member>> result : results) {
          FoundOrCreated<Member> outcome = result.get(60, TimeUnit.SECONDS);
          ids.add(outcome.entity().getId());
          created += outcome.created() ? 1 : 0;
        }
        assertEquals(1, ids.size(), "round " + round + ": every caller got the same row");
        assertEquals(1, created, "round " + round + ": exactly one caller created it");
        assertEquals(1, members.count(MemberParanoidDao.EMAIL.eq(email)));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
