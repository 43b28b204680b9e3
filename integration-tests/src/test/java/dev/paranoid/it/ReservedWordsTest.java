package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Order;
import dev.paranoid.it.model.OrderItem;
import dev.paranoid.it.model.OrderItemParanoidDao;
import dev.paranoid.it.model.OrderParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.schema.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names that are SQL reserved words work on every database: table {@code order} with a column
 * {@code group} and a join column {@code user} (to {@code users}), and table {@code order_items}
 * whose join column is {@code order}. The schema helper creates both tables (with their foreign
 * keys); every DAO operation, condition, include and cascade runs over them. Raw checks quote the
 * names as Paranoid does (TestDatabase adapts the quotes to backticks on MariaDB).
 */
class ReservedWordsTest extends DatabaseTestBase {

  private static final String ORDER = "\"order\"";

  private OrderParanoidDao orders;
  private OrderItemParanoidDao items;
  private User alice;
  private User bob;

  @BeforeEach
  void createTables() {
    Schema.create(db.dataSource(), UserParanoidDao.TABLE_DEFINITION,
        OrderParanoidDao.TABLE_DEFINITION, OrderItemParanoidDao.TABLE_DEFINITION);
    orders = new OrderParanoidDao(db.dataSource(), clock);
    items = new OrderItemParanoidDao(db.dataSource(), clock);
    alice = user("alice");
    bob = user("bob");
  }

  private Order order(String group, int quantity, User user) {
    return orders.create(new Order(group, quantity, user));
  }

  private OrderItem item(String sku, Order order) {
    return items.create(new OrderItem(sku, order));
  }

  private static List<String> groups(List<Order> list) {
    return map(list, Order::getGroup);
  }

  private static List<String> skus(List<OrderItem> list) {
    return map(list, OrderItem::getSku);
  }

  @Test
  void schemaHelperCreatesTheTablesWithTheirForeignKeys() {
    assertEquals(0, db.countRows(ORDER));
    assertEquals(0, db.countRows("order_items"));
    db.update("INSERT INTO " + ORDER + " (\"group\", quantity, \"user\") VALUES (?, ?, ?)",
        "raw", 1, alice.getId());
    assertEquals(1, db.countRows(ORDER));

    // the foreign keys exist, on the reserved-word columns
    assertThrows(IllegalStateException.class, () -> db.update(
        "INSERT INTO " + ORDER + " (\"group\", quantity, \"user\") VALUES (?, ?, ?)",
        "dangling", 1, 999_999L));
    assertThrows(ParanoidException.class, () -> orders.create(new Order("dangling", 1, userWithId(999_999L))));
    assertThrows(IllegalStateException.class, () -> db.update(
        "INSERT INTO order_items (sku, \"order\") VALUES (?, ?)", "dangling", 999_999L));
    assertEquals(1, db.countRows(ORDER));
    assertEquals(0, db.countRows("order_items"));
  }

  private static User userWithId(long id) {
    User user = new User();
    user.setId(id);
    return user;
  }

  @Test
  void createAndFindByPk() {
    Order created = order("vip", 3, alice);

    assertTrue(created.getId() != null && created.getId() > 0);
    assertEquals(micros(T0), created.getCreatedAt());
    Map<String, Object> row = db.row(
        "SELECT \"group\", quantity, \"user\", deleted_at FROM " + ORDER + " WHERE id = ?",
        created.getId());
    assertEquals("vip", row.get("group"));
    assertEquals(3, ((Number) row.get("quantity")).intValue());
    assertEquals(alice.getId(), ((Number) row.get("user")).longValue());
    assertNull(row.get("deleted_at"));
    assertEquals(utc(T0), createdAtOf(ORDER, created.getId()));

    Order found = orders.findByPk(created.getId()).orElseThrow();
    assertEquals("vip", found.getGroup());
    assertEquals(3, found.getQuantity());
    assertEquals(alice.getId(), found.getUser().getId());
    assertNull(found.getUser().getUsername());
    assertEquals(micros(T0), found.getCreatedAt());
    assertEquals(micros(T0), found.getUpdatedAt());

    Order orphan = order("none", 0, null);
    assertNull(orders.findByPk(orphan.getId()).orElseThrow().getUser());
    assertNull(db.value(Long.class, ORDER, "\"user\"", orphan.getId()));
  }

  @Test
  void updateWritesTheReservedWordColumns() {
    Order created = order("vip", 3, alice);
    Instant later = tick();
    created.setGroup("regular");
    created.setUser(bob);
    created.setQuantity(7);

    assertTrue(orders.update(created));

    assertEquals(micros(later), created.getUpdatedAt());
    assertEquals("regular", db.value(String.class, ORDER, "\"group\"", created.getId()));
    assertEquals(bob.getId(), db.value(Long.class, ORDER, "\"user\"", created.getId()));
    assertEquals(utc(later), updatedAtOf(ORDER, created.getId()));
    Order found = orders.findByPk(created.getId()).orElseThrow();
    assertEquals("regular", found.getGroup());
    assertEquals(7, found.getQuantity());
    assertEquals(bob.getId(), found.getUser().getId());

    orders.destroy(created);
    created.setGroup("ignored");
    assertFalse(orders.update(created));
    assertEquals("regular", db.value(String.class, ORDER, "\"group\"", created.getId()));
  }

  @Test
  void destroyRestoreAndForceDestroy() {
    Order first = order("a", 1, alice);
    Order second = order("b", 2, alice);
    Order third = order("b", 3, bob);
    Instant deletion = tick();

    assertTrue(orders.destroy(first));
    assertEquals(micros(deletion), first.getDeletedAt());
    assertEquals(utc(deletion), deletedAtOf(ORDER, first.getId()));
    assertTrue(orders.findByPk(first.getId()).isEmpty());
    assertEquals(micros(deletion),
        orders.findByPk(first.getId(), true).orElseThrow().getDeletedAt());
    assertEquals(2, orders.count());

    Instant bulk = tick();
    assertEquals(2, orders.destroy(OrderParanoidDao.GROUP.eq("b")));
    assertEquals(utc(bulk), deletedAtOf(ORDER, second.getId()));
    assertEquals(utc(bulk), deletedAtOf(ORDER, third.getId()));
    assertEquals(0, orders.count());
    assertEquals(3, orders.query().includeDeleted().count());

    tick();
    assertTrue(orders.restore(first));
    assertNull(first.getDeletedAt());
    assertNull(deletedAtOf(ORDER, first.getId()));
    assertEquals(1, orders.restore(OrderParanoidDao.USER_COLUMN.eq(bob.getId())));
    assertNull(deletedAtOf(ORDER, third.getId()));
    assertTrue(orders.restoreByPk(second.getId()));
    assertEquals(List.of("a", "b", "b"),
        groups(orders.query().orderBy(OrderParanoidDao.ID.asc()).list()));

    assertTrue(orders.destroyByPk(second.getId()));
    assertTrue(orders.destroy(second, true));
    assertFalse(db.exists(ORDER, second.getId()));
    assertEquals(1, orders.destroy(OrderParanoidDao.GROUP.eq("a"), true));
    assertFalse(db.exists(ORDER, first.getId()));
    assertTrue(orders.destroyByPk(third.getId(), true));
    assertEquals(0, db.countRows(ORDER));
  }

  @Test
  void conditionsOnReservedWordColumns() {
    Order a = order("alpha", 1, alice);
    Order b = order("beta", 2, bob);
    Order c = order("gamma", 3, alice);
    Order none = order(null, 4, null);
    orders.destroy(c);

    assertEquals(List.of("alpha"), groups(orders.findAll(OrderParanoidDao.GROUP.eq("alpha"))));
    assertEquals(List.of(a.getId()),
        map(orders.findAll(OrderParanoidDao.USER_COLUMN.eq(alice.getId())), Order::getId));
    assertEquals(List.of(a.getId(), c.getId()), map(orders.query().includeDeleted()
        .where(OrderParanoidDao.USER_COLUMN.eq(alice.getId()))
        .orderBy(OrderParanoidDao.ID.asc()).list(), Order::getId));
    assertEquals(List.of(none.getId()),
        map(orders.findAll(OrderParanoidDao.USER_COLUMN.isNull()), Order::getId));
    assertEquals(List.of(none.getId()),
        map(orders.findAll(OrderParanoidDao.GROUP.eq(null)), Order::getId));
    assertEquals(List.of("beta", "alpha"), groups(orders.query()
        .where(OrderParanoidDao.GROUP.in(List.of("alpha", "beta", "gamma")))
        .orderBy(OrderParanoidDao.GROUP.desc()).list()));
    assertEquals(List.of("beta"), groups(orders.findAll(OrderParanoidDao.GROUP.like("b%"))));
    assertEquals(List.of("alpha", "beta"), groups(orders.query()
        .where(OrderParanoidDao.GROUP.isNotNull())
        .where(OrderParanoidDao.USER_COLUMN.in(List.of(alice.getId(), bob.getId())))
        .orderBy(OrderParanoidDao.USER_COLUMN.asc()).list()));
    assertEquals(2, orders.count(OrderParanoidDao.GROUP.between("alpha", "gamma")));
    assertEquals("beta", orders.query().where(OrderParanoidDao.GROUP.isNotNull())
        .orderBy(OrderParanoidDao.GROUP.asc()).offset(1).limit(1).first().orElseThrow().getGroup());
    assertEquals("gamma", orders.query().onlyDeleted().first().orElseThrow().getGroup());
    assertEquals(b.getId(), orders.findOne(OrderParanoidDao.GROUP.ne("alpha")
        .and(OrderParanoidDao.USER_COLUMN.isNotNull())).orElseThrow().getId());
    assertEquals(2, orders.count(OrderParanoidDao.GROUP.eq("alpha").not()
        .or(OrderParanoidDao.GROUP.isNull())));
  }

  @Test
  void includesOverReservedWordJoinColumns() {
    Order a = order("a", 1, alice);
    Order b = order("b", 2, bob);
    Order c = order("c", 3, null);
    item("a-1", a);
    item("a-2", a);
    OrderItem gone = item("a-3", a);
    item("b-1", b);
    items.destroy(gone);
    users.destroy(bob);

    List<Order> withUsers = orders.query().include(OrderParanoidDao.USER)
        .orderBy(OrderParanoidDao.ID.asc()).list();
    assertEquals(List.of("a", "b", "c"), groups(withUsers));
    assertEquals("alice", withUsers.get(0).getUser().getUsername());
    assertNull(withUsers.get(1).getUser(), "bob is soft-deleted");
    assertNull(withUsers.get(2).getUser());

    List<Order> withDeletedUsers = orders.query()
        .include(OrderParanoidDao.USER.includeDeleted()).orderBy(OrderParanoidDao.ID.asc()).list();
    assertEquals("bob", withDeletedUsers.get(1).getUser().getUsername());
    assertEquals(List.of("a"), groups(orders.query()
        .include(OrderParanoidDao.USER.required()).list()));

    List<Order> withItems = orders.query().include(OrderParanoidDao.ITEMS)
        .orderBy(OrderParanoidDao.ID.asc()).list();
    assertEquals(List.of("a-1", "a-2"), skus(sortedItems(withItems.get(0))));
    assertEquals(List.of("b-1"), skus(sortedItems(withItems.get(1))));
    assertEquals(List.of(), skus(sortedItems(withItems.get(2))));
    assertEquals(List.of("a-1", "a-2", "a-3"), skus(sortedItems(orders.query()
        .include(OrderParanoidDao.ITEMS.includeDeleted())
        .where(OrderParanoidDao.ID.eq(a.getId())).first().orElseThrow())));
    assertEquals(List.of("b"), groups(orders.query()
        .include(OrderParanoidDao.ITEMS.where(OrderItemParanoidDao.SKU.eq("b-1")).required())
        .list()));

    List<OrderItem> nested = items.query()
        .include(OrderItemParanoidDao.ORDER.include(OrderParanoidDao.USER.includeDeleted()))
        .orderBy(OrderItemParanoidDao.SKU.asc()).list();
    assertEquals(List.of("a-1", "a-2", "b-1"), skus(nested));
    assertEquals(List.of("alice", "alice", "bob"),
        map(nested, item -> item.getOrder().getUser().getUsername()));
    assertEquals(List.of("a-1", "a-2"), skus(items.findAll(
        OrderItemParanoidDao.ORDER_COLUMN.eq(a.getId()))));
    assertEquals(c.getId(), orders.findOne(OrderParanoidDao.USER_COLUMN.isNull()).orElseThrow().getId());
  }

  private static List<OrderItem> sortedItems(Order order) {
    return order.getItems().stream()
        .sorted(java.util.Comparator.comparing(OrderItem::getSku)).toList();
  }

  @Test
  void cascadesOverReservedWordJoinColumns() {
    Order a = order("a", 1, alice);
    Order b = order("b", 2, alice);
    OrderItem a1 = item("a-1", a);
    OrderItem a2 = item("a-2", a);
    OrderItem b1 = item("b-1", b);
    Instant early = tick();
    items.destroy(a2);
    Instant deletion = tick();

    assertTrue(orders.destroy(a));

    assertEquals(utc(deletion), deletedAtOf(ORDER, a.getId()));
    assertEquals(utc(deletion), deletedAtOf("order_items", a1.getId()));
    assertEquals(utc(early), deletedAtOf("order_items", a2.getId()));
    assertNull(deletedAtOf("order_items", b1.getId()));

    tick();
    assertTrue(orders.restore(a));
    assertNull(deletedAtOf(ORDER, a.getId()));
    assertNull(deletedAtOf("order_items", a1.getId()));
    assertEquals(utc(early), deletedAtOf("order_items", a2.getId()),
        "deleted on its own earlier: stays deleted");

    assertTrue(orders.destroy(a, true));
    assertFalse(db.exists(ORDER, a.getId()));
    assertFalse(db.exists("order_items", a1.getId()));
    assertFalse(db.exists("order_items", a2.getId()));
    assertTrue(db.exists("order_items", b1.getId()));
  }
}
