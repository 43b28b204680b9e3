package dev.paranoid.runtime.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The constraint name in duplicate-key messages of servers the build has none of: MySQL 8 (which
 * writes {@code table.key}) and messages whose duplicated value looks like the text around it.
 * H2, PostgreSQL and MariaDB are checked on real servers by the integration tests.
 */
class UniqueViolationTest {

  private static SQLException duplicate(String message) {
    return new SQLException(message, "23000", 1062);
  }

  @Test
  void mySql8PrefixesTheKeyWithItsTable() {
    SQLException e = duplicate("Duplicate entry 'ann@example.com' for key 'members.members_email_live_key'");
    assertTrue(UniqueViolation.is(e));
    assertEquals("members_email_live_key", UniqueViolation.constraintOf(e));
    assertEquals("PRIMARY",
        UniqueViolation.constraintOf(duplicate("Duplicate entry '7' for key 'notes.PRIMARY'")));
  }

  @Test
  void mariaDbNamesTheKeyAlone() {
    assertEquals("PRIMARY", UniqueViolation.constraintOf(
        duplicate("(conn=12) Duplicate entry '0f8fad5b' for key 'PRIMARY'")));
  }

  @Test
  void theLastKeyClauseIsTheKeyWhateverTheValueSays() {
    assertEquals("users_username_live_key", UniqueViolation.constraintOf(
        duplicate("Duplicate entry 'x' for key 'y'' for key 'users_username_live_key'")));
  }

  @Test
  void anotherErrorIsNoUniqueViolation() {
    assertFalse(UniqueViolation.is(new SQLException("Column 'x' cannot be null", "23000", 1048)));
    assertNull(UniqueViolation.constraintOf(new SQLException("duplicate", "23505")));
  }

  @Test
  void theMessageNamesTheConstraintAndTheRefusedStatementWithoutCallingTheRowLive() {
    String named = UniqueViolation.describe("notes_pkey", "INSERT INTO notes (id) VALUES (?)");
    assertEquals("Unique constraint \"notes_pkey\" refused the INSERT: another row, live or"
        + " soft-deleted, already holds the value; nothing was changed", named);
    assertTrue(UniqueViolation.describe(null, "UPDATE t SET a = ?")
        .startsWith("A unique constraint refused the UPDATE: "));
    assertTrue(UniqueViolation.describe(null, null).startsWith("A unique constraint refused the statement: "));
  }
}
