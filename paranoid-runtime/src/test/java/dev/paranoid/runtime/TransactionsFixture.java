package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.testing.CountingDataSource;
import dev.paranoid.runtime.testing.H2;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An H2 database with an empty {@code account} table behind a {@link CountingDataSource}. */
abstract class TransactionsFixture {

  DataSource real;
  CountingDataSource counting;
  DataSource dataSource;
  SqlExecutor executor;

  @BeforeEach
  void createDatabase() {
    real = H2.newDatabase(getClass().getSimpleName());
    H2.execute(real, "CREATE TABLE account (id INT PRIMARY KEY, owner VARCHAR(20) NOT NULL)");
    counting = new CountingDataSource(real);
    dataSource = counting.dataSource();
    executor = new SqlExecutor(dataSource, Dialect.H2);
  }

  @AfterEach
  void dropDatabase() {
    H2.shutdown(real);
  }

  /** Inserts account {@code id} through the executor (inside a transaction when one is open). */
  void insert(int id) {
    executor.update("INSERT INTO account (id, owner) VALUES (?, ?)", statement -> {
      statement.statement().setInt(1, id);
      statement.statement().setString(2, "owner" + id);
    });
  }

  /** The committed accounts, read on a connection of its own (not counted). */
  List<Long> committedIds() {
    return H2.longs(real, "SELECT id FROM account ORDER BY id");
  }

  /** Every connection went back with auto-commit on, none is still open. */
  void assertReleased() {
    assertEquals(0, counting.openConnections(), "open connections");
    assertEquals(0, counting.openStatements(), "open statements");
    for (Boolean autoCommit : counting.autoCommitAtClose()) {
      assertTrue(autoCommit, "auto-commit restored before close");
    }
  }
}
