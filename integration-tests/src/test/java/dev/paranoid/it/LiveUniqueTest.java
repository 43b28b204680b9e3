package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Member;
import dev.paranoid.it.model.MemberParanoidDao;
import dev.paranoid.it.model.Order;
import dev.paranoid.it.model.OrderItem;
import dev.paranoid.it.model.OrderItemParanoidDao;
import dev.paranoid.it.model.OrderParanoidDao;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.UniqueConstraintException;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Column(unique = true)} and {@code @Table(uniqueConstraints)} on a paranoid entity mean
 * "unique among live rows" (a partial unique index on PostgreSQL, generated columns that are NULL
 * once deleted on H2 and MariaDB): two live rows may not share a value, a soft-deleted row's value
 * may be reused, and restoring a row whose value a live row has taken since fails with
 * {@link UniqueConstraintException} and changes nothing.
 */
class LiveUniqueTest extends DatabaseTestBase {

  private MemberParanoidDao members;

  @BeforeEach
  void createTable() {
    Schema.create(db.dataSource(), MemberParanoidDao.TABLE_DEFINITION);
    members = new MemberParanoidDao(db.dataSource(), clock);
  }

  private Member member(String email, String org, String handle) {
    return members.create(new Member(email, org, handle));
  }

  private LocalDateTime deletedAt(Member member) {
    return deletedAtOf("members", member.getId());
  }

  @Test
  void twoLiveRowsMayNotShareAnEmail() {
    Member ann = member("ann@example.com", "acme", "ann");

    UniqueConstraintException e = assertThrows(UniqueConstraintException.class,
        () -> member("ann@example.com", "other", "annie"));
    assertTrue(e instanceof ParanoidException);
    assertNotNull(e.getSql());
    assertEquals(1, db.countRows("members"));

    Member bob = member("bob@example.com", "acme", "bob");
    bob.setEmail("ann@example.com");
    assertThrows(UniqueConstraintException.class, () -> members.update(bob));
    assertEquals("bob@example.com", db.value(String.class, "members", "email", bob.getId()));
    assertEquals("ann@example.com", members.findByPk(ann.getId()).orElseThrow().getEmail());
  }

  @Test
  void aSoftDeletedRowsEmailMayBeReused() {
    Member first = member("ann@example.com", "acme", "ann");
    Instant deletion = tick();
    assertTrue(members.destroy(first));

    Member second = member("ann@example.com", "acme", "ann2");
    assertNotNull(second.getId());
    assertEquals(2, db.countRows("members"));

    // deleted rows never collide with each other either
    tick();
    assertTrue(members.destroy(second));
    Member third = member("ann@example.com", "acme", "ann3");
    assertEquals(3, db.countRows("members"));
    assertEquals(List.of(third.getId()),
        map(members.findAll(MemberParanoidDao.EMAIL.eq("ann@example.com")), Member::getId));
    assertEquals(utc(deletion), deletedAt(first));

    // an update may also take a value that only deleted rows hold
    Member other = member("zed@example.com", "acme", "zed");
    third.setEmail("moved@example.com");
    assertTrue(members.update(third));
    other.setEmail("ann@example.com");
    assertTrue(members.update(other));
    assertEquals("ann@example.com", db.value(String.class, "members", "email", other.getId()));
  }

  @Test
  void restoringWhileTheEmailIsTakenThrowsAndChangesNothing() {
    Member first = member("ann@example.com", "acme", "ann");
    Instant deletion = tick();
    members.destroy(first);
    tick();
    Member taker = member("ann@example.com", "acme", "other");

    assertThrows(UniqueConstraintException.class, () -> members.restore(first));
    assertEquals(micros(deletion), first.getDeletedAt(), "the entity keeps its deletion time");
    assertEquals(utc(deletion), deletedAt(first));
    assertThrows(UniqueConstraintException.class, () -> members.restoreByPk(first.getId()));
    assertThrows(UniqueConstraintException.class,
        () -> members.restore(MemberParanoidDao.EMAIL.eq("ann@example.com")));
    assertEquals(utc(deletion), deletedAt(first));
    assertTrue(members.findByPk(first.getId()).isEmpty());
    assertNull(deletedAt(taker));

    // once the taker is gone, the restore works
    members.destroy(taker);
    assertTrue(members.restore(first));
    assertNull(deletedAt(first));
    assertNull(first.getDeletedAt());
  }

  @Test
  void aBulkRestoreWithOneConflictRestoresNothing() {
    Member ann = member("ann@example.com", "acme", "ann");
    Member bob = member("bob@example.com", "acme", "bob");
    Instant deletion = tick();
    assertEquals(2, members.destroy(MemberParanoidDao.ORG.eq("acme")));
    member("bob@example.com", "elsewhere", "bob");

    assertThrows(UniqueConstraintException.class,
        () -> members.restore(MemberParanoidDao.ORG.eq("acme")));

    assertEquals(utc(deletion), deletedAt(ann), "the statement failed as a whole");
    assertEquals(utc(deletion), deletedAt(bob));
    assertEquals(1, members.count());
  }

  @Test
  void theCompositeKeyHoldsAmongLiveRows() {
    Member ann = member("ann@example.com", "acme", "ann");
    member("ann2@example.com", "globex", "ann");        // same handle, other org
    member("ann3@example.com", "acme", "annie");        // same org, other handle

    assertThrows(UniqueConstraintException.class,
        () -> member("ann4@example.com", "acme", "ann"));
    assertEquals(3, db.countRows("members"));

    Instant deletion = tick();
    members.destroy(ann);
    Member successor = member("ann4@example.com", "acme", "ann");
    assertEquals(4, db.countRows("members"));

    assertThrows(UniqueConstraintException.class, () -> members.restore(ann));
    assertEquals(utc(deletion), deletedAt(ann));
    assertEquals(micros(deletion), ann.getDeletedAt());

    // moving the successor to another handle frees the pair
    successor.setHandle("ann-the-second");
    assertTrue(members.update(successor));
    assertTrue(members.restore(ann));
    assertNull(deletedAt(ann));

    Member rival = members.findByPk(successor.getId()).orElseThrow();
    rival.setHandle("ann");
    assertThrows(UniqueConstraintException.class, () -> members.update(rival));
    assertEquals("ann-the-second", db.value(String.class, "members", "handle", successor.getId()));
  }

  @Test
  void forceDestroyAndIncludeDeletedReadsStillWork() {
    Member old = member("ann@example.com", "acme", "ann");
    Instant deletion = tick();
    members.destroy(old);
    Member current = member("ann@example.com", "acme", "ann");

    assertEquals(List.of(old.getId(), current.getId()), map(members.query().includeDeleted()
        .where(MemberParanoidDao.EMAIL.eq("ann@example.com"))
        .orderBy(MemberParanoidDao.ID.asc()).list(), Member::getId));
    assertEquals(List.of(old.getId()), map(members.query().onlyDeleted().list(), Member::getId));
    Member found = members.findByPk(old.getId(), true).orElseThrow();
    assertEquals("ann@example.com", found.getEmail());
    assertEquals("acme", found.getOrg());
    assertEquals("ann", found.getHandle());
    assertEquals(micros(deletion), found.getDeletedAt());
    assertEquals(2, members.query().includeDeleted().count());
    assertEquals(1, members.count(MemberParanoidDao.HANDLE.eq("ann")));

    assertTrue(members.destroy(old, true));
    assertFalse(db.exists("members", old.getId()));
    assertTrue(members.destroyByPk(current.getId(), true));
    assertEquals(0, db.countRows("members"));

    Member again = member("ann@example.com", "acme", "ann");
    assertEquals(1, members.destroy(MemberParanoidDao.EMAIL.eq("ann@example.com"), true));
    assertFalse(db.exists("members", again.getId()));
  }

  @Test
  void decimalColumnUsesItsPrecisionAndScale() {
    Member ann = new Member("ann@example.com", "acme", "ann");
    ann.setDues(new java.math.BigDecimal("1234567.125"));
    members.create(ann);
    assertEquals(new java.math.BigDecimal("1234567.125"),
        members.findByPk(ann.getId()).orElseThrow().getDues());
    assertEquals(new java.math.BigDecimal("1234567.125"),
        db.value(java.math.BigDecimal.class, "members", "dues", ann.getId()));
  }

  /**
   * A unique key in a cascade: restoring an order restores the items its destroy deleted; when a
   * live item has taken one of their SKUs since, the whole restore fails and nothing changes.
   */
  @Test
  void aRestoreWhoseCascadeCollidesChangesNothing() {
    Schema.create(db.dataSource(), UserParanoidDao.TABLE_DEFINITION,
        OrderParanoidDao.TABLE_DEFINITION, OrderItemParanoidDao.TABLE_DEFINITION);
    OrderParanoidDao orders = new OrderParanoidDao(db.dataSource(), clock);
    OrderItemParanoidDao items = new OrderItemParanoidDao(db.dataSource(), clock);
    Order old = orders.create(new Order("old", 1, null));
    OrderItem a = items.create(new OrderItem("sku-a", old));
    OrderItem x = items.create(new OrderItem("sku-x", old));
    Instant deletion = tick();
    assertTrue(orders.destroy(old));
    Order current = orders.create(new Order("current", 1, null));
    items.create(new OrderItem("sku-x", current));
    tick();

    assertThrows(UniqueConstraintException.class, () -> orders.restore(old));
    assertThrows(UniqueConstraintException.class, () -> orders.restoreByPk(old.getId()));
    assertThrows(UniqueConstraintException.class,
        () -> orders.restore(OrderParanoidDao.GROUP.eq("old")));

    assertEquals(micros(deletion), old.getDeletedAt());
    assertEquals(utc(deletion), deletedAtOf("\"order\"", old.getId()));
    assertEquals(utc(deletion), deletedAtOf("order_items", a.getId()), "rolled back");
    assertEquals(utc(deletion), deletedAtOf("order_items", x.getId()));
    assertEquals(1, orders.count());
    assertEquals(1, items.count());
  }
}
