package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Address;
import dev.paranoid.it.model.Price;
import dev.paranoid.it.model.Purchase;
import dev.paranoid.it.model.PurchaseParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.FoundOrCreated;
import dev.paranoid.runtime.schema.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Embedded fields (issue 14): {@link Purchase} embeds {@link Price} twice, with
 * {@code @AttributeOverride}s, and the record {@link Address}. Each column is written through the
 * embedded field (NULL while it is null), read back into one embeddable (null when all its
 * columns are NULL, as Hibernate does), and usable in conditions and bulk updates by its
 * constant.
 */
class EmbeddedTest extends DatabaseTestBase {

  private static final Address LYON = new Address("1 rue de la République", "Lyon", "69001");

  private PurchaseParanoidDao purchases;

  @BeforeEach
  void table() {
    Schema.create(db.dataSource(), PurchaseParanoidDao.TABLE_DEFINITION);
    purchases = new PurchaseParanoidDao(db.dataSource(), clock);
  }

  @Test
  void theEmbeddedFieldsAreStoredInTheirColumnsAndReadBack() {
    Purchase lamp = purchases.create(new Purchase("lamp", new Price("49.90", "EUR"), LYON));

    Map<String, Object> row = lower(db.row("SELECT * FROM purchases WHERE id = ?", lamp.id));
    assertEquals(0, new BigDecimal("49.90").compareTo((BigDecimal) row.get("total_amount")));
    assertEquals("EUR", row.get("total_currency"));
    assertEquals("Lyon", row.get("city"));
    assertEquals("69001", row.get("zip_code"));
    assertNull(row.get("shipping_amount"), "a null embedded writes NULL into its columns");
    assertNull(row.get("shipping_currency"));

    Purchase read = purchases.findByPk(lamp.id).orElseThrow();
    assertEquals(new Price("49.90", "EUR"), read.total);
    assertEquals(LYON, read.shipTo);
    assertNull(read.shipping, "all its columns are NULL: the embedded field is null");
  }

  @Test
  void anEmbeddedWithSomeNullColumnsIsReadWithThem() {
    Purchase gift = purchases.create(new Purchase("gift", new Price("0", null), null));

    Purchase read = purchases.findByPk(gift.id).orElseThrow();
    assertEquals(new Price("0", null), read.total);
    assertNull(read.shipTo);
  }

  @Test
  void conditionsUseTheColumnConstantOfEachEmbeddedColumn() {
    purchases.create(new Purchase("lamp", new Price("49.90", "EUR"), LYON));
    purchases.create(new Purchase("desk", new Price("250.00", "EUR"),
        new Address("2 Unter den Linden", "Berlin", "10117")));
    Purchase sofa = new Purchase("sofa", new Price("900.00", "USD"), null);
    sofa.shipping = new Price("80.00", "USD");
    purchases.create(sofa);

    assertEquals(List.of("desk", "sofa"), items(purchases.findAll(
        PurchaseParanoidDao.TOTAL_AMOUNT.gt(new BigDecimal("100")))));
    assertEquals(List.of("lamp"), items(purchases.findAll(
        PurchaseParanoidDao.SHIP_TO_CITY.eq("Lyon"))));
    assertEquals(List.of("lamp", "desk"), items(purchases.findAll(
        PurchaseParanoidDao.SHIPPING_AMOUNT.eq(null))));
    assertEquals(List.of("sofa"), items(purchases.query()
        .where(PurchaseParanoidDao.SHIPPING_CURRENCY.eq("USD"))
        .orderBy(PurchaseParanoidDao.TOTAL_AMOUNT.desc()).list()));
  }

  @Test
  void updatesWriteEveryColumnAndANullEmbeddedClearsThem() {
    Purchase lamp = purchases.create(new Purchase("lamp", new Price("49.90", "EUR"), LYON));

    lamp.total.setAmount(new BigDecimal("39.90"));
    lamp.shipTo = null;
    lamp.shipping = new Price("5.00", "EUR");
    assertTrue(purchases.update(lamp));

    Purchase read = purchases.findByPk(lamp.id).orElseThrow();
    assertEquals(new Price("39.90", "EUR"), read.total);
    assertEquals(new Price("5.00", "EUR"), read.shipping);
    assertNull(read.shipTo);
    assertNull(db.value(String.class, "purchases", "city", lamp.id));

    assertEquals(1, purchases.update()
        .set(PurchaseParanoidDao.TOTAL_CURRENCY, "CHF")
        .where(PurchaseParanoidDao.ID.eq(lamp.id)).execute());
    assertEquals(new Price("39.90", "CHF"), purchases.findByPk(lamp.id).orElseThrow().total);
  }

  @Test
  void createAllAndFindOrCreateWriteTheColumnsToo() {
    List<Purchase> created = purchases.createAll(List.of(
        new Purchase("cup", new Price("3.00", "EUR"), LYON),
        new Purchase("mug", null, null)));
    assertEquals(LYON, purchases.findByPk(created.get(0).id).orElseThrow().shipTo);
    assertNull(purchases.findByPk(created.get(1).id).orElseThrow().total);

    FoundOrCreated<Purchase> found = purchases.findOrCreate(
        PurchaseParanoidDao.SHIP_TO_ZIP.eq("69001"), () -> new Purchase("other", null, null));
    assertFalse(found.created());
    assertEquals("cup", found.entity().item);
    FoundOrCreated<Purchase> made = purchases.findOrCreate(
        PurchaseParanoidDao.SHIP_TO_ZIP.eq("75001"),
        () -> new Purchase("vase", new Price("12.00", "EUR"),
            new Address("3 rue de Rivoli", "Paris", "75001")));
    assertTrue(made.created());
    assertEquals("Paris", purchases.findByPk(made.entity().id).orElseThrow().shipTo.city());
  }

  @Test
  void softDeleteAndRestoreKeepTheEmbeddedColumns() {
    Purchase lamp = purchases.create(new Purchase("lamp", new Price("49.90", "EUR"), LYON));

    assertTrue(purchases.destroy(lamp));
    assertTrue(purchases.findByPk(lamp.id).isEmpty());
    assertEquals(0, purchases.count(PurchaseParanoidDao.SHIP_TO_CITY.eq("Lyon")));
    assertEquals(LYON, purchases.findByPk(lamp.id, true).orElseThrow().shipTo);

    assertEquals(1, purchases.restore(PurchaseParanoidDao.TOTAL_CURRENCY.eq("EUR")));
    Purchase restored = purchases.findByPk(lamp.id).orElseThrow();
    assertEquals(new Price("49.90", "EUR"), restored.total);
    assertEquals(LYON, restored.shipTo);
  }

  @Test
  void theSchemaHelperKeepsTheEmbeddablesColumnFacts() {
    String ddl = String.join("\n", Schema.ddl(db.dialect(), PurchaseParanoidDao.TABLE_DEFINITION));
    assertTrue(ddl.contains("total_currency VARCHAR(3)"), ddl);
    assertTrue(ddl.contains("shipping_amount DECIMAL(12, 2)"), ddl);
    assertTrue(ddl.contains("zip_code VARCHAR(10)"), ddl);
  }

  private static List<String> items(List<Purchase> list) {
    return list.stream().map(purchase -> purchase.item).toList();
  }

  /** The row with lower-case column names (H2 reports them upper-case). */
  private static Map<String, Object> lower(Map<String, Object> row) {
    Map<String, Object> lower = new java.util.HashMap<>();
    row.forEach((column, value) -> lower.put(column.toLowerCase(java.util.Locale.ROOT), value));
    return lower;
  }
}
