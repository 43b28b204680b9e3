package dev.paranoid.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes N realistic {@code @Paranoid} entities, in packages of ten: two cascade trees four levels
 * deep (Customer → Purchase → PurchaseLine → ShipmentEvent, Supplier → Contract → ContractTerm →
 * TermRevision) and a two-level one (Warehouse → StockItem), linked by
 * {@code @OneToMany(mappedBy, cascade = REMOVE)} and {@code @ManyToOne}, plus a {@code @ManyToOne}
 * from each package's Customer to the previous package's Warehouse, so no package compiles alone.
 * Every entity has a generated {@code Long} key, {@code @Version}, {@code @CreatedAt},
 * {@code @UpdatedAt}, {@code @DeletedAt} and a mix of column types (String, Long, BigDecimal,
 * Instant, LocalDate, the package's enum, boolean), all private behind JavaBean accessors as
 * most code bases write them. The output is the same for the same N, so runs compare.
 */
final class EntityGenerator {

  static final String BASE_PACKAGE = "dev.paranoid.scale.model";
  static final int PER_PACKAGE = 10;

  /** An entity of each package: its name, its parent in a cascade tree (or null), its columns. */
  private record Kind(String name, String parent, List<String> columns) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("Customer", null, List.of("String name", "String email", "BigDecimal creditLimit",
          "LocalDate birthDate", "Status status", "boolean vip", "Long loyaltyPoints",
          "String notes")),
      new Kind("Purchase", "Customer", List.of("String reference", "BigDecimal total",
          "LocalDate orderedOn", "Status status", "boolean paid", "Instant placedAt")),
      new Kind("PurchaseLine", "Purchase", List.of("String sku", "Long quantity",
          "BigDecimal unitPrice", "BigDecimal discount", "boolean giftWrapped")),
      new Kind("ShipmentEvent", "PurchaseLine", List.of("String carrier", "String trackingCode",
          "Instant happenedAt", "LocalDate expectedOn", "Status status", "boolean delivered",
          "Long weightGrams")),
      new Kind("Supplier", null, List.of("String name", "String vatNumber", "BigDecimal rating",
          "LocalDate since", "Status status", "boolean preferred")),
      new Kind("Contract", "Supplier", List.of("String title", "BigDecimal amount",
          "LocalDate startsOn", "LocalDate endsOn", "boolean signed", "Instant signedAt")),
      new Kind("ContractTerm", "Contract", List.of("String clause", "BigDecimal penalty",
          "Long sortIndex", "boolean mandatory")),
      new Kind("TermRevision", "ContractTerm", List.of("String body", "Instant revisedAt",
          "LocalDate effectiveOn", "boolean approved", "Long revisionNumber")),
      new Kind("Warehouse", null, List.of("String code", "String city", "Long capacity",
          "LocalDate openedOn", "Status status", "boolean automated")),
      new Kind("StockItem", "Warehouse", List.of("String sku", "Long quantity",
          "BigDecimal unitCost", "Instant lastCountedAt", "Status status", "boolean reserved")));

  private EntityGenerator() {}

  /** Writes {@code count} entities (a multiple of ten) under {@code root}; returns every file. */
  static List<Path> generate(int count, Path root) throws IOException {
    if (count <= 0 || count % PER_PACKAGE != 0) {
      throw new IllegalArgumentException("N must be a positive multiple of 10: " + count);
    }
    List<Path> files = new ArrayList<>();
    for (int index = 0; index < count / PER_PACKAGE; index++) {
      String pkg = packageName(index);
      Path dir = root.resolve(pkg.replace('.', '/'));
      Files.createDirectories(dir);
      files.add(write(dir.resolve("Status.java"), statusEnum(pkg)));
      for (Kind kind : KINDS) {
        String previous = index == 0 ? null : packageName(index - 1);
        files.add(write(dir.resolve(kind.name() + ".java"), entity(pkg, previous, kind)));
      }
    }
    return files;
  }

  static String packageName(int index) {
    return BASE_PACKAGE + ".p" + String.format("%04d", index);
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String statusEnum(String pkg) {
    return "package " + pkg + ";\n\n/** Where a record of this package stands. */\n"
        + "public enum Status {\n  DRAFT,\n  ACTIVE,\n  SUSPENDED,\n  CLOSED\n}\n";
  }

  private static String entity(String pkg, String previousPackage, Kind kind) {
    List<String> fields = new ArrayList<>();
    fields.add("@Id\n  @GeneratedValue(strategy = GenerationType.IDENTITY)\n  private Long id;");
    for (String column : kind.columns()) {
      String annotation = column.startsWith("Status ") ? "@Enumerated(EnumType.STRING)\n  " : "";
      fields.add(annotation + "private " + column + ";");
    }
    if (kind.parent() != null) {
      fields.add("@ManyToOne\n  @JoinColumn(name = \"" + snake(field(kind.parent())) + "_id\")\n"
          + "  private " + kind.parent() + " " + field(kind.parent()) + ";");
    }
    for (Kind child : KINDS) {
      if (kind.name().equals(child.parent())) {
        fields.add("@OneToMany(mappedBy = \"" + field(kind.name())
            + "\", cascade = CascadeType.REMOVE)\n  private List<" + child.name() + "> "
            + field(child.name()) + "s;");
      }
    }
    if (kind.name().equals("Customer") && previousPackage != null) {
      fields.add("/** The warehouse of the previous package: a reference across packages. */\n"
          + "  @ManyToOne\n  @JoinColumn(name = \"home_warehouse_id\")\n"
          + "  private " + previousPackage + ".Warehouse homeWarehouse;");
    }
    fields.add("@Version\n  private Long version;");
    fields.add("@CreatedAt\n  private Instant createdAt;");
    fields.add("@UpdatedAt\n  private Instant updatedAt;");
    fields.add("@DeletedAt\n  private Instant deletedAt;");

    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n").append(IMPORTS)
        .append("/** A ").append(kind.name()).append(" of package ")
        .append(pkg.substring(pkg.lastIndexOf('.') + 1)).append(". */\n")
        .append("@Entity\n@Paranoid\npublic class ").append(kind.name()).append(" {\n");
    for (String field : fields) {
      out.append("\n  ").append(field).append('\n');
    }
    out.append("\n  public ").append(kind.name()).append("() {}\n");
    for (String field : fields) {
      accessors(field.substring(field.lastIndexOf("private ") + 8, field.length() - 1), out);
    }
    out.append("\n  @Override\n  public String toString() {\n    return \"").append(kind.name())
        .append("[id=\" + id + \", version=\" + version + \", deletedAt=\" + deletedAt + \"]\";\n")
        .append("  }\n}\n");
    return out.toString();
  }

  /** A getter ({@code is..} for a boolean) and a setter for a declaration "Type name". */
  private static void accessors(String declaration, StringBuilder out) {
    int space = declaration.lastIndexOf(' ');
    String type = declaration.substring(0, space);
    String name = declaration.substring(space + 1);
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String getter = (type.equals("boolean") ? "is" : "get") + suffix;
    out.append("\n  public ").append(type).append(' ').append(getter).append("() {\n")
        .append("    return ").append(name).append(";\n  }\n")
        .append("\n  public void set").append(suffix).append('(').append(type).append(' ')
        .append(name).append(") {\n    this.").append(name).append(" = ").append(name)
        .append(";\n  }\n");
  }

  private static String field(String className) {
    return Character.toLowerCase(className.charAt(0)) + className.substring(1);
  }

  private static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static final String IMPORTS = """
      import dev.paranoid.CreatedAt;
      import dev.paranoid.DeletedAt;
      import dev.paranoid.Paranoid;
      import dev.paranoid.UpdatedAt;
      import jakarta.persistence.CascadeType;
      import jakarta.persistence.Entity;
      import jakarta.persistence.EnumType;
      import jakarta.persistence.Enumerated;
      import jakarta.persistence.GeneratedValue;
      import jakarta.persistence.GenerationType;
      import jakarta.persistence.Id;
      import jakarta.persistence.JoinColumn;
      import jakarta.persistence.ManyToOne;
      import jakarta.persistence.OneToMany;
      import jakarta.persistence.Version;
      import java.math.BigDecimal;
      import java.time.Instant;
      import java.time.LocalDate;
      import java.util.List;

      """;
}
