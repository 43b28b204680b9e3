package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionsRollbackTest extends TransactionsFixture {

  @Test
  void aRuntimeExceptionRollsBackAndIsRethrownAsIs() {
    IllegalStateException failure = new IllegalStateException("business rule broken");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> Transactions.run(dataSource, () -> {
          insert(1);
          insert(2);
          throw failure;
        }));
    assertSame(failure, thrown);
    assertEquals(List.of(), committedIds());
    assertReleased();
    assertEquals(List.of(true), counting.autoCommitAtClose());
  }

  @Test
  void aCheckedExceptionRollsBackAndArrivesWrapped() {
    IOException failure = new IOException("upload failed");
    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.call(dataSource, () -> {
          insert(1);
          throw failure;
        }));
    assertSame(failure, thrown.getCause());
    assertTrue(thrown.getMessage().contains("upload failed"), thrown.getMessage());
    assertEquals(List.of(), committedIds());
    assertReleased();
  }

  @Test
  void anSqlExceptionFromTheWorkArrivesWrappedWithItsSqlState() {
    SQLException failure = new SQLException("custom check failed", "45000");
    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.run(dataSource, () -> {
          insert(1);
          throw failure;
        }));
    assertSame(failure, thrown.getCause());
    assertEquals("45000", thrown.getSqlState());
    assertEquals(List.of(), committedIds());
    assertReleased();
  }

  @Test
  void anErrorRollsBackAndIsRethrown() {
    class WorkError extends Error {
      private static final long serialVersionUID = 1L;
    }
    assertThrows(WorkError.class, () -> Transactions.run(dataSource, () -> {
      insert(1);
      throw new WorkError();
    }));
    assertEquals(List.of(), committedIds());
    assertReleased();
  }

  @Test
  void aFailingStatementRollsBackTheEarlierOnes() {
    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.run(dataSource, () -> {
          insert(1);
          insert(2);
          insert(1); // duplicate key
        }));
    assertEquals("23505", thrown.getSqlState());
    assertEquals(List.of(), committedIds());
    assertEquals(1, counting.connectionsOpened());
    assertReleased();
  }

  @Test
  void aStatementFailureCaughtInsideDoesNotEndTheTransaction() {
    Transactions.run(dataSource, () -> {
      insert(1);
      assertThrows(ParanoidException.class, () -> insert(1));
      assertEquals(1, counting.openConnections(), "the bound connection stays open");
      insert(2);
    });
    assertEquals(List.of(1L, 2L), committedIds());
    assertEquals(1, counting.connectionsOpened());
    assertReleased();
  }

  @Test
  void aConnectionThatCannotBeOpenedFailsBeforeTheWorkRuns() {
    org.h2.jdbcx.JdbcDataSource missing = new org.h2.jdbcx.JdbcDataSource();
    missing.setURL("jdbc:h2:mem:never-created-" + System.nanoTime() + ";IFEXISTS=TRUE");
    boolean[] ran = {false};
    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.run(missing, () -> ran[0] = true));
    assertInstanceOf(SQLException.class, thrown.getCause());
    assertEquals(false, ran[0]);
  }

  @Test
  void aFailedCommitIsReportedAndReleasesTheConnection() {
    counting.failCommits();
    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.run(dataSource, () -> insert(1)));
    assertInstanceOf(SQLException.class, thrown.getCause());
    assertEquals("08006", thrown.getSqlState());
    assertEquals(0, counting.openConnections());
  }

  @Test
  void aFailedCommitLeavesNothingCommitted() {
    counting.failCommits();
    assertThrows(ParanoidException.class, () -> Transactions.run(dataSource, () -> insert(1)));
    assertEquals(List.of(), committedIds());
  }
}
