package dev.paranoid.runtime.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.TransactionConflictException;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.testing.CountingDataSource;
import dev.paranoid.runtime.testing.H2;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A failing statement becomes a ParanoidException carrying the SQL; nothing is left open; a lost
 * deadlock of a statement that is its own transaction is run again.
 */
class SqlExecutorFailureTest {

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

  @Test
  void aMissingTableBecomesAParanoidExceptionWithTheSql() {
    String sql = "SELECT id FROM no_such_table WHERE id = ?";
    ParanoidException failure = assertThrows(ParanoidException.class,
        () -> executor.list(sql, statement -> statement.statement().setInt(1, 1), row -> row.resultSet().getLong(1)));

    assertEquals(sql, failure.getSql());
    assertNotNull(failure.getSqlState());
    assertTrue(failure.getSqlState().startsWith("42"), failure.getSqlState());
    assertTrue(failure.getMessage().contains(sql), failure.getMessage());
    assertTrue(failure.getMessage().contains(failure.getSqlState()), failure.getMessage());
    assertInstanceOf(SQLException.class, failure.getCause());
    assertEquals(1, counting.connectionsOpened());
    assertEquals(0, counting.openConnections());
    assertEquals(0, counting.openStatements());
  }

  @Test
  void aStatementFailingWhenExecutedIsClosedWithItsConnection() {
    String sql = "INSERT INTO account (id, owner) VALUES (?, ?)";
    ParanoidException failure = assertThrows(ParanoidException.class,
        () -> executor.update(sql, statement -> {
          statement.statement().setInt(1, 1);
          statement.statement().setString(2, "bob");
        }));

    assertEquals(sql, failure.getSql());
    assertEquals("23505", failure.getSqlState()); // unique violation
    assertTrue(failure.getMessage().contains(sql), failure.getMessage());
    assertEquals(1, counting.statementsPrepared());
    assertEquals(0, counting.openStatements());
    assertEquals(0, counting.openConnections());
    assertEquals(List.of("ann"), H2.strings(real, "SELECT owner FROM account"));
  }

  @Test
  void countAndInsertFailuresCarryTheirSqlToo() {
    String count = "SELECT COUNT(*) FROM no_such_table";
    assertEquals(count,
        assertThrows(ParanoidException.class, () -> executor.count(count, StatementBinder.NONE))
            .getSql());
    String insert = "INSERT INTO account (owner) VALUES (?)";
    ParanoidException failure = assertThrows(ParanoidException.class,
        () -> executor.insert(insert, "ID", statement -> statement.statement().setString(1, null),
            JdbcTypes.LONG));
    assertEquals(insert, failure.getSql());
    assertNotNull(failure.getSqlState());
    assertEquals(0, counting.openStatements());
    assertEquals(0, counting.openConnections());
  }

  @Test
  void aBinderFailureIsReportedWithTheSqlAndClosesEverything() {
    String sql = "SELECT id FROM account WHERE id = ?";
    SQLException cause = new SQLException("cannot bind", "22000");
    ParanoidException failure = assertThrows(ParanoidException.class,
        () -> executor.list(sql, statement -> {
          throw cause;
        }, row -> row.resultSet().getLong(1)));
    assertSame(cause, failure.getCause());
    assertEquals("22000", failure.getSqlState());
    assertEquals(sql, failure.getSql());
    assertEquals(0, counting.openStatements());
    assertEquals(0, counting.openConnections());
  }

  @Test
  void aReaderFailureClosesEverything() {
    String sql = "SELECT id FROM account";
    IllegalStateException readerBug = new IllegalStateException("reader bug");
    assertSame(readerBug, assertThrows(IllegalStateException.class,
        () -> executor.list(sql, StatementBinder.NONE, row -> {
          throw readerBug;
        })));
    assertEquals(0, counting.openStatements());
    assertEquals(0, counting.openConnections());

    ParanoidException wrapped = assertThrows(ParanoidException.class,
        () -> executor.list(sql, StatementBinder.NONE, row -> row.resultSet().getLong(99)));
    assertEquals(sql, wrapped.getSql());
    assertEquals(0, counting.openStatements());
    assertEquals(0, counting.openConnections());
  }

  @Test
  void aConnectionThatCannotBeOpenedIsAParanoidException() {
    org.h2.jdbcx.JdbcDataSource missing = new org.h2.jdbcx.JdbcDataSource();
    missing.setURL("jdbc:h2:mem:never-created-" + System.nanoTime() + ";IFEXISTS=TRUE");
    SqlExecutor broken = new SqlExecutor(missing, Dialect.H2);
    String sql = "SELECT 1";
    ParanoidException failure = assertThrows(ParanoidException.class,
        () -> broken.count(sql, StatementBinder.NONE));
    assertNotNull(failure.getSqlState());
    assertInstanceOf(SQLException.class, failure.getCause());
  }

  // A statement that is its own transaction (no block, no transaction managed elsewhere) and loses
  // a deadlock was rolled back whole: the executor runs it again, up to three times in all. Inside
  // a transaction the conflict goes to the owner. The binder, called once per attempt, simulates
  // the deadlock.

  private int rename(AtomicInteger attempts, int deadlocks) {
    return executor.update("UPDATE account SET owner = ? WHERE id = ?", statement -> {
      if (attempts.incrementAndGet() <= deadlocks) {
        throw new SQLException("Deadlock found when trying to get lock", "40001");
      }
      statement.statement().setString(1, "bob");
      statement.statement().setInt(2, 1);
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
