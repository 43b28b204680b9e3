package dev.paranoid.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paranoid.runtime.TransactionConflictException;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.testing.CountingDataSource;
import dev.paranoid.runtime.testing.H2;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement that is its own transaction (no block, no transaction managed elsewhere) and loses a
 * deadlock was rolled back whole: the executor runs it again, up to three times in all. Inside a
 * transaction the conflict goes to the transaction's owner, who alone can run it again. (The
 * deadlock is simulated by the binder, which the executor calls once per attempt.)
 */
class StatementDeadlockRetryTest {

  private DataSource real;
  private CountingDataSource counting;
  private SqlExecutor executor;

  @BeforeEach
  void setUp() {
    real = H2.newDatabase(getClass().getSimpleName());
    H2.execute(real, "CREATE TABLE account (id INT PRIMARY KEY, owner VARCHAR(20) NOT NULL)",
        "INSERT INTO account VALUES (1, 'ann')");
    counting = new CountingDataSource(real);
    executor = new SqlExecutor(counting.dataSource(), Dialect.H2);
  }

  @AfterEach
  void tearDown() {
    H2.shutdown(real);
  }

  private int rename(AtomicInteger attempts, int deadlocks) {
    return executor.update("UPDATE account SET owner = ? WHERE id = ?", statement -> {
      if (attempts.incrementAndGet() <= deadlocks) {
        throw new SQLException("Deadlock found when trying to get lock", "40001");
      }
      statement.setString(1, "bob");
      statement.setInt(2, 1);
    });
  }

  @Test
  void aStatementThatLostADeadlockRunsAgain() {
    AtomicInteger attempts = new AtomicInteger();
    assertEquals(1, rename(attempts, 2));
    assertEquals(3, attempts.get());
    assertEquals("bob", H2.string(real, "SELECT owner FROM account WHERE id = 1"));
    assertEquals(0, counting.openConnections());
  }

  @Test
  void thirdLostDeadlockIsReported() {
    AtomicInteger attempts = new AtomicInteger();
    TransactionConflictException conflict =
        assertThrows(TransactionConflictException.class, () -> rename(attempts, 3));
    assertEquals("40001", conflict.getSqlState());
    assertEquals(3, attempts.get());
    assertEquals(0, counting.openConnections());
  }

  @Test
  void insideATransactionTheOwnerDecides() {
    AtomicInteger attempts = new AtomicInteger();
    assertThrows(TransactionConflictException.class,
        () -> Transactions.run(counting.dataSource(), () -> rename(attempts, 1)));
    assertEquals(1, attempts.get(), "not run again inside the block");
    assertEquals("ann", H2.string(real, "SELECT owner FROM account WHERE id = 1"));
  }
}
