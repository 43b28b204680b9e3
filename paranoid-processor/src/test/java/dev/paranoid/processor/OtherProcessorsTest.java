package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.LINT;
import static dev.paranoid.processor.ProcessorTesting.assertNotGenerated;
import static dev.paranoid.processor.ProcessorTesting.generatedSource;
import static dev.paranoid.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor among others in one build: types another processor generates in a later round
 * (issue 11 part 5), Lombok running after Paranoid, and a failure that is Paranoid's own.
 */
class OtherProcessorsTest {

  private static final String ID =
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";
  private static final String DELETED_AT = "  @DeletedAt Instant deletedAt;";

  private static final String GENERATED_STATUS =
      "package shop;\n\npublic enum GeneratedStatus { OPEN, CLOSED }\n";

  /** A line of an order, as some other processor might generate it: a plain JPA entity. */
  private static final String GENERATED_LINE = String.join("\n",
      "package shop;",
      "",
      "@jakarta.persistence.Entity",
      "public class GeneratedLine {",
      "  @jakarta.persistence.Id Long id;",
      "  @jakarta.persistence.ManyToOne Order order;",
      "  int quantity;",
      "}",
      "");

  private static JavaFileObject order() {
    return source("shop.Order",
        "@Entity",
        "@Table(name = \"orders\")",
        "@Paranoid",
        "public class Order {",
        ID,
        "  @Enumerated(EnumType.STRING) GeneratedStatus status;",
        "  @OneToMany(mappedBy = \"order\") java.util.List<GeneratedLine> lines;",
        DELETED_AT,
        "}");
  }

  /** Reaches Order, which waits: reading Customer reads Order's columns for the include. */
  private static JavaFileObject customer() {
    return source("shop.Customer",
        "@Entity",
        "@Paranoid",
        "public class Customer {",
        ID,
        "  @OneToMany(mappedBy = \"customer\") java.util.List<Purchase> purchases;",
        DELETED_AT,
        "}");
  }

  private static JavaFileObject purchase() {
    return source("shop.Purchase",
        "@Entity",
        "@Paranoid",
        "public class Purchase {",
        ID,
        "  @ManyToOne Customer customer;",
        "  @ManyToOne Order order;",
        "  int quantity;",
        DELETED_AT,
        "}");
  }

  /** Needs nothing generated. */
  private static JavaFileObject shelf() {
    return source("shop.Shelf",
        "@Entity",
        "@Paranoid",
        "public class Shelf {",
        ID,
        "  String label;",
        DELETED_AT,
        "}");
  }

  @Test
  void anEntityWaitsForTheTypesAnotherProcessorGenerates() {
    SourceGenerator generator = new SourceGenerator(Map.of(
        "shop.GeneratedStatus", GENERATED_STATUS, "shop.GeneratedLine", GENERATED_LINE));
    Compilation compilation = compile(List.of(generator, new ParanoidProcessor()),
        order(), customer(), purchase(), shelf());

    assertThat(compilation).succeededWithoutWarnings();
    String orderDao = generatedSource(compilation, "shop.OrderParanoidDao");
    assertTrue(orderDao.contains("GeneratedStatus"), orderDao);
    assertTrue(orderDao.contains("GeneratedLine"), orderDao);
    generatedSource(compilation, "shop.CustomerParanoidDao");
    generatedSource(compilation, "shop.PurchaseParanoidDao");
    // round 1 sees the sources, round 2 what round 1 generated, and so on
    List<Set<String>> rounds = generator.roots();
    assertEquals(Set.of("shop.GeneratedStatus", "shop.GeneratedLine", "shop.ShelfParanoidDao"),
        rounds.get(1), "an entity that needs nothing generated is written in its own round");
    assertEquals(Set.of("shop.OrderParanoidDao", "shop.CustomerParanoidDao",
        "shop.PurchaseParanoidDao"), rounds.get(2), "the waiting entities, once the types exist");
  }

  @Test
  void theWaitingDoesNotDependOnTheProcessorOrder() {
    SourceGenerator generator = new SourceGenerator(Map.of(
        "shop.GeneratedStatus", GENERATED_STATUS, "shop.GeneratedLine", GENERATED_LINE));
    Compilation compilation = compile(List.of(new ParanoidProcessor(), generator), order());

    assertThat(compilation).succeededWithoutWarnings();
    generatedSource(compilation, "shop.OrderParanoidDao");
  }

  @Test
  void aTypeThatNeverAppearsIsReportedOnceOnTheFieldThatNamesIt() {
    SourceGenerator generator = new SourceGenerator(Map.of("shop.GeneratedLine", GENERATED_LINE));
    JavaFileObject order = order();
    Compilation compilation = compile(List.of(generator, new ParanoidProcessor()),
        order, customer(), purchase(), shelf());

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ParanoidMissingType] field \"status\" of \"Order\" names type"
            + " GeneratedStatus, which was never generated nor found, so no DAO was generated for"
            + " \"Order\", \"Customer\", \"Purchase\"; check its import and spelling, and if another"
            + " annotation processor generates it")
        .inFile(order).onLineContaining("GeneratedStatus status;");
    List<String> ours = compilation.errors().stream()
        .map(error -> error.getMessage(null))
        .filter(message -> message.contains("[Paranoid"))
        .toList();
    assertEquals(1, ours.size(), "one error, not a misleading [ParanoidUnsupportedType]: " + ours);
    generatedSource(compilation, "shop.ShelfParanoidDao");
    assertNotGenerated(compilation, "shop.OrderParanoidDao");
    assertNotGenerated(compilation, "shop.CustomerParanoidDao");
  }

  @Test
  void aMissingSuperclassIsReportedOnTheClassThatExtendsIt() {
    JavaFileObject invoice = source("shop.Invoice",
        "@Entity",
        "@Paranoid",
        "public class Invoice extends GeneratedBase {",
        ID,
        DELETED_AT,
        "}");
    Compilation compilation = compile(List.of(new ParanoidProcessor()), invoice);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ParanoidMissingType] the extends clause of \"Invoice\" names type"
            + " GeneratedBase, which was never generated nor found, so no DAO was generated for"
            + " \"Invoice\"")
        .inFile(invoice).onLineContaining("class Invoice");
  }

  @Test
  void lombokAfterParanoidIsToldToRunFirst() {
    JavaFileObject data = JavaFileObjects.forSourceLines("lombok.Data",
        "package lombok;",
        "",
        "/** Stands for Lombok's @Data, which writes accessors only when Lombok runs. */",
        "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)",
        "public @interface Data {}");
    JavaFileObject account = source("shop.Account",
        "@lombok.Data",
        "@Entity",
        "@Paranoid",
        "public class Account {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
        "  private String owner;",
        "  @DeletedAt private Instant deletedAt;",
        "}");
    Compilation compilation = compile(List.of(new ParanoidProcessor()), data, account);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ParanoidLombokOrder] field \"owner\" of \"Account\" is not visible to"
            + " the DAO and has no accessors yet, though @Data on \"Account\" asks Lombok for them:"
            + " Lombok must run before Paranoid; put lombok before paranoid-processor in the"
            + " compiler's annotationProcessorPaths")
        .inFile(account).onLineContaining("private String owner;");
    assertThat(compilation).hadErrorCount(3); // id, owner and deletedAt
    assertTrue(compilation.errors().stream()
        .noneMatch(error -> error.getMessage(null).contains("[ParanoidInaccessibleField]")));
  }

  @Test
  void anInternalErrorCarriesTheStackTrace() {
    // another processor has already written the DAO's file: the Filer refuses a second one
    SourceGenerator squatter = new SourceGenerator(Map.of(
        "shop.ShelfParanoidDao", "package shop;\n\npublic class ShelfParanoidDao {}\n"));
    JavaFileObject shelf = shelf();
    Compilation compilation = compile(List.of(squatter, new ParanoidProcessor()), shelf);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ParanoidInternalError] Paranoid could not process \"Shelf\" (could not"
            + " write ShelfParanoidDao: javax.annotation.processing.FilerException")
        .inFile(shelf).onLineContaining("class Shelf");
    assertThat(compilation).hadErrorContaining("please report it with this entity and this stack trace:");
    assertThat(compilation).hadErrorContaining("at dev.paranoid.processor.ParanoidProcessor.processEntity(");
  }

  private static Compilation compile(List<Processor> processors, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(processors).withOptions((Object[]) LINT).compile(sources);
  }

  /**
   * Another annotation processor: writes the given sources in its first round and records the
   * types each round starts from.
   */
  private static final class SourceGenerator extends AbstractProcessor {

    private final Map<String, String> sources;
    private final List<Set<String>> roots = new ArrayList<>();

    SourceGenerator(Map<String, String> sources) {
      this.sources = new LinkedHashMap<>(sources);
    }

    List<Set<String>> roots() {
      return roots;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      Set<String> names = new TreeSet<>();
      for (Element root : round.getRootElements()) {
        names.add(((TypeElement) root).getQualifiedName().toString());
      }
      roots.add(names);
      if (roots.size() == 1) {
        sources.forEach(this::write);
      }
      return false;
    }

    private void write(String name, String text) {
      try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        writer.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
