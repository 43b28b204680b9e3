package dev.paranoid.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's modular build: entities in a named module, Paranoid's jars on the module path.
 * compile-testing cannot compile modules, so this drives javac directly. The generated DAOs (plain,
 * versioned, with an association and a cascade) compile against what the runtime exports; the
 * runtime's engines stay out of reach (issue 11 §3).
 */
class ModularBuildTest {

  private static final String ENTITY = String.join("\n",
      "package com.example.shop;",
      "import dev.paranoid.DeletedAt;",
      "import dev.paranoid.Paranoid;",
      "import jakarta.persistence.*;",
      "import java.time.Instant;",
      "@Entity @Paranoid",
      "public class Item {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
      "  String name;",
      "  @DeletedAt Instant deletedAt;",
      "}");

  /** A versioned parent whose soft destroy cascades to its children. */
  private static final String SHELF = String.join("\n",
      "package com.example.shop;",
      "import dev.paranoid.DeletedAt;",
      "import dev.paranoid.Paranoid;",
      "import jakarta.persistence.*;",
      "import java.time.Instant;",
      "import java.util.List;",
      "@Entity @Paranoid",
      "public class Shelf {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
      "  @Version long version;",
      "  @OneToMany(mappedBy = \"shelf\", cascade = CascadeType.REMOVE) List<Book> books;",
      "  @DeletedAt Instant deletedAt;",
      "}");

  private static final String BOOK = String.join("\n",
      "package com.example.shop;",
      "import dev.paranoid.DeletedAt;",
      "import dev.paranoid.Paranoid;",
      "import jakarta.persistence.*;",
      "import java.time.Instant;",
      "@Entity @Paranoid",
      "public class Book {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
      "  @ManyToOne @JoinColumn(name = \"shelf_id\") Shelf shelf;",
      "  @DeletedAt Instant deletedAt;",
      "}");

  /** User code that reaches for an engine of the runtime. */
  private static final String INTRUDER = String.join("\n",
      "package com.example.shop;",
      "import dev.paranoid.runtime.transaction.BoundConnections;",
      "class Intruder {",
      "  Object peek(javax.sql.DataSource ds) { return BoundConnections.transaction(ds); }",
      "}");

  private static final String MODULE = "module com.example.shop {\n"
      + "  requires dev.paranoid.annotations;\n  requires dev.paranoid.runtime;\n"
      + "  requires jakarta.persistence;\n  requires static java.compiler;\n}\n";

  @TempDir
  Path work;

  @Test
  void aModuleThatReadsJavaCompilerGetsItsDaosWithoutAWarning() throws IOException {
    // Paranoid's jars are real modules (no "requires-automatic" lint); java.sql comes with the
    // runtime (requires transitive)
    List<Diagnostic<? extends JavaFileObject>> problems = compile(MODULE,
        List.of(ENTITY, SHELF, BOOK),
        Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING, Diagnostic.Kind.ERROR);
    assertEquals(List.of(), problems);
    for (String dao : List.of("Item", "Shelf", "Book")) {
      assertTrue(Files.exists(work.resolve("out/com/example/shop/" + dao + "ParanoidDao.class")), dao);
    }
  }

  @Test
  void theRuntimeExportsItsApiAndThePackagesForGeneratedCodeOnly() {
    // the runtime's jar, or in a build that stops before packaging its classes folder
    File runtimeModule = ProcessorTesting.classpathWithoutInjection().stream()
        .filter(file -> file.getPath().contains("paranoid-runtime"))
        .findFirst().orElseThrow();
    ModuleDescriptor runtime = ModuleFinder.of(runtimeModule.toPath()).find("dev.paranoid.runtime")
        .orElseThrow().descriptor();
    Set<String> exported = runtime.exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("dev.paranoid.runtime", "dev.paranoid.runtime.schema",
        "dev.paranoid.runtime.internal", "dev.paranoid.runtime.internal.jdbc"), exported);
    Set<String> engines = new TreeSet<>(runtime.packages());
    engines.removeAll(exported);
    assertEquals(Set.of("dev.paranoid.runtime.cascade", "dev.paranoid.runtime.condition",
        "dev.paranoid.runtime.include", "dev.paranoid.runtime.query", "dev.paranoid.runtime.sql",
        "dev.paranoid.runtime.transaction"), engines);
  }

  @Test
  void userCodeCannotReachTheEngines() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(MODULE, List.of(ENTITY, INTRUDER),
        Diagnostic.Kind.ERROR);
    assertEquals(1, errors.size(), errors::toString);
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(message.contains("dev.paranoid.runtime.transaction")
        && message.contains("does not export"), message);
  }

  @Test
  void aModuleThatDoesNotReadJavaCompilerIsToldWhatToAdd() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(
        "module com.example.shop {\n  requires dev.paranoid.annotations;\n"
            + "  requires dev.paranoid.runtime;\n  requires jakarta.persistence;\n}\n",
        List.of(ENTITY), Diagnostic.Kind.ERROR);
    assertEquals(1, errors.size(), errors::toString);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertTrue(error.getMessage(Locale.ROOT).startsWith("[ParanoidModule] module \"com.example.shop\""
        + " declares @Paranoid entities but does not read java.compiler"), error.toString());
    assertTrue(error.getMessage(Locale.ROOT).contains("add \"requires static java.compiler;\""));
    assertTrue(error.getSource().getName().endsWith("module-info.java"), error.toString());
    assertEquals(1, error.getLineNumber(), "on the module declaration");
    assertTrue(Files.notExists(work.resolve("out/com/example/shop/ItemParanoidDao.class")));
  }

  /** The diagnostics of the given kinds from compiling the module with -Xlint:all. */
  private List<Diagnostic<? extends JavaFileObject>> compile(String moduleInfo,
      List<String> classes, Diagnostic.Kind... kinds) throws IOException {
    List<File> modulePath = ProcessorTesting.classpathWithoutInjection();
    Assumptions.assumeTrue(modulePath.stream().allMatch(File::isFile),
        "the module path needs Paranoid's jars, not class folders: " + modulePath);
    Path sources = Files.createDirectories(work.resolve("src/com/example/shop"));
    Path moduleFile = Files.writeString(work.resolve("src/module-info.java"), moduleInfo);
    List<File> sourceFiles = new ArrayList<>(List.of(moduleFile.toFile()));
    for (String source : classes) {
      String name = source.replaceFirst("(?s).*\\bclass (\\w+).*", "$1");
      sourceFiles.add(Files.writeString(sources.resolve(name + ".java"), source).toFile());
    }
    Path out = Files.createDirectories(work.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          // an empty class path: else javac also finds Paranoid's classes in the unnamed module
          // of this test JVM's class path, and which copy a lookup meets first is not fixed
          List.of("--module-path", modulePath.stream().map(File::getPath)
                  .collect(Collectors.joining(File.pathSeparator)),
              "--class-path", Files.createDirectories(work.resolve("empty")).toString(),
              "-Xlint:all", "-Xlint:-processing", "-d", out.toString(), "-s", out.toString()),
          null, files.getJavaFileObjectsFromFiles(sourceFiles));
      task.setProcessors(List.of(new ParanoidProcessor()));
      task.call();
    }
    List<Diagnostic.Kind> wanted = List.of(kinds);
    return diagnostics.getDiagnostics().stream()
        .filter(diagnostic -> wanted.contains(diagnostic.getKind()))
        .toList();
  }
}
