package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Note;
import dev.paranoid.it.model.NoteParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Dialect;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MariaDB only (with its own driver and with MySQL Connector/J): a UUID is sent as its
 * 36-character text, which the schema helper's {@code CHAR(36)} column (what MySQL offers) and
 * MariaDB's own {@code UUID} type both take; Connector/J would otherwise send a serialized Java
 * object (issue 9).
 */
class UuidOnMariaDbTest extends DatabaseTestBase {

  private static final UUID FIRST = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
  private static final UUID SECOND = UUID.fromString("ffffffff-0000-4000-8000-000000000002");

  @BeforeEach
  void mariaDbOnly() {
    Assumptions.assumeTrue(TestDatabase.configuredDialect() == Dialect.MARIADB, "MariaDB only");
  }

  @Test
  void aChar36ColumnHoldsTheCanonicalText() {
    notes.create(new Note(FIRST, "one"));

    assertEquals("0f8fad5b-d9cb-469f-a165-70867728950e",
        db.single(String.class, "SELECT id FROM notes"));
    assertEquals("one", notes.findByPk(FIRST).orElseThrow().text);
  }

  @Test
  void aNativeUuidColumnTakesTheTextAndReadsBack() {
    db.execute("DROP TABLE notes");
    db.execute("CREATE TABLE notes (id UUID NOT NULL PRIMARY KEY, text VARCHAR(255),"
        + " deleted_at DATETIME(6))");

    notes.create(new Note(SECOND, "two"));
    notes.create(new Note(FIRST, "one"));

    assertEquals(List.of("0f8fad5b-d9cb-469f-a165-70867728950e",
            "ffffffff-0000-4000-8000-000000000002"),
        db.rows("SELECT CAST(id AS CHAR) AS id FROM notes ORDER BY text").stream()
            .map(row -> String.valueOf(row.get("id"))).toList());
    assertEquals("one", notes.findByPk(FIRST).orElseThrow().text);
    assertEquals(FIRST, notes.findOne(NoteParanoidDao.ID.eq(FIRST)).orElseThrow().id);
    assertEquals(2, notes.count(NoteParanoidDao.ID.in(List.of(FIRST, SECOND))));
    assertTrue(notes.destroyByPk(SECOND));
    assertEquals(List.of(FIRST), map(notes.findAll(), n -> n.id));
  }
}
