package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.assertNotGenerated;
import static dev.paranoid.processor.ProcessorTesting.compile;
import static dev.paranoid.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A type missing from the build, as when one entity is compiled without the sources of the types
 * it names (issue 15): reported as missing ({@code [ParanoidMissingType]}, on the field), never
 * as a type Paranoid cannot map or a target that is not a class. javac reports the unknown symbol
 * too; these tests are about Paranoid's own messages.
 */
class MissingTypeTest {

  private static final String ID =
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";
  private static final String DELETED_AT = "  @DeletedAt Instant deletedAt;";

  @Test
  void aMissingEnumIsMissingNotUnsupported() {
    JavaFileObject event = source("shop.ShipmentEvent",
        "@Entity",
        "@Paranoid",
        "public class ShipmentEvent {",
        ID,
        "  @Enumerated(EnumType.STRING) ShipmentStatus status;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(event);

    assertThat(compilation).hadErrorContaining("[ParanoidMissingType] field \"status\" of"
            + " \"ShipmentEvent\" names type ShipmentStatus, which was never generated nor found")
        .inFile(event).onLineContaining("ShipmentStatus status;");
    assertOnlyMissingTypes(compilation, 1);
    assertNotGenerated(compilation, "shop.ShipmentEventParanoidDao");
  }

  @Test
  void aMissingManyToOneTargetIsMissingNotAnUnknownTarget() {
    JavaFileObject line = source("shop.PurchaseLine",
        "@Entity",
        "@Paranoid",
        "public class PurchaseLine {",
        ID,
        "  @ManyToOne @JoinColumn(name = \"purchase_id\") Purchase purchase;",
        "  int quantity;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(line);

    assertThat(compilation).hadErrorContaining("[ParanoidMissingType] field \"purchase\" of"
            + " \"PurchaseLine\" names type Purchase, which was never generated nor found")
        .inFile(line).onLineContaining("Purchase purchase;");
    assertOnlyMissingTypes(compilation, 1);
  }

  @Test
  void aMissingOneToManyTargetIsMissingNotAnUnknownTarget() {
    JavaFileObject purchase = source("shop.Purchase",
        "@Entity",
        "@Paranoid",
        "public class Purchase {",
        ID,
        "  String reference;",
        "  @OneToMany(mappedBy = \"purchase\", cascade = CascadeType.REMOVE)"
            + " java.util.List<PurchaseLine> lines;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(purchase);

    assertThat(compilation).hadErrorContaining("[ParanoidMissingType] field \"lines\" of"
            + " \"Purchase\" names type PurchaseLine, which was never generated nor found")
        .inFile(purchase).onLineContaining("List<PurchaseLine> lines;");
    assertOnlyMissingTypes(compilation, 1);
  }

  /** The case: the deepest entity of the incremental tree compiled on its own. */
  @Test
  void anEntityCompiledWithoutTheSourcesItNamesReportsEachMissingType() {
    String path = "shop/ShipmentEvent.java";
    JavaFileObject event = JavaFileObjects.forSourceString("shop.ShipmentEvent",
        IncrementalJavac.resources("incremental/tree").get(path));
    Compilation compilation = compile(event);

    assertThat(compilation).hadErrorContaining("[ParanoidMissingType] field \"line\"")
        .inFile(event).onLineContaining("PurchaseLine line;");
    assertThat(compilation).hadErrorContaining("[ParanoidMissingType] field \"status\"")
        .inFile(event).onLineContaining("ShipmentStatus status;");
    assertOnlyMissingTypes(compilation, 2);
  }

  /** Paranoid's errors are {@code count} [ParanoidMissingType], and nothing else. */
  private static void assertOnlyMissingTypes(Compilation compilation, int count) {
    List<String> ours = compilation.errors().stream()
        .map(error -> error.getMessage(null))
        .filter(message -> message.contains("[Paranoid"))
        .toList();
    assertEquals(count, ours.size(), "Paranoid's errors: " + ours);
    ours.forEach(message -> assertEquals(0, message.indexOf("[ParanoidMissingType]"), message));
  }
}
