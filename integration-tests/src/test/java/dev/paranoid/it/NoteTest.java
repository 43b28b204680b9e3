package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Note;
import dev.paranoid.it.model.NoteParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.ParanoidException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An entity with an assigned (not generated) UUID key. */
class NoteTest extends DatabaseTestBase {

  @Test
  void createKeepsTheAssignedUuidAndFindByPkFindsIt() {
    UUID id = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    Note note = new Note(id, "remember the milk");

    Note created = notes.create(note);

    assertSame(note, created);
    assertEquals(id, note.id);
    assertEquals(id, db.single(UUID.class, "SELECT id FROM notes"));
    Note found = notes.findByPk(id).orElseThrow();
    assertEquals(id, found.id);
    assertEquals("remember the milk", found.text);
    assertTrue(notes.findByPk(UUID.randomUUID()).isEmpty());
  }

  @Test
  void notesAreFoundByUuidConditions() {
    UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
    UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");
    notes.create(new Note(second, "two"));
    notes.create(new Note(first, "one"));
    assertEquals(List.of(first, second), map(notes.findAll(), n -> n.id), "primary-key order");
    assertEquals("two", notes.findOne(NoteParanoidDao.ID.eq(second)).orElseThrow().text);
    assertEquals(2, notes.count(NoteParanoidDao.ID.in(List.of(first, second))));
  }

  @Test
  void aDuplicateAssignedKeyFailsWithAParanoidException() {
    UUID id = UUID.randomUUID();
    notes.create(new Note(id, "first"));
    ParanoidException e =
        assertThrows(ParanoidException.class, () -> notes.create(new Note(id, "second")));
    assertNotNull(e.getSql());
    assertNotNull(e.getSqlState());
    assertTrue(e.getSqlState().startsWith("23"), "integrity constraint violation: " + e.getSqlState());
    assertEquals("first", db.single(String.class, "SELECT text FROM notes"));
  }
}
