package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code Transactions.callWithRetry}: a block the database rolled back for a conflict (SQLState
 * class 40) runs again, each attempt in a new transaction, up to the number of attempts given;
 * other failures are not retried, and a block inside an open transaction is never retried.
 */
class TransactionsRetryTest extends TransactionsFixture {

  private static TransactionConflictException conflict(String state) {
    return new TransactionConflictException("conflict", "UPDATE t SET x = 1",
        new SQLException("could not serialize access", state));
  }

  @Test
  void aConflictRunsTheBlockAgainInANewTransaction() {
    AtomicInteger attempts = new AtomicInteger();
    String result = Transactions.callWithRetry(dataSource, 5, () -> {
      int attempt = attempts.incrementAndGet();
      insert(attempt);
      if (attempt < 3) {
        throw conflict(attempt == 1 ? "40001" : "40P01");
      }
      return "done";
    });
    assertEquals("done", result);
    assertEquals(3, attempts.get());
    assertEquals(List.of(3L), committedIds(), "the first two attempts were rolled back");
    assertReleased();
  }

  @Test
  void theLastConflictIsThrownWhenTheAttemptsAreSpent() {
    AtomicInteger attempts = new AtomicInteger();
    TransactionConflictException last = conflict("40001");
    TransactionConflictException thrown = assertThrows(TransactionConflictException.class,
        () -> Transactions.runWithRetry(dataSource, 3, () -> {
          attempts.incrementAndGet();
          insert(attempts.get());
          throw last;
        }));
    assertSame(last, thrown);
    assertEquals("40001", thrown.getSqlState());
    assertEquals(3, attempts.get());
    assertEquals(List.of(), committedIds());
    assertReleased();
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    assertThrows(IllegalStateException.class, () -> Transactions.runWithRetry(dataSource, 5, () -> {
      attempts.incrementAndGet();
      throw new IllegalStateException("a bug, not a conflict");
    }));
    assertEquals(1, attempts.get());
  }

  @Test
  void insideAnOpenTransactionTheBlockJoinsAndIsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    assertThrows(TransactionConflictException.class, () -> Transactions.run(dataSource, () -> {
      insert(1);
      Transactions.runWithRetry(dataSource, 5, () -> {
        attempts.incrementAndGet();
        throw conflict("40001");
      });
    }));
    assertEquals(1, attempts.get(), "only the outermost transaction can run again");
    assertEquals(List.of(), committedIds());
  }

  @Test
  void atLeastOneAttempt() {
    assertThrows(IllegalArgumentException.class,
        () -> Transactions.runWithRetry(dataSource, 0, () -> { }));
  }
}
