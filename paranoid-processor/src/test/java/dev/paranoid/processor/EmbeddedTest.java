package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.compile;
import static dev.paranoid.processor.ProcessorTesting.generatedSource;
import static dev.paranoid.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The code generated for embedded fields: a column constant per flattened column, binds through
 * the embedded field (NULL while it is null), one reader per embedded field (null when all its
 * columns are NULL), the columns in the table definition. The diagnostics are in
 * {@code DiagnosticsTest.Embeddables}; the behaviour on three databases in the integration tests.
 */
class EmbeddedTest {

  private final JavaFileObject money = source("test.Money",
      "@Embeddable",
      "public class Money {",
      "  @Column(precision = 12, scale = 2) BigDecimal amount;",
      "  @Column(length = 3) String currency;",
      "  long cents;",
      "}");

  private final JavaFileObject address = source("test.Address",
      "@Embeddable",
      "public record Address(String street, String city, @Column(name = \"zip\") String zipCode) {}");

  private final JavaFileObject purchase = source("test.Purchase",
      "@Entity",
      "@Paranoid",
      "public class Purchase {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
      "  @DeletedAt Instant deletedAt;",
      "  @Embedded",
      "  @AttributeOverride(name = \"amount\", column = @Column(name = \"total_amount\", precision = 14))",
      "  @AttributeOverride(name = \"currency\", column = @Column(name = \"total_currency\"))",
      "  @AttributeOverride(name = \"cents\", column = @Column(name = \"total_cents\"))",
      "  Money total;",
      "  Address shipTo;",
      "}");

  @Test
  void eachColumnHasAConstantNamedByItsPath() {
    Compilation compilation = compile(purchase, money, address);
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "test.PurchaseParanoidDao");
    assertTrue(dao.contains("public static final Column<Purchase, BigDecimal> TOTAL_AMOUNT ="
        + " Columns.of(\"total_amount\", \"total.amount\", JdbcTypes.BIG_DECIMAL);"), dao);
    assertTrue(dao.contains("public static final Column<Purchase, Long> TOTAL_CENTS ="
        + " Columns.of(\"total_cents\", \"total.cents\", JdbcTypes.LONG);"), dao);
    // no override: the embeddable's own column names, as JPA has them
    assertTrue(dao.contains("public static final Column<Purchase, String> SHIP_TO_ZIP_CODE ="
        + " Columns.of(\"zip\", \"shipTo.zipCode\", JdbcTypes.STRING);"), dao);
  }

  @Test
  void writesBindEachColumnThroughTheEmbeddedField() {
    String dao = generatedSource(compile(purchase, money, address), "test.PurchaseParanoidDao");
    assertTrue(dao.contains("INSERT INTO purchase (total_amount, total_currency,"
        + " total_cents, street, city, zip) VALUES (?, ?, ?, ?, ?, ?)"), dao);
    assertTrue(dao.contains("JdbcTypes.LONG.bind(statement, 3, (entity.total == null ? null"
        + " : entity.total.cents));"), dao);
    assertTrue(dao.contains("JdbcTypes.STRING.bind(statement, 6, (entity.shipTo == null ? null"
        + " : entity.shipTo.zipCode()));"), dao);
  }

  @Test
  void readsBuildTheEmbeddableOrNull() {
    String dao = generatedSource(compile(purchase, money, address), "test.PurchaseParanoidDao");
    assertTrue(dao.contains("    entity.total = readTotal(row);\n"
        + "    entity.shipTo = readShipTo(row);\n"), dao);
    assertTrue(dao.contains(
        "  private static Money readTotal(Row row) throws SQLException {\n"
            + "    BigDecimal amount = JdbcTypes.BIG_DECIMAL.read(row, 3);\n"
            + "    String currency = JdbcTypes.STRING.read(row, 4);\n"
            + "    Long cents = JdbcTypes.LONG.read(row, 5);\n"
            + "    if (amount == null && currency == null && cents == null) {\n"
            + "      return null;\n"
            + "    }\n"
            + "    Money total = new Money();\n"
            + "    total.amount = amount;\n"
            + "    total.currency = currency;\n"
            + "    total.cents = cents == null ? 0L : cents;\n"
            + "    return total;\n"
            + "  }\n"), dao);
    assertTrue(dao.contains("    if (street == null && city == null && zipCode == null) {\n"
        + "      return null;\n"
        + "    }\n"
        + "    return new Address(\n"), dao);
  }

  @Test
  void theTableDefinitionHasTheColumnsWithTheirFacts() {
    String dao = generatedSource(compile(purchase, money, address), "test.PurchaseParanoidDao");
    // precision from the override, scale and length from the embeddable's own @Column
    assertTrue(dao.contains(".column(\"total_amount\", SqlType.DECIMAL).precision(14, 2)\n"), dao);
    assertTrue(dao.contains(".column(\"total_currency\", SqlType.VARCHAR).length(3)\n"), dao);
    // a null embedded writes NULL: a primitive's column is nullable too
    assertTrue(dao.contains(".column(\"total_cents\", SqlType.BIGINT)\n"), dao);
    assertTrue(dao.contains(".column(\"zip\", SqlType.VARCHAR)\n"), dao);
  }

  @Test
  void aRecordEntityPassesItsEmbeddedOnToTheRecordCreateReturns() {
    JavaFileObject visit = source("test.Visit",
        "@Entity",
        "@Paranoid",
        "public record Visit(",
        "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id,",
        "    @Embedded Address place,",
        "    String note,",
        "    @DeletedAt Instant deletedAt) {}");
    Compilation compilation = compile(visit, address);
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "test.VisitParanoidDao");
    assertTrue(dao.contains("Visit created = new Visit(\n"
        + "            id,\n"
        + "            entity.place(),\n"
        + "            entity.note(),\n"), dao);
    assertTrue(dao.contains("    return new Visit(\n"
        + "            JdbcTypes.LONG.read(row, 1),\n"
        + "            readPlace(row),\n"), dao);
    assertTrue(dao.contains("(entity.place() == null ? null : entity.place().street())"), dao);
  }

  @Test
  void anIncludedTargetReadsItsEmbeddedToo() {
    JavaFileObject shop = source("test.Shop",
        "@Entity",
        "@Paranoid",
        "public class Shop {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @DeletedAt Instant deletedAt;",
        "  Address address;",
        "}");
    JavaFileObject sale = source("test.Sale",
        "@Entity",
        "@Paranoid",
        "public class Sale {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @DeletedAt Instant deletedAt;",
        "  @ManyToOne Shop shop;",
        "}");
    Compilation compilation = compile(sale, shop, address);
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "test.SaleParanoidDao");
    assertTrue(dao.contains("entity.address = readShopAddress(row);"), dao);
    assertTrue(dao.contains("private static Address readShopAddress(Row row) throws SQLException {"),
        dao);
  }
}
