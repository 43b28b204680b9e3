package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Account;
import dev.paranoid.it.model.Badge;
import dev.paranoid.it.model.BadgeParanoidDao;
import dev.paranoid.it.model.Bookmark;
import dev.paranoid.it.model.BookmarkParanoidDao;
import dev.paranoid.it.model.Marker;
import dev.paranoid.it.model.MarkerParanoidDao;
import dev.paranoid.it.model.Member;
import dev.paranoid.it.model.MemberParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.SqlCapture;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.UniqueConstraintException;
import dev.paranoid.runtime.schema.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code createAll}: many entities in as few statements as the database allows, each with its own
 * generated key, one timestamp for the call, all or nothing.
 *
 * <p>Conformance: C47.
 */
class CreateAllTest extends AccountFixture {

  private static final Pattern ROW = Pattern.compile("\\((?:\\?(?:, \\?)*)\\)");

  @Test
  void everyRowGetsItsOwnKeyAndOneTimestamp() {
    List<User> drafts = List.of(new User("ann"), new User("bob"), new User("cy"));
    List<User> created = users.createAll(drafts);

    assertSame(drafts.get(0), created.get(0), "the entities themselves are returned, in order");
    assertEquals(3, new HashSet<>(map(created, User::getId)).size(), "three distinct keys");
    for (User user : created) {
      assertEquals(user.getUsername(), users.findByPk(user.getId()).orElseThrow().getUsername(),
          "each key names the row of that entity");
      assertEquals(micros(T0), user.getCreatedAt());
      assertEquals(micros(T0), user.getUpdatedAt());
      assertEquals(utc(micros(T0)), createdAtOf("users", user.getId()));
      assertNull(user.getDeletedAt());
    }
  }

  @Test
  void rowsGoInStatementsOfAThousand() {
    SqlCapture sql = new SqlCapture(db.dataSource());
    UserParanoidDao captured = new UserParanoidDao(sql.dataSource(), clock);
    List<User> drafts = IntStream.range(0, 2_500).mapToObj(i -> new User("u" + i)).toList();

    SqlCapture.Recording recording = sql.during(() -> captured.createAll(drafts));

    assertNull(recording.failure());
    List<String> inserts = recording.statements().stream()
        .filter(statement -> statement.startsWith("INSERT")).toList();
    assertEquals(List.of(1_000, 1_000, 500), map(inserts, CreateAllTest::rowsOf),
        "three statements: two full ones and the rest");
    assertEquals(2_500, db.countRows("users"));
    Map<Long, String> stored = new HashMap<>();
    for (Map<String, Object> row : db.rows("SELECT id, username FROM users")) {
      stored.put(((Number) row.get("id")).longValue(), (String) row.get("username"));
    }
    for (User user : drafts) {
      assertEquals(user.getUsername(), stored.get(user.getId()), "key of " + user.getUsername());
    }
    if (db.dialect() == Dialect.MARIADB) {
      assertTrue(inserts.get(0).endsWith(" RETURNING id"), inserts.get(0));
    }
  }

  @Test
  void aThousandRowsAreOneStatementWhereAThousandCreatesAreAThousand() {
    SqlCapture sql = new SqlCapture(db.dataSource());
    UserParanoidDao captured = new UserParanoidDao(sql.dataSource(), clock);
    List<User> batch = IntStream.range(0, 1_000).mapToObj(i -> new User("a" + i)).toList();
    List<User> single = IntStream.range(0, 1_000).mapToObj(i -> new User("b" + i)).toList();

    int batched = sql.during(() -> captured.createAll(batch)).statements().size();
    int oneByOne = sql.during(() -> {
      single.forEach(captured::create);
      return null;
    }).statements().size();

    assertEquals(1, batched);
    assertEquals(1_000, oneByOne);
  }

  @Test
  void anEmptyCollectionSendsNothing() {
    SqlCapture sql = new SqlCapture(db.dataSource());
    UserParanoidDao captured = new UserParanoidDao(sql.dataSource(), clock);
    SqlCapture.Recording recording = sql.during(() -> captured.createAll(List.of()));
    assertEquals(List.of(), recording.result());
    assertEquals(List.of(), recording.statements());
  }

  @Test
  void aRefusedEntityStopsTheCallBeforeAnythingIsSent() {
    User stored = users.create(new User("stored"));
    List<User> drafts = List.of(new User("ann"), stored);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> users.createAll(drafts));
    assertEquals("createAll: the User at index 1 already has id " + stored.getId()
        + "; its key is generated, so leave it unset (use update to change a stored row)",
        e.getMessage());
    assertEquals(1, db.countRows("users"));
    assertNull(drafts.get(0).getId());

    List<User> withNull = new ArrayList<>(List.of(new User("x")));
    withNull.add(null);
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> users.createAll(withNull));
    assertEquals("createAll: entities hold null at index 1", npe.getMessage());
    assertThrows(NullPointerException.class, () -> users.createAll(null));
  }

  @Test
  void aUniqueViolationInsertsNothingAndGivesTheEntitiesBack() {
    Schema.create(db.dataSource(), MemberParanoidDao.TABLE_DEFINITION);
    MemberParanoidDao members = new MemberParanoidDao(db.dataSource(), clock);
    List<Member> drafts = List.of(new Member("a@example.com", "acme", "a"),
        new Member("b@example.com", "acme", "b"), new Member("a@example.com", "other", "c"));

    assertThrows(UniqueConstraintException.class, () -> members.createAll(drafts));

    assertEquals(0, db.countRows("members"), "all or nothing");
    for (Member member : drafts) {
      assertNull(member.getId(), "no phantom key");
      assertNull(member.getCreatedAt());
    }
    assertEquals(3, members.createAll(List.of(new Member("a@example.com", "acme", "a"),
        new Member("b@example.com", "acme", "b"), new Member("c@example.com", "x", "c"))).size(),
        "the same entities can be created once the clash is gone");
  }

  @Test
  void callbacksAndVersionsAreCreatesOwn() {
    List<Account> drafts = List.of(new Account("ann"), new Account("bob"));
    accounts.createAll(drafts);

    assertEquals(List.of("PrePersist:ann", "PrePersist:bob", "PostPersist:ann", "PostPersist:bob"),
        events());
    for (Account account : drafts) {
      assertEquals(0, account.getVersion());
      assertEquals(0L, storedVersion(account));
    }
  }

  @Test
  void aFailingPostCallbackRollsEveryRowBack() {
    Account ann = new Account("ann");
    Account bob = new Account("bob");
    bob.setFailOn("PostPersist");

    assertThrows(IllegalStateException.class, () -> accounts.createAll(List.of(ann, bob)));

    assertEquals(0, db.countRows("accounts"));
    assertNull(ann.getId());
    assertNull(ann.getVersion());
    assertNull(ann.getUpdatedAt());
    assertNull(bob.getId());
  }

  @Test
  void aRolledBackTransactionGivesTheEntitiesBack() {
    List<User> drafts = List.of(new User("ann"), new User("bob"));
    assertThrows(IllegalStateException.class, () -> Transactions.run(db.dataSource(), () -> {
      users.createAll(drafts);
      assertNotNull(drafts.get(1).getId());
      throw new IllegalStateException("roll back");
    }));
    assertEquals(0, db.countRows("users"));
    assertNull(drafts.get(0).getId());
    assertNull(drafts.get(1).getCreatedAt());
  }

  @Test
  void recordsComeBackAsNewRecords() {
    Schema.create(db.dataSource(), BookmarkParanoidDao.TABLE_DEFINITION);
    BookmarkParanoidDao bookmarks = new BookmarkParanoidDao(db.dataSource(), clock);
    List<Bookmark> drafts = List.of(Bookmark.of("a"), Bookmark.of("b"));

    List<Bookmark> created = bookmarks.createAll(drafts);

    assertNull(drafts.get(0).id(), "a record cannot change");
    assertEquals(List.of("a", "b"), map(created, Bookmark::url));
    assertNotEquals(created.get(0).id(), created.get(1).id());
    for (Bookmark bookmark : created) {
      assertEquals(bookmark, bookmarks.findByPk(bookmark.id()).orElseThrow());
    }
  }

  @Test
  void assignedKeysAndRowsOfDefaultsToo() {
    BadgeParanoidDao badges = new BadgeParanoidDao(db.dataSource(), clock);
    badges.createAll(List.of(new Badge("gold"), new Badge("silver")));
    assertTrue(badges.findByPk("gold").isPresent());
    assertTrue(badges.findByPk("silver").isPresent());

    MarkerParanoidDao markers = new MarkerParanoidDao(db.dataSource(), clock);
    List<Marker> created = markers.createAll(List.of(new Marker(), new Marker(), new Marker()));
    assertEquals(3, new HashSet<>(map(created, marker -> marker.id)).size());
    for (Marker marker : created) {
      assertTrue(markers.findByPk(marker.id).isPresent());
    }
  }

  /** How many rows a multi-row INSERT inserts. */
  private static int rowsOf(String insert) {
    Matcher row = ROW.matcher(insert.substring(insert.indexOf(" VALUES ")));
    int rows = 0;
    while (row.find()) {
      rows++;
    }
    return rows;
  }
}
