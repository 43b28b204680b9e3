package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.assertNotGenerated;
import static dev.paranoid.processor.ProcessorTesting.compile;
import static dev.paranoid.processor.ProcessorTesting.generatedSource;
import static dev.paranoid.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: "Keep going after an error so that one build shows every problem; generate nothing for
 * an entity that has errors".
 */
class AllProblemsTest {

  private static final String ID =
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";
  private static final String DELETED_AT = "  @DeletedAt Instant deletedAt;";

  @Test
  void everyBrokenEntityIsReportedAndTheGoodOneIsStillGenerated() {
    JavaFileObject noKey = source("pkg.NoKey",
        "@Entity",
        "@Paranoid",
        "public class NoKey {",
        "  String name;",
        DELETED_AT,
        "}");
    JavaFileObject twoProblems = source("pkg.TwoProblems",
        "@Entity",
        "@Paranoid",
        "public class TwoProblems {",
        ID,
        "  java.util.Date when;",
        "}");
    JavaFileObject good = source("pkg.Good",
        "@Entity",
        "@Paranoid",
        "public class Good {",
        ID,
        "  String name;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(noKey, twoProblems, good);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ParanoidNoId] @Paranoid entity \"NoKey\"")
        .inFile(noKey).onLineContaining("class NoKey");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidNoDeletedAt] @Paranoid entity \"TwoProblems\"")
        .inFile(twoProblems).onLineContaining("class TwoProblems");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidUnsupportedType] field \"when\" of \"TwoProblems\"")
        .inFile(twoProblems).onLineContaining("Date when;");
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadWarningCount(0);

    String dao = generatedSource(compilation, "pkg.GoodParanoidDao");
    assertTrue(dao.contains("public final class GoodParanoidDao"), dao);
    assertNotGenerated(compilation, "pkg.NoKeyParanoidDao");
    assertNotGenerated(compilation, "pkg.TwoProblemsParanoidDao");
  }

  @Test
  void threeIndependentFieldProblemsAreAllReported() {
    JavaFileObject messy = source("pkg.Messy",
        "@Entity",
        "@Paranoid",
        "public class Messy {",
        ID,
        "  final String code = \"c\";",
        "  java.util.Calendar due;",
        "  private String secret;",
        "  String fine;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(messy);

    assertThat(compilation)
        .hadErrorContaining("[ParanoidFinalField] field \"code\" of \"Messy\"")
        .inFile(messy).onLineContaining("final String code");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidUnsupportedType] field \"due\" of \"Messy\" has type java.util.Calendar")
        .inFile(messy).onLineContaining("Calendar due;");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidInaccessibleField] field \"secret\" of \"Messy\"")
        .inFile(messy).onLineContaining("private String secret;");
    assertThat(compilation).hadErrorCount(3);
    assertNotGenerated(compilation, "pkg.MessyParanoidDao");
  }

  @Test
  void classAndFieldProblemsOfOneEntityAreAllReported() {
    JavaFileObject wreck = source("pkg.Wreck",
        "@Entity",
        "@Table(name = \"wreck table\")",
        "@Paranoid",
        "public class Wreck {",
        "  @CreatedAt String createdAt;",
        "  java.util.Date sunkOn;",
        "  public Wreck(String name) {}",
        "}");
    Compilation compilation = compile(wreck);

    assertThat(compilation)
        .hadErrorContaining("[ParanoidNoConstructor] @Paranoid entity \"Wreck\"")
        .inFile(wreck).onLineContaining("class Wreck");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidNoId] @Paranoid entity \"Wreck\"")
        .inFile(wreck).onLineContaining("class Wreck");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidNoDeletedAt] @Paranoid entity \"Wreck\"")
        .inFile(wreck).onLineContaining("class Wreck");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidTimestampType] @CreatedAt field \"createdAt\" of \"Wreck\"")
        .inFile(wreck).onLineContaining("String createdAt;");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidUnsupportedType] field \"sunkOn\" of \"Wreck\"")
        .inFile(wreck).onLineContaining("Date sunkOn;");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidBadIdentifier] table name \"wreck table\" of \"Wreck\"")
        .inFile(wreck).onLineContaining("@Table(name = \"wreck table\")");
    assertThat(compilation).hadErrorCount(6);
  }

  @Test
  void aBrokenTargetIsReportedOnItselfAndOnTheAssociation() {
    // Owner has no deletion field. Its own diagnostic is on its class; Pet, whose include could
    // not load an Owner, gets one [ParanoidBadTarget] on its @ManyToOne. Other entities go on.
    JavaFileObject owner = source("pkg.Owner",
        "@Entity",
        "@Paranoid",
        "public class Owner {",
        ID,
        "}");
    JavaFileObject pet = source("pkg.Pet",
        "@Entity",
        "@Paranoid",
        "public class Pet {",
        ID,
        "  String name;",
        "  @ManyToOne",
        "  Owner owner;",
        DELETED_AT,
        "}");
    JavaFileObject toy = source("pkg.Toy",
        "@Entity",
        "@Paranoid",
        "public class Toy {",
        ID,
        "  String name;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(owner, pet, toy);
    assertThat(compilation)
        .hadErrorContaining("[ParanoidNoDeletedAt] @Paranoid entity \"Owner\"")
        .inFile(owner).onLineContaining("class Owner");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidBadTarget] association \"owner\" of \"Pet\" targets \"Owner\"")
        .inFile(pet).onLineContaining("@ManyToOne");
    assertThat(compilation).hadErrorCount(2);
    assertNotGenerated(compilation, "pkg.OwnerParanoidDao");
    assertNotGenerated(compilation, "pkg.PetParanoidDao");
    generatedSource(compilation, "pkg.ToyParanoidDao");
  }
}
