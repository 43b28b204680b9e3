package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The message of a {@link ParanoidException} stays readable whatever the size of its SQL. */
class ParanoidExceptionMessageTest {

  @Test
  void aHugeStatementIsCutInTheMessageButKeptWhole() {
    StringBuilder sql = new StringBuilder("SELECT id FROM users WHERE id IN (?");
    for (int i = 1; i < 100_000; i++) {
      sql.append(", ?");
    }
    sql.append(')');
    ParanoidException e = new ParanoidException("Statement failed", sql.toString(),
        new SQLException("too many parameters", "54000"));

    assertTrue(e.getMessage().length() < 2_200, "message of " + e.getMessage().length());
    assertTrue(e.getMessage().contains("(" + sql.length() + " characters in all; see getSql())"),
        e.getMessage());
    assertTrue(e.getMessage().contains("[SQLState 54000]"));
    assertEquals(sql.toString(), e.getSql());
  }

  @Test
  void aShortStatementIsShownWhole() {
    ParanoidException e = new ParanoidException("Statement failed", "SELECT 1",
        new SQLException("boom", "42000"));
    assertTrue(e.getMessage().endsWith("SQL: SELECT 1"), e.getMessage());
  }
}
