package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.testing.CountingDataSource;
import dev.paranoid.runtime.testing.H2;
import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class TransactionsNestingTest extends TransactionsFixture {

  @Test
  void aNestedCallJoinsTheOuterTransaction() {
    int inner = Transactions.call(dataSource, () -> {
      insert(1);
      int result = Transactions.call(dataSource, () -> {
        insert(2);
        return 42;
      });
      assertEquals(List.of(), committedIds(), "the inner block must not commit on its own");
      return result;
    });
    assertEquals(42, inner);
    assertEquals(List.of(1L, 2L), committedIds());
    assertEquals(1, counting.connectionsOpened());
    assertEquals(1, counting.distinctStatementConnections());
    assertReleased();
  }

  /**
   * A DAO whose DataSource is a {@code managedElsewhere} wrapper of the block's (a CDI producer
   * of dependent scope makes one per injection point) joins the block instead of committing on a
   * connection of its own.
   */
  @Test
  void aManagedElsewhereWrapperOfTheBlocksDataSourceJoinsTheBlock() {
    SqlExecutor wrapped = new SqlExecutor(Transactions.managedElsewhere(dataSource), Dialect.H2);
    IllegalStateException failure = new IllegalStateException("roll back");
    assertSame(failure, assertThrows(IllegalStateException.class,
        () -> Transactions.run(dataSource, () -> {
          insert(1);
          wrapped.update("INSERT INTO account (id, owner) VALUES (2, 'two')", statement -> { });
          throw failure;
        })));
    assertEquals(List.of(), committedIds(), "the wrapped DAO's row rolled back with the block");
    assertEquals(1, counting.connectionsOpened());
    assertReleased();
  }

  @Test
  void anInnerFailureRollsBackEverything() {
    IllegalStateException failure = new IllegalStateException("inner failed");
    assertSame(failure, assertThrows(IllegalStateException.class,
        () -> Transactions.run(dataSource, () -> {
          insert(1);
          Transactions.run(dataSource, () -> {
            insert(2);
            throw failure;
          });
        })));
    assertEquals(List.of(), committedIds());
    assertReleased();
  }

  @Test
  void anInnerCheckedFailureIsWrappedOnlyOnce() {
    IOException failure = new IOException("inner checked");
    ParanoidException thrown = assertThrows(ParanoidException.class,
        () -> Transactions.run(dataSource, () -> {
          insert(1);
          Transactions.run(dataSource, () -> {
            throw failure;
          });
        }));
    assertSame(failure, thrown.getCause());
    assertEquals(List.of(), committedIds());
    assertReleased();
  }

  @Test
  void anOuterFailureAfterASuccessfulInnerBlockRollsBackTheInnerWorkToo() {
    assertThrows(IllegalStateException.class, () -> Transactions.run(dataSource, () -> {
      Transactions.run(dataSource, () -> insert(1));
      throw new IllegalStateException("outer failed");
    }));
    assertEquals(List.of(), committedIds());
    assertReleased();
  }

  @Test
  void transactionsOnDifferentDataSourcesAreIndependent() {
    DataSource otherReal = H2.newDatabase("other");
    try {
      H2.execute(otherReal, "CREATE TABLE account (id INT PRIMARY KEY, owner VARCHAR(20) NOT NULL)");
      CountingDataSource other = new CountingDataSource(otherReal);
      SqlExecutor otherExecutor = new SqlExecutor(other.dataSource(), Dialect.H2);

      assertThrows(IllegalStateException.class, () -> Transactions.run(dataSource, () -> {
        insert(1);
        Transactions.run(other.dataSource(), () -> otherExecutor.update(
            "INSERT INTO account (id, owner) VALUES (7, 'x')", statement -> {}));
        throw new IllegalStateException("outer failed");
      }));

      assertEquals(List.of(), committedIds());
      assertEquals(List.of(7L), H2.longs(otherReal, "SELECT id FROM account"));
      assertEquals(0, other.openConnections());
      assertReleased();
    } finally {
      H2.shutdown(otherReal);
    }
  }

  @Test
  void anInnerFailureCaughtByTheOuterWorkDoesNotCommitTheInnerWrites() {
    try {
      Transactions.run(dataSource, () -> {
        insert(1);
        try {
          Transactions.run(dataSource, () -> {
            insert(2);
            throw new IllegalStateException("inner failed");
          });
        } catch (IllegalStateException expected) {
          // swallowed by the outer work
        }
      });
    } catch (ParanoidException acceptable) {
      // reporting the rollback to the outer caller is acceptable too
    }
    assertEquals(false, committedIds().contains(2L), "inner writes committed: " + committedIds());
  }
}
