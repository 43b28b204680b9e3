package dev.paranoid.runtime.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.testing.H2;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL log as a user sees it: with no logging library installed, System.Logger goes to
 * java.util.logging, where DEBUG is FINE.
 */
class SqlLogTest {

  private final Logger julLogger = Logger.getLogger(SqlLog.LOGGER);
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private DataSource database;
  private SqlExecutor executor;

  @BeforeEach
  void open() {
    database = H2.newDatabase("sql-log");
    H2.execute(database, "CREATE TABLE person (id INT PRIMARY KEY, email VARCHAR(50))");
    executor = new SqlExecutor(database, Dialect.H2);
    capture.setLevel(Level.ALL);
    julLogger.addHandler(capture);
  }

  @AfterEach
  void close() {
    julLogger.removeHandler(capture);
    julLogger.setLevel(null);
    System.clearProperty(SqlLog.LOG_VALUES);
    H2.shutdown(database);
  }

  @Test
  void oneLinePerStatementWithRowsAndTimeButNoValues() {
    julLogger.setLevel(Level.FINE);
    executor.update("INSERT INTO person (id, email) VALUES (?, ?)", statement -> {
      statement.statement().setInt(1, 7);
      statement.statement().setString(2, "ann@example.com");
    });
    executor.list("SELECT id FROM person", StatementBinder.NONE, row -> row.resultSet().getInt(1));
    assertEquals(2, records.size());
    LogRecord insert = records.get(0);
    assertEquals(Level.FINE, insert.getLevel());
    assertTrue(insert.getMessage().startsWith("INSERT INTO person (id, email) VALUES (?, ?)  -- 1 row, "),
        insert.getMessage());
    assertTrue(insert.getMessage().endsWith(" µs"), insert.getMessage());
    assertFalse(insert.getMessage().contains("ann@example.com"), "values are personal data");
    assertTrue(records.get(1).getMessage().startsWith("SELECT id FROM person  -- 1 row, "));
  }

  @Test
  void valuesOnlyWhenTheUserOptsIn() {
    julLogger.setLevel(Level.FINE);
    System.setProperty(SqlLog.LOG_VALUES, "true");
    executor.update("INSERT INTO person (id, email) VALUES (?, ?)", statement -> {
      statement.statement().setInt(1, 7);
      statement.statement().setNull(2, java.sql.Types.VARCHAR);
    });
    assertTrue(records.get(0).getMessage().endsWith("  values {1=7, 2=null}"),
        records.get(0).getMessage());
    assertEquals(1, H2.count(database, "person"), "the recording statement still binds");
  }

  @Test
  void nothingIsLoggedBelowDebug() {
    julLogger.setLevel(Level.INFO);
    executor.update("INSERT INTO person (id, email) VALUES (1, 'a')", StatementBinder.NONE);
    assertTrue(records.isEmpty());
  }
}
