package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Money;
import dev.paranoid.it.model.Product;
import dev.paranoid.it.model.ProductParanoidDao;
import dev.paranoid.it.model.Sku;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Convert} with a JPA {@code AttributeConverter} (issue 14): the generated code calls the
 * converter on every write, read and condition value; the column has the converted type.
 */
class ConvertTest extends DatabaseTestBase {

  private ProductParanoidDao products;

  @BeforeEach
  void table() {
    Schema.create(db.dataSource(), ProductParanoidDao.TABLE_DEFINITION);
    products = new ProductParanoidDao(db.dataSource(), clock);
  }

  @Test
  void theColumnHoldsTheConvertedValueAndReadsComeBackConverted() {
    Product tea = products.create(new Product("tea", Money.of("3.50")));

    assertEquals(350L, db.value(Long.class, "products", "price", tea.id));
    assertEquals(Money.of("3.50"), products.findByPk(tea.id).orElseThrow().price);
    String ddl = String.join("\n", Schema.ddl(db.dialect(), ProductParanoidDao.TABLE_DEFINITION));
    assertTrue(ddl.contains("price BIGINT"), ddl);
  }

  @Test
  void conditionsAndUpdatesConvertTheirValues() {
    products.create(new Product("tea", Money.of("3.50")));
    Product coffee = products.create(new Product("coffee", Money.of("4.20")));
    products.create(new Product("cake", Money.of("6.00")));

    assertEquals(List.of("coffee"), products.findAll(ProductParanoidDao.PRICE.eq(Money.of("4.20")))
        .stream().map(product -> product.name).toList());
    assertEquals(List.of("cake"), products.findAll(ProductParanoidDao.PRICE.gt(Money.of("5.00")))
        .stream().map(product -> product.name).toList());

    coffee.price = Money.of("4.50");
    assertTrue(products.update(coffee));
    assertEquals(450L, db.value(Long.class, "products", "price", coffee.id));
    assertEquals(1, products.update().set(ProductParanoidDao.PRICE, Money.of("1.00"))
        .where(ProductParanoidDao.NAME.eq("tea")).execute());
    assertEquals(List.of("tea"), products.findAll(ProductParanoidDao.PRICE.lt(Money.of("2.00")))
        .stream().map(product -> product.name).toList());
  }

  @Test
  void anAutoAppliedConverterStoresItsTypeWithoutAConvertOnTheField() {
    Product tea = new Product("tea", Money.of("3.50"));
    tea.sku = new Sku("TEA-01");
    products.create(tea);
    Product cake = new Product("cake", Money.of("6.00"));
    cake.sku = new Sku("CAKE-07");
    products.create(cake);

    assertEquals("TEA-01", db.value(String.class, "products", "sku", tea.id));
    assertEquals(new Sku("TEA-01"), products.findByPk(tea.id).orElseThrow().sku);
    assertEquals(List.of("cake"), products.findAll(ProductParanoidDao.SKU.eq(new Sku("CAKE-07")))
        .stream().map(product -> product.name).toList());
    assertEquals(1, products.update().set(ProductParanoidDao.SKU, new Sku("TEA-02"))
        .where(ProductParanoidDao.NAME.eq("tea")).execute());
    assertEquals("TEA-02", db.value(String.class, "products", "sku", tea.id));
  }

  @Test
  void nullStaysNullWithoutCallingTheConverter() {
    Product free = products.create(new Product("water", null));
    assertNull(products.findByPk(free.id).orElseThrow().price);
    assertNull(products.findByPk(free.id).orElseThrow().sku);
    assertEquals(1, products.count(ProductParanoidDao.PRICE.eq(null)));
  }
}
