package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Member;
import dev.paranoid.it.model.MemberParanoidDao;
import dev.paranoid.it.model.Order;
import dev.paranoid.it.model.OrderParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Dialect#detect} recognises each real database from its connection, and the keys the
 * databases generate (IDENTITY on H2 and PostgreSQL, AUTO_INCREMENT on MariaDB) reach the
 * entities, also on a table with a reserved name and on one with generated columns.
 */
class DialectTest extends DatabaseTestBase {

  @Test
  void detectRecognisesTheDatabase() throws SQLException {
    try (Connection connection = db.dataSource().getConnection()) {
      Dialect detected = Dialect.detect(connection);
      assertEquals(TestDatabase.configuredDialect(), detected);
      assertEquals(db.dialect(), detected);
      String product = connection.getMetaData().getDatabaseProductName();
      switch (detected) {
        case H2 -> assertEquals("H2", product);
        case POSTGRESQL -> assertEquals("PostgreSQL", product);
        case MARIADB -> assertTrue(product.equals("MariaDB") || product.equals("MySQL"), product);
        default -> throw new AssertionError(detected);
      }
    }
  }

  @Test
  void generatedKeysReachTheEntities() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      User created = user("u" + i);
      ids.add(created.getId());
      assertEquals("u" + i, users.findByPk(created.getId()).orElseThrow().getUsername());
      assertEquals(1L, db.single(Long.class,
          "SELECT COUNT(*) FROM users WHERE id = ? AND username = ?", created.getId(), "u" + i));
    }
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(ids.get(i) > ids.get(i - 1), "keys increase: " + ids);
    }
    // a force-destroyed key is not handed out again
    users.destroyByPk(ids.get(4), true);
    User next = user("next");
    assertTrue(next.getId() > ids.get(4), next.getId() + " after " + ids);
    assertEquals(5, users.query().includeDeleted().count());
  }

  @Test
  void generatedKeysOnReservedAndGeneratedColumnTables() {
    Schema.create(db.dataSource(), UserParanoidDao.TABLE_DEFINITION,
        OrderParanoidDao.TABLE_DEFINITION, MemberParanoidDao.TABLE_DEFINITION);
    OrderParanoidDao orders = new OrderParanoidDao(db.dataSource(), clock);
    MemberParanoidDao members = new MemberParanoidDao(db.dataSource(), clock);

    Order first = orders.create(new Order("g", 1, null));
    Order second = orders.create(new Order("g", 2, null));
    assertNotEquals(first.getId(), second.getId());
    assertEquals(2, orders.findByPk(second.getId()).orElseThrow().getQuantity());

    // H2 and MariaDB give members generated "live" columns: the key must still be the id
    Member ann = members.create(new Member("ann@example.com", "acme", "ann"));
    Member bob = members.create(new Member("bob@example.com", "acme", "bob"));
    assertTrue(bob.getId() > ann.getId());
    assertEquals("bob@example.com", members.findByPk(bob.getId()).orElseThrow().getEmail());
    assertEquals("ann@example.com", db.value(String.class, "members", "email", ann.getId()));
  }

  /**
   * A key column named in upper case. pgjdbc quotes the names given to
   * {@code prepareStatement(sql, String[])}, and PostgreSQL folds the unquoted {@code ID} of the
   * DDL to {@code id}, so the DAO must ask for {@code RETURNING "id"}, not {@code "ID"}.
   */
  @Test
  void generatedKeyInAnUpperCaseColumn() {
    Schema.create(db.dataSource(), UpperCaseKeyParanoidDao.TABLE_DEFINITION);
    UpperCaseKeyParanoidDao keys = new UpperCaseKeyParanoidDao(db.dataSource(), clock);

    UpperCaseKey first = keys.create(new UpperCaseKey("first"));
    UpperCaseKey second = keys.create(new UpperCaseKey("second"));

    assertTrue(second.id > first.id);
    assertEquals("second", keys.findByPk(second.id).orElseThrow().name);
    assertEquals("first", db.single(String.class, "SELECT name FROM upper_case_keys WHERE ID = ?", first.id));
  }
}
