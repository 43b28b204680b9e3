package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.testing.H2;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ParanoidExceptionTest {

  @Test
  void messageHasTheOperationTheCauseTheSqlStateAndTheSql() {
    SQLException cause = new SQLException("Table \"X\" not found", "42S02");
    ParanoidException failure = new ParanoidException("Statement failed", "SELECT * FROM x", cause);
    assertEquals(
        "Statement failed: Table \"X\" not found [SQLState 42S02]\n  SQL: SELECT * FROM x",
        failure.getMessage());
    assertEquals("SELECT * FROM x", failure.getSql());
    assertEquals("42S02", failure.getSqlState());
    assertSame(cause, failure.getCause());
  }

  @Test
  void withoutSqlOrSqlStateTheMessageSaysLess() {
    IOException cause = new IOException("disk full");
    ParanoidException failure = new ParanoidException("Transaction work failed", cause);
    assertEquals("Transaction work failed: disk full", failure.getMessage());
    assertNull(failure.getSql());
    assertNull(failure.getSqlState());
    assertEquals("Commit failed", new ParanoidException("Commit failed", null).getMessage());
  }

  @Test
  // The driver's own message may quote a value (documented); Paranoid's part carries the SQL
  // with placeholders only.
  void theSqlInTheMessageHasPlaceholdersNotValues() {
    DataSource dataSource = H2.newDatabase("exception-values");
    try {
      H2.execute(dataSource, "CREATE TABLE member (email VARCHAR(50) PRIMARY KEY)",
          "INSERT INTO member VALUES ('ann@example.com')");
      SqlExecutor executor = new SqlExecutor(dataSource, Dialect.H2);
      ParanoidException failure = assertThrows(ParanoidException.class,
          () -> executor.update("INSERT INTO member (email) VALUES (?)",
              statement -> statement.statement().setString(1, "ann@example.com")));
      assertEquals("INSERT INTO member (email) VALUES (?)", failure.getSql());
      assertTrue(failure.getMessage().endsWith("SQL: INSERT INTO member (email) VALUES (?)"),
          failure.getMessage());
      assertEquals("23505", failure.getSqlState());
    } finally {
      H2.shutdown(dataSource);
    }
  }
}
