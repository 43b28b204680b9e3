package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Note;
import dev.paranoid.it.model.NoteParanoidDao;
import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Column;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Conformance C01–C04 (defining a paranoid entity) and the mapping of names and references. */
class DefiningTest extends DatabaseTestBase {

  private static String plain(String sqlName) {
    return sqlName.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
  }

  @Test
  void columnConstantsAreTypedAndNamedAfterFieldsOrJoinColumns() {
    Column<User, Long> id = UserParanoidDao.ID;
    Column<User, String> username = UserParanoidDao.USERNAME;
    Column<User, Instant> createdAt = UserParanoidDao.CREATED_AT;
    Column<User, Instant> updatedAt = UserParanoidDao.UPDATED_AT;
    Column<User, Instant> deletedAt = UserParanoidDao.DELETED_AT;
    assertEquals("id", plain(id.sqlName()));
    assertEquals("username", plain(username.sqlName()));
    assertEquals("created_at", plain(createdAt.sqlName()));
    assertEquals("updated_at", plain(updatedAt.sqlName()));
    assertEquals("deleted_at", plain(deletedAt.sqlName()));

    Column<Project, Integer> likes = ProjectParanoidDao.LIKES;
    Column<Project, Long> userId = ProjectParanoidDao.USER_ID;
    Column<Story, Long> storyAuthor = StoryParanoidDao.CREATED_BY;
    Column<Review, Long> reviewAuthor = ReviewParanoidDao.CREATED_BY;
    Column<Review, Long> storyId = ReviewParanoidDao.STORY_ID;
    assertEquals("likes", plain(likes.sqlName()));
    assertEquals("user_id", plain(userId.sqlName()));
    assertEquals("created_by", plain(storyAuthor.sqlName()));
    assertEquals("created_by", plain(reviewAuthor.sqlName()));
    assertEquals("story_id", plain(storyId.sqlName()));

    Column<Note, UUID> noteId = NoteParanoidDao.ID;
    Column<Note, String> text = NoteParanoidDao.TEXT;
    Column<Note, LocalDateTime> noteDeletedAt = NoteParanoidDao.DELETED_AT;
    assertEquals("id", plain(noteId.sqlName()));
    assertEquals("text", plain(text.sqlName()));
    assertEquals("deleted_at", plain(noteDeletedAt.sqlName()));
  }

  // C01: Project has a field named deletedAt and no @DeletedAt; it is the deletion column.
  @Test
  void c01_fieldNamedDeletedAtIsUsedWithoutAnnotation() {
    User alice = user("alice");
    Project p1 = project("p1", 10, alice);
    Project p2 = project("p2", 20, alice);
    assertNull(p1.getDeletedAt());

    Instant deletedAt = tick();
    assertTrue(projects.destroy(p1));

    assertEquals(micros(deletedAt), p1.getDeletedAt());
    assertEquals(utc(deletedAt), deletedAtOf("projects", p1.getId()));
    assertNull(deletedAtOf("projects", p2.getId()));
    assertEquals(2, db.countRows("projects"), "a soft destroy keeps the row");
    assertTrue(projects.findByPk(p1.getId()).isEmpty());
    assertEquals(List.of(p2.getId()), map(projects.findAll(), Project::getId));
    assertEquals(1, projects.count());
    assertEquals(micros(deletedAt), projects.findByPk(p1.getId(), true).orElseThrow().getDeletedAt());
    Column<Project, Instant> column = ProjectParanoidDao.DELETED_AT;
    assertEquals("deleted_at", plain(column.sqlName()));
    assertEquals(List.of(p1.getId()),
        map(projects.query().onlyDeleted().list(), Project::getId));
  }

  // C01 (and C04): fields named createdAt/updatedAt without annotations are managed too.
  @Test
  void c01_fieldsNamedCreatedAtAndUpdatedAtAreManagedWithoutAnnotations() {
    Project p = project("p", 1, null);
    assertEquals(micros(T0), p.getCreatedAt());
    assertEquals(micros(T0), p.getUpdatedAt());
    assertEquals(utc(T0), createdAtOf("projects", p.getId()));
    assertEquals(utc(T0), updatedAtOf("projects", p.getId()));

    Instant later = tick();
    p.setLikes(2);
    assertTrue(projects.update(p));
    assertEquals(micros(later), p.getUpdatedAt());
    assertEquals(utc(later), updatedAtOf("projects", p.getId()));
    assertEquals(utc(T0), createdAtOf("projects", p.getId()));
  }

  // C02: a custom deletion column name (User: @Column(name = "deleted_at")) in every statement.
  @Test
  void c02_customDeletedColumnOfUserInEveryStatement() {
    User a = user("a");
    User b = user("b");
    Instant t1 = tick();
    assertTrue(users.destroy(a));
    assertTrue(users.destroyByPk(b.getId()));
    assertEquals(utc(t1), deletedAtOf("users", a.getId()));
    assertEquals(utc(t1), deletedAtOf("users", b.getId()));
    assertEquals(0, users.count());
    assertEquals(2, users.query().includeDeleted().count());
    assertEquals(2, users.restore(Condition.all()));
    assertEquals(2, users.destroy(UserParanoidDao.USERNAME.in(List.of("a", "b"))));
    assertTrue(users.restoreByPk(a.getId()));
    assertTrue(users.findByPk(a.getId()).isPresent());
    assertTrue(users.findOne(UserParanoidDao.USERNAME.eq("a")).isPresent());
    assertEquals(List.of("a"), names(users.findAll()));
    User loadedB = users.findByPk(b.getId(), true).orElseThrow();
    assertTrue(users.restore(loadedB));
    assertNull(deletedAtOf("users", b.getId()));
    assertEquals(1, users.destroy(UserParanoidDao.USERNAME.eq("b"), true));
    assertFalse(db.exists("users", b.getId()));
    User freshA = users.findByPk(a.getId()).orElseThrow();
    freshA.setUsername("a2");
    assertTrue(users.update(freshA));
    assertEquals("a2", db.value(String.class, "users", "username", a.getId()));
    assertTrue(users.destroyByPk(a.getId(), true));
    assertEquals(0, db.countRows("users"));
  }

  // C02: a deletion column with a name of its own (Ticket: field archivedOn, column removed_at).
  @Test
  void c02_customDeletedColumnNameIsUsedInEveryStatement() {
    Schema.create(db.dataSource(), TicketParanoidDao.TABLE_DEFINITION);
    TicketParanoidDao tickets = new TicketParanoidDao(db.dataSource(), clock);
    assertEquals("removed_at", plain(TicketParanoidDao.ARCHIVED_ON.sqlName()));
    assertEquals("opened_at", plain(TicketParanoidDao.OPENED_AT.sqlName()));

    Ticket first = tickets.create(new Ticket("first"));
    Ticket second = tickets.create(new Ticket("second"));
    Ticket third = tickets.create(new Ticket("third"));
    assertNotNull(first.id);
    assertEquals(micros(T0), first.openedAt);
    assertNull(first.archivedOn);
    assertEquals(utc(T0), db.timestamp("ticket", "opened_at", first.id));

    Instant t1 = tick();
    assertTrue(tickets.destroy(first));
    assertEquals(micros(t1), first.archivedOn);
    assertEquals(utc(t1), db.timestamp("ticket", "removed_at", first.id));
    assertTrue(tickets.destroyByPk(second.id));
    assertEquals(utc(t1), db.timestamp("ticket", "removed_at", second.id));

    assertEquals(List.of("third"), map(tickets.findAll(), t -> t.subject));
    assertEquals(1, tickets.count());
    assertEquals(0, tickets.count(TicketParanoidDao.SUBJECT.eq("first")));
    assertTrue(tickets.findByPk(first.id).isEmpty());
    assertEquals(micros(t1), tickets.findByPk(first.id, true).orElseThrow().archivedOn);
    assertTrue(tickets.findOne(TicketParanoidDao.SUBJECT.eq("second")).isEmpty());
    assertEquals(3, tickets.query().includeDeleted().list().size());
    assertEquals(List.of("first", "second"),
        map(tickets.query().onlyDeleted().list(), t -> t.subject));
    assertEquals(2, tickets.query().onlyDeleted().count());

    Instant t2 = tick();
    assertEquals(1, tickets.destroy(TicketParanoidDao.SUBJECT.ne("nothing")), "only third was live");
    assertEquals(utc(t1), db.timestamp("ticket", "removed_at", first.id), "not re-stamped");
    assertEquals(utc(t2), db.timestamp("ticket", "removed_at", third.id));

    assertTrue(tickets.restore(first));
    assertNull(first.archivedOn);
    assertTrue(tickets.restoreByPk(second.id));
    assertEquals(1, tickets.restore(TicketParanoidDao.SUBJECT.eq("third")));
    assertEquals(3, tickets.count());
    for (Ticket ticket : List.of(first, second, third)) {
      assertNull(db.timestamp("ticket", "removed_at", ticket.id));
    }

    first.subject = "first, edited";
    assertTrue(tickets.update(first));
    assertEquals("first, edited", db.value(String.class, "ticket", "subject", first.id));
    assertEquals(utc(T0), db.timestamp("ticket", "opened_at", first.id), "createdAt kept");

    assertTrue(tickets.destroyByPk(third.id));
    assertTrue(tickets.destroyByPk(third.id, true), "force destroy removes a soft-deleted row");
    assertFalse(db.exists("ticket", third.id));
    assertTrue(tickets.destroy(second));
    assertEquals(2, tickets.destroy(TicketParanoidDao.SUBJECT.like("%"), true));
    assertEquals(0, db.countRows("ticket"));
  }

  // C03: a paranoid entity without createdAt/updatedAt (Note).
  @Test
  void c03_paranoidEntityWithoutTimestampsWorks() {
    Note a = notes.create(new Note(UUID.randomUUID(), "a"));
    Note b = notes.create(new Note(UUID.randomUUID(), "b"));
    assertNull(a.deletedAt);
    Map<String, Object> row = db.row("SELECT id, text, deleted_at FROM notes WHERE id = ?", a.id);
    // by its text: a native uuid on H2 and PostgreSQL, CHAR(36) on MariaDB/MySQL
    assertEquals(a.id.toString(), String.valueOf(row.get("id")));
    assertEquals("a", row.get("text"));
    assertNull(row.get("deleted_at"));

    Instant t1 = tick();
    assertTrue(notes.destroy(a));
    assertEquals(utc(t1), a.deletedAt, "LocalDateTime deletion field holds UTC wall-clock time");
    assertEquals(utc(t1), deletedAtOf("notes", a.id));
    assertEquals(2, db.countRows("notes"));
    assertEquals(List.of(b.id), map(notes.findAll(), n -> n.id));
    assertEquals(1, notes.count());
    assertTrue(notes.findByPk(a.id).isEmpty());
    assertEquals(utc(t1), notes.findByPk(a.id, true).orElseThrow().deletedAt);
    assertFalse(notes.destroyByPk(a.id), "already deleted");

    b.text = "b, edited";
    assertTrue(notes.update(b));
    assertEquals("b, edited", db.value(String.class, "notes", "text", b.id));
    assertFalse(notes.update(a), "a soft-deleted note is not updated");

    assertTrue(notes.restore(a));
    assertNull(a.deletedAt);
    assertNull(deletedAtOf("notes", a.id));
    assertEquals(1, notes.destroy(NoteParanoidDao.TEXT.eq("a")));
    assertTrue(notes.restoreByPk(a.id));
    assertEquals(2, notes.count());
    assertTrue(notes.destroyByPk(a.id, true));
    assertEquals(1, db.countRows("notes"));
  }

  // C04: a new row is live; create fills createdAt/updatedAt from the clock and sets the id.
  @Test
  void c04_createSetsIdAndTimestampsFromTheClockAndLeavesDeletedAtNull() {
    User alice = new User("alice");
    User returned = users.create(alice);
    assertEquals(alice, returned);
    assertNotNull(alice.getId());
    assertEquals(micros(T0), alice.getCreatedAt());
    assertEquals(micros(T0), alice.getUpdatedAt());
    assertNull(alice.getDeletedAt());

    Map<String, Object> row = db.row(
        "SELECT username, created_at, updated_at, deleted_at FROM users WHERE id = ?",
        alice.getId());
    assertEquals("alice", row.get("username"));
    assertEquals(utc(T0), row.get("created_at"));
    assertEquals(utc(T0), row.get("updated_at"));
    assertNull(row.get("deleted_at"));

    Instant t1 = tick();
    User bob = new User("bob");
    bob.setCreatedAt(Instant.parse("2000-01-01T00:00:00Z"));
    bob.setUpdatedAt(Instant.parse("2000-01-01T00:00:00Z"));
    users.create(bob);
    assertNotEquals(alice.getId(), bob.getId());
    assertEquals(micros(t1), bob.getCreatedAt(), "create takes createdAt from the clock");
    assertEquals(micros(t1), bob.getUpdatedAt(), "create takes updatedAt from the clock");
    assertEquals(utc(t1), createdAtOf("users", bob.getId()));
    assertEquals(utc(t1), updatedAtOf("users", bob.getId()));

    User loaded = users.findByPk(bob.getId()).orElseThrow();
    assertEquals("bob", loaded.getUsername());
    assertEquals(micros(t1), loaded.getCreatedAt());
    assertEquals(micros(t1), loaded.getUpdatedAt());
    assertNull(loaded.getDeletedAt());
    assertEquals(2, users.count());
  }

  @Test
  void manyToOneLoadsAReferenceHoldingOnlyTheIdAndWritesTheForeignKey() {
    User alice = user("alice");
    Project owned = project("owned", 5, alice);
    Project orphan = project("orphan", 0, null);
    assertEquals(alice.getId(), db.value(Long.class, "projects", "user_id", owned.getId()));
    assertNull(db.value(Long.class, "projects", "user_id", orphan.getId()));

    Project loaded = projects.findByPk(owned.getId()).orElseThrow();
    assertNotNull(loaded.getUser());
    assertEquals(alice.getId(), loaded.getUser().getId());
    assertNull(loaded.getUser().getUsername(), "only the id is set without an include");
    assertNull(projects.findByPk(orphan.getId()).orElseThrow().getUser());

    // a reference with only its id set writes the foreign key, on create and update
    User bob = user("bob");
    User bobRef = new User();
    bobRef.setId(bob.getId());
    loaded.setUser(bobRef);
    assertTrue(projects.update(loaded));
    assertEquals(bob.getId(), db.value(Long.class, "projects", "user_id", owned.getId()));
    loaded.setUser(null);
    assertTrue(projects.update(loaded));
    assertNull(db.value(Long.class, "projects", "user_id", owned.getId()));

    assertEquals(List.of(owned.getId(), orphan.getId()),
        map(projects.findAll(ProjectParanoidDao.USER_ID.eq(null)), Project::getId));
    assertTrue(projects.findAll(ProjectParanoidDao.USER_ID.eq(alice.getId())).isEmpty());
  }

  @Test
  void joinColumnsOfStoryAndReviewHoldTheTargetIds() {
    User author = user("author");
    User critic = user("critic");
    Story story = stories.create(new Story("s1", author));
    Review review = reviews.create(new Review("great", 5, critic, story));
    assertEquals(author.getId(), db.value(Long.class, "stories", "created_by", story.getId()));
    assertEquals(critic.getId(), db.value(Long.class, "reviews", "created_by", review.getId()));
    assertEquals(story.getId(), db.value(Long.class, "reviews", "story_id", review.getId()));

    Story loadedStory = stories.findOne(StoryParanoidDao.CREATED_BY.eq(author.getId())).orElseThrow();
    assertEquals(story.getId(), loadedStory.getId());
    assertEquals(author.getId(), loadedStory.getAuthor().getId());
    assertNull(loadedStory.getAuthor().getUsername());

    Review loadedReview = reviews.findOne(ReviewParanoidDao.STORY_ID.eq(story.getId())
        .and(ReviewParanoidDao.CREATED_BY.eq(critic.getId()))).orElseThrow();
    assertEquals(review.getId(), loadedReview.getId());
    assertEquals("great", loadedReview.getBody());
    assertEquals(5, loadedReview.getStars());
    assertEquals(critic.getId(), loadedReview.getAuthor().getId());
    assertEquals(story.getId(), loadedReview.getStory().getId());
    assertNull(loadedReview.getStory().getTitle());
    assertEquals(micros(T0), loadedReview.getCreatedAt());
    assertEquals(0, reviews.count(ReviewParanoidDao.CREATED_BY.eq(author.getId())));
  }
}
