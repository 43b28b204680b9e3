package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.User;
import dev.paranoid.it.support.DatabaseTestBase;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conformance C18–C19: update touches live rows only, and manages updatedAt. */
class UpdateTest extends DatabaseTestBase {

  // C18
  @Test
  void c18_updateOfASoftDeletedRowReturnsFalseAndChangesNothing() {
    User alice = user("alice");
    User stale = users.findByPk(alice.getId()).orElseThrow();
    Instant deletedAt = tick();
    assertTrue(users.destroyByPk(alice.getId()));

    tick();
    stale.setUsername("mallory");
    assertFalse(users.update(stale));

    Map<String, Object> row = db.row(
        "SELECT username, created_at, updated_at, deleted_at FROM users WHERE id = ?",
        alice.getId());
    assertEquals("alice", row.get("username"));
    assertEquals(utc(T0), row.get("created_at"));
    assertEquals(utc(T0), row.get("updated_at"));
    assertEquals(utc(deletedAt), row.get("deleted_at"));
  }

  // C18: the instance that was destroyed cannot be updated either
  @Test
  void c18_updateOfADestroyedInstanceReturnsFalse() {
    Project p = project("p", 1, null);
    tick();
    assertTrue(projects.destroy(p));
    tick();
    p.setLikes(99);
    p.setTitle("changed");
    assertFalse(projects.update(p));
    assertEquals(1, db.value(Integer.class, "projects", "likes", p.getId()));
    assertEquals("p", db.value(String.class, "projects", "title", p.getId()));
    assertEquals(utc(T0), updatedAtOf("projects", p.getId()));
  }

  // C18: no row at all
  @Test
  void c18_updateOfAMissingRowReturnsFalse() {
    User alice = user("alice");
    User ghost = new User("ghost");
    ghost.setId(alice.getId() + 1000);
    assertFalse(users.update(ghost));
    assertEquals(1, db.countRows("users"));
    assertEquals("alice", db.value(String.class, "users", "username", alice.getId()));
  }

  // C19
  @Test
  void c19_updateBumpsUpdatedAtKeepsCreatedAtAndDeletedAtNull() {
    User alice = user("alice");
    User bob = user("bob");
    Instant now = tick();
    alice.setUsername("alice2");

    assertTrue(users.update(alice));

    assertEquals(micros(now), alice.getUpdatedAt());
    assertEquals(micros(T0), alice.getCreatedAt());
    assertNull(alice.getDeletedAt());
    Map<String, Object> row = db.row(
        "SELECT username, created_at, updated_at, deleted_at FROM users WHERE id = ?",
        alice.getId());
    assertEquals("alice2", row.get("username"));
    assertEquals(utc(T0), row.get("created_at"));
    assertEquals(utc(now), row.get("updated_at"));
    assertNull(row.get("deleted_at"));
    assertEquals("bob", db.value(String.class, "users", "username", bob.getId()));
    assertEquals(utc(T0), updatedAtOf("users", bob.getId()), "other rows untouched");

    User reloaded = users.findByPk(alice.getId()).orElseThrow();
    assertEquals("alice2", reloaded.getUsername());
    assertEquals(micros(T0), reloaded.getCreatedAt());
    assertEquals(micros(now), reloaded.getUpdatedAt());
    assertNull(reloaded.getDeletedAt());

    Instant later = tick();
    assertTrue(users.update(reloaded), "an update without changes still bumps updatedAt");
    assertEquals(utc(later), updatedAtOf("users", alice.getId()));
  }

  // C19: update never writes the deletion column nor createdAt, whatever the entity holds
  @Test
  void c19_updateNeverWritesDeletedAtOrCreatedAt() {
    User alice = user("alice");
    Instant now = tick();
    alice.setUsername("alice2");
    alice.setCreatedAt(Instant.parse("2001-01-01T00:00:00Z"));
    alice.setDeletedAt(Instant.parse("2002-02-02T00:00:00Z"));

    assertTrue(users.update(alice));

    assertEquals("alice2", db.value(String.class, "users", "username", alice.getId()));
    assertNull(deletedAtOf("users", alice.getId()), "update does not soft-delete");
    assertEquals(utc(T0), createdAtOf("users", alice.getId()));
    assertEquals(utc(now), updatedAtOf("users", alice.getId()));
    assertEquals(1, users.count());
  }

  // C19 on Project: name-based timestamps, primitive and join columns written
  @Test
  void c19_projectUpdateWritesEveryColumnAndBumpsUpdatedAt() {
    User alice = user("alice");
    Project p = project("p", 1, null);
    Instant now = tick();
    p.setTitle("renamed");
    p.setLikes(-7);
    p.setUser(alice);
    assertTrue(projects.update(p));
    Map<String, Object> row = db.row(
        "SELECT title, likes, user_id, created_at, updated_at, deleted_at FROM projects"
            + " WHERE id = ?", p.getId());
    assertEquals("renamed", row.get("title"));
    assertEquals(-7, row.get("likes"));
    assertEquals(alice.getId(), row.get("user_id"));
    assertEquals(utc(T0), row.get("created_at"));
    assertEquals(utc(now), row.get("updated_at"));
    assertNull(row.get("deleted_at"));
    assertEquals(micros(now), p.getUpdatedAt());
  }
}
