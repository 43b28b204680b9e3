package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.testing.CountingDataSource;
import dev.paranoid.runtime.testing.H2;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DAOs inside a transaction the caller manages on its own connection. */
class TransactionsOnConnectionTest {

  private DataSource database;
  private CountingDataSource counting;
  private SqlExecutor executor;

  @BeforeEach
  void open() {
    database = H2.newDatabase("on-connection");
    H2.execute(database, "CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20))");
    counting = new CountingDataSource(database);
    executor = new SqlExecutor(counting.dataSource(), Dialect.H2);
  }

  @AfterEach
  void close() {
    H2.shutdown(database);
  }

  @Test
  void statementsUseTheCallersConnectionAndItsTransaction() throws Exception {
    try (Connection own = database.getConnection()) {
      own.setAutoCommit(false);
      int inserted = Transactions.onConnection(counting.dataSource(), own, () ->
          executor.update("INSERT INTO item VALUES (1, 'a')", statement -> {})
              + Transactions.call(counting.dataSource(), () ->
                  executor.update("INSERT INTO item VALUES (2, 'b')", statement -> {})));
      assertEquals(2, inserted);
      assertEquals(0, counting.connectionsOpened(), "no connection of its own was borrowed");
      assertFalse(own.getAutoCommit(), "the caller's transaction is left open");
      own.rollback();
    }
    assertEquals(0, H2.count(database, "item"), "the caller rolled back: nothing stays");
  }

  @Test
  void theCallerCommits() throws Exception {
    try (Connection own = database.getConnection()) {
      own.setAutoCommit(false);
      Transactions.onConnection(counting.dataSource(), own, () ->
          executor.update("INSERT INTO item VALUES (1, 'a')", statement -> {}));
      own.commit();
    }
    assertEquals(1, H2.count(database, "item"));
  }

  @Test
  void aSwallowedNestedFailureIsReportedAndTheConnectionIsLeftToItsOwner() throws Exception {
    try (Connection own = database.getConnection()) {
      own.setAutoCommit(false);
      ParanoidException failure = assertThrows(ParanoidException.class, () ->
          Transactions.onConnection(counting.dataSource(), own, () -> {
            executor.update("INSERT INTO item VALUES (1, 'a')", statement -> {});
            try {
              Transactions.run(counting.dataSource(), () -> {
                throw new IllegalStateException("inner");
              });
            } catch (IllegalStateException expected) {
              // the outer block carries on, but the transaction must not commit
            }
            return null;
          }));
      assertTrue(failure.getMessage().contains("rolled back to where the block began"),
          failure.getMessage());
      assertFalse(own.isClosed(), "Paranoid never closes the caller's connection");
      own.rollback();
    }
    assertEquals(0, H2.count(database, "item"));
  }

  @Test
  void anAutoCommitConnectionIsRefusedWithAClearMessage() throws Exception {
    try (Connection own = database.getConnection()) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> Transactions.onConnection(counting.dataSource(), own, () -> null));
      assertTrue(refused.getMessage().contains("auto-commit"), refused.getMessage());
    }
  }

  @Test
  void cannotOpenInsideAnotherTransactionOnTheSameDataSource() throws Exception {
    try (Connection own = database.getConnection()) {
      assertThrows(IllegalStateException.class, () -> Transactions.run(counting.dataSource(),
          () -> Transactions.onConnection(counting.dataSource(), own, () -> null)));
    }
  }
}
