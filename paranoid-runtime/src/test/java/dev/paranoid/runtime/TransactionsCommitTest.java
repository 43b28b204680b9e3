package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.transaction.BoundConnections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TransactionsCommitTest extends TransactionsFixture {

  @Test
  void runCommitsWhenTheWorkSucceeds() {
    Transactions.run(dataSource, () -> {
      insert(1);
      insert(2);
      assertEquals(List.of(), committedIds(), "not visible to others before the commit");
    });
    assertEquals(List.of(1L, 2L), committedIds());
    assertReleased();
  }

  @Test
  void callCommitsAndReturnsTheResult() {
    long count = Transactions.call(dataSource, () -> {
      insert(1);
      return executor.count("SELECT COUNT(*) FROM account", statement -> {});
    });
    assertEquals(1, count);
    assertEquals(List.of(1L), committedIds());
    assertReleased();
  }

  @Test
  void everyStatementInsideUsesTheOneBoundConnection() {
    SqlExecutor anotherExecutor = new SqlExecutor(dataSource, Dialect.H2);
    Transactions.run(dataSource, () -> {
      insert(1);
      anotherExecutor.update("UPDATE account SET owner = ? WHERE id = ?", statement -> {
        statement.statement().setString(1, "renamed");
        statement.statement().setInt(2, 1);
      });
      assertEquals(List.of("renamed"), executor.list("SELECT owner FROM account",
          statement -> {}, row -> row.resultSet().getString(1)));
      assertEquals(1, counting.openConnections(), "the executor must not close it");
    });
    assertEquals(1, counting.connectionsOpened());
    assertEquals(3, counting.statementsPrepared());
    assertEquals(1, counting.distinctStatementConnections());
    assertReleased();
  }

  @Test
  void theConnectionIsBoundOnlyDuringTheBlock() {
    assertNull(BoundConnections.current(dataSource));
    Transactions.run(dataSource, () -> assertNotNull(BoundConnections.current(dataSource)));
    assertNull(BoundConnections.current(dataSource));

    insert(1);
    insert(2);
    assertEquals(3, counting.connectionsOpened(), "after the block each call borrows its own");
    assertReleased();
  }

  @Test
  void autoCommitIsRestoredBeforeTheConnectionIsGivenBack() {
    Transactions.run(dataSource, () -> insert(1));
    assertEquals(List.of(true), counting.autoCommitAtClose());
  }

  @Test
  void anotherThreadDoesNotJoinTheTransaction() throws InterruptedException {
    AtomicReference<Throwable> otherThreadFailure = new AtomicReference<>();
    Transactions.run(dataSource, () -> {
      insert(1);
      Thread other = new Thread(() -> {
        try {
          insert(2); // own connection, auto-commit
        } catch (Throwable t) {
          otherThreadFailure.set(t);
        }
      });
      other.start();
      other.join();
      assertEquals(List.of(2L), committedIds());
    });
    assertNull(otherThreadFailure.get());
    assertEquals(List.of(1L, 2L), committedIds());
    assertEquals(2, counting.connectionsOpened());
    assertEquals(2, counting.distinctStatementConnections());
    assertReleased();
  }

  @Test
  void nullArgumentsAreRefusedNamingThem() {
    NullPointerException noDataSource = assertThrows(NullPointerException.class,
        () -> Transactions.run(null, () -> {}));
    assertTrue(noDataSource.getMessage().contains("dataSource"), noDataSource.getMessage());
    NullPointerException noWork = assertThrows(NullPointerException.class,
        () -> Transactions.run(dataSource, null));
    assertTrue(noWork.getMessage().contains("work"), noWork.getMessage());
    NullPointerException noCallable = assertThrows(NullPointerException.class,
        () -> Transactions.call(dataSource, null));
    assertTrue(noCallable.getMessage().contains("work"), noCallable.getMessage());
    assertEquals(0, counting.connectionsOpened());
  }
}
