package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Member;
import dev.paranoid.it.model.MemberParanoidDao;
import dev.paranoid.it.model.Note;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.UniqueConstraintException;
import dev.paranoid.runtime.schema.Schema;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: a unique violation names the constraint that refused the statement, as the database
 * reports it, and does not claim that the row holding the value is live: a soft-deleted row keeps
 * its primary key.
 */
class UniqueViolationTest extends DatabaseTestBase {

  private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

  @Test
  void aPrimaryKeyHeldByASoftDeletedRowIsRefusedWithoutCallingThatRowLive() {
    Note first = notes.create(new Note(ID, "first"));
    assertTrue(notes.destroy(first));

    UniqueConstraintException e =
        assertThrows(UniqueConstraintException.class, () -> notes.create(new Note(ID, "second")));

    assertFalse(e.getMessage().contains("live row"), e.getMessage());
    assertPrimaryKeyOfNotes(e.getConstraint());
    assertTrue(e.getMessage().startsWith(
        "Unique constraint \"" + e.getConstraint() + "\" refused the INSERT: another row, live or"
            + " soft-deleted, already holds the value; nothing was changed"), e.getMessage());
    // nothing changed: the soft-deleted row is as it was
    Map<String, Object> stored = db.row("SELECT text, deleted_at FROM notes");
    assertEquals("first", stored.get("text"));
    assertNotNull(stored.get("deleted_at"));
  }

  @Test
  void aLiveUniqueKeyNamesItsConstraint() {
    Schema.create(db.dataSource(), MemberParanoidDao.TABLE_DEFINITION);
    MemberParanoidDao members = new MemberParanoidDao(db.dataSource(), clock);
    Member ann = members.create(new Member("ann@example.com", "acme", "ann"));
    assertTrue(members.destroy(ann));
    members.create(new Member("ann@example.com", "acme", "ann2"));

    UniqueConstraintException e =
        assertThrows(UniqueConstraintException.class, () -> members.restore(ann));

    // unquoted names are stored in upper case on H2
    assertEquals("members_email_live_key", e.getConstraint().toLowerCase(Locale.ROOT));
    assertTrue(e.getMessage().startsWith(
        "Unique constraint \"" + e.getConstraint() + "\" refused the UPDATE"), e.getMessage());
    assertNotNull(deletedAtOf("members", ann.getId()), "still deleted");
  }

  /** The primary key as each database names it in its duplicate-key error. */
  private void assertPrimaryKeyOfNotes(String constraint) {
    Dialect dialect = db.dialect();
    switch (dialect) {
      case POSTGRESQL -> assertEquals("notes_pkey", constraint);
      case MARIADB -> assertEquals("PRIMARY", constraint);
      // H2 names the primary key's index PRIMARY_KEY_<n>, or says PRIMARY KEY when there is none
      case H2 -> assertTrue(constraint != null && constraint.matches("PRIMARY[ _]KEY(_\\w+)?"),
          String.valueOf(constraint));
    }
  }
}
