package dev.paranoid.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * A user's modular build: entities in a named module, Paranoid's jars on the module path (as
 * automatic modules). compile-testing cannot compile modules, so this drives javac directly.
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

  @TempDir
  Path work;

  @Test
  void aModuleThatReadsJavaCompilerGetsItsDaosWithoutAWarning() throws IOException {
    // Paranoid's jars are real modules (no "requires-automatic" lint); java.sql comes with the
    // runtime (requires transitive)
    List<Diagnostic<? extends JavaFileObject>> problems = compile(
        "module com.example.shop {\n  requires dev.paranoid.annotations;\n"
            + "  requires dev.paranoid.runtime;\n  requires jakarta.persistence;\n"
            + "  requires static java.compiler;\n}\n", Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING, Diagnostic.Kind.ERROR);
    assertEquals(List.of(), problems);
    assertTrue(Files.exists(work.resolve("out/com/example/shop/ItemParanoidDao.class")));
  }

  @Test
  void aModuleThatDoesNotReadJavaCompilerIsToldWhatToAdd() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(
        "module com.example.shop {\n  requires dev.paranoid.annotations;\n"
            + "  requires dev.paranoid.runtime;\n  requires jakarta.persistence;\n}\n",
        Diagnostic.Kind.ERROR);
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
  private List<Diagnostic<? extends JavaFileObject>> compile(String moduleInfo, Diagnostic.Kind... kinds)
      throws IOException {
    List<File> modulePath = ProcessorTesting.classpathWithoutInjection();
    Assumptions.assumeTrue(modulePath.stream().allMatch(File::isFile),
        "the module path needs Paranoid's jars, not class folders: " + modulePath);
    Path sources = Files.createDirectories(work.resolve("src/com/example/shop"));
    Path moduleFile = Files.writeString(work.resolve("src/module-info.java"), moduleInfo);
    Path entityFile = Files.writeString(sources.resolve("Item.java"), ENTITY);
    Path out = Files.createDirectories(work.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("--module-path", modulePath.stream().map(File::getPath)
                  .collect(Collectors.joining(File.pathSeparator)),
              "-Xlint:all", "-Xlint:-processing", "-d", out.toString(), "-s", out.toString()),
          null, files.getJavaFileObjects(moduleFile.toFile(), entityFile.toFile()));
      task.setProcessors(List.of(new ParanoidProcessor()));
      task.call();
    }
    List<Diagnostic.Kind> wanted = List.of(kinds);
    return diagnostics.getDiagnostics().stream()
        .filter(diagnostic -> wanted.contains(diagnostic.getKind()))
        .toList();
  }
}
