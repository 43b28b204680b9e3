package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.paranoid.processor.IncrementalJavac.Build;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds leave no DAO stale (issue 15). A DAO's text depends on other entities than
 * its own: the cascade SQL names every descendant's table and join column, an include's reader
 * names the target's columns. So the processor is {@code aggregating} for Gradle, which then
 * processes every annotated type on each incremental build, those whose sources did not change
 * from the class files of the previous build.
 *
 * <p>Each test builds a module in full, changes one entity, rebuilds it as an incremental compiler
 * would ({@link IncrementalJavac}: the changed source and the sources whose class files refer to
 * it, with the previous output on the class path) and compares every DAO with a clean build's.
 * The module, under {@code src/test/resources/incremental/tree}: a cascade tree four levels deep,
 * {@code Customer -> Purchase -> PurchaseLine -> ShipmentEvent}, and a {@code @ManyToOne} from
 * {@code Purchase} to {@code catalog.Store}.
 */
class IncrementalBuildTest {

  private static final List<String> TREE_DAOS = List.of(
      "catalog/StoreParanoidDao.java", "shop/CustomerParanoidDao.java",
      "shop/PurchaseLineParanoidDao.java", "shop/PurchaseParanoidDao.java",
      "shop/ShipmentEventParanoidDao.java");

  @TempDir
  Path workspace;

  private IncrementalJavac javac;

  @BeforeEach
  void setUp() {
    javac = new IncrementalJavac(workspace, ProcessorTesting.classpathWithoutInjection());
  }

  @Test
  void renamingTheDeepestJoinColumnRegeneratesEveryAncestorsDao() {
    Map<String, String> before = IncrementalJavac.resources("incremental/tree");
    Map<String, String> after = renameShipmentEventsJoinColumn(before);
    Build previous = javac.full(before);

    Build incremental = javac.aggregating(previous, after);
    Build clean = javac.full(after);

    assertEquals(Set.copyOf(TREE_DAOS), clean.daos().keySet());
    // the class-dependency analysis reaches only the direct parent...
    assertEquals(Set.of("shop/ShipmentEvent.java", "shop/PurchaseLine.java"),
        incremental.recompiled());
    // ...yet the change is in the DAOs of all ancestors, and every DAO is the clean build's
    for (String ancestor : List.of("shop/CustomerParanoidDao.java",
        "shop/PurchaseParanoidDao.java", "shop/PurchaseLineParanoidDao.java")) {
      assertNotEquals(previous.daos().get(ancestor), clean.daos().get(ancestor), ancestor);
      assertTrue(clean.daos().get(ancestor).contains("purchase_line_id"), ancestor);
    }
    assertSameDaos(clean, incremental);
  }

  @Test
  void renamingATargetsColumnRegeneratesTheDaosThatIncludeIt() {
    Map<String, String> before = IncrementalJavac.resources("incremental/tree");
    Map<String, String> after = replace(before, "catalog/Store.java",
        "@Column(name = \"store_name\")", "@Column(name = \"title\")");
    Build previous = javac.full(before);

    Build incremental = javac.aggregating(previous, after);
    Build clean = javac.full(after);

    assertEquals(Set.of("catalog/Store.java", "shop/Purchase.java"), incremental.recompiled());
    String purchaseDao = "shop/PurchaseParanoidDao.java";
    assertNotEquals(previous.daos().get(purchaseDao), clean.daos().get(purchaseDao),
        "the include of store reads its columns");
    assertSameDaos(clean, incremental);
  }

  /**
   * Why the processor is not {@code isolating}: processing only the recompiled sources, and
   * keeping the other DAOs, leaves the DAOs of the grandparent and great-grandparent with cascade
   * SQL naming a column that no longer exists.
   */
  @Test
  void anIsolatingRebuildWouldLeaveTheDaosOfDistantAncestorsStale() {
    Map<String, String> before = IncrementalJavac.resources("incremental/tree");
    Map<String, String> after = renameShipmentEventsJoinColumn(before);
    Build previous = javac.full(before);

    Build isolating = javac.isolating(previous, after);
    Build clean = javac.full(after);

    for (String regenerated : List.of("shop/ShipmentEventParanoidDao.java",
        "shop/PurchaseLineParanoidDao.java")) {
      assertEquals(clean.daos().get(regenerated), isolating.daos().get(regenerated), regenerated);
    }
    for (String stale : List.of("shop/CustomerParanoidDao.java", "shop/PurchaseParanoidDao.java")) {
      assertEquals(previous.daos().get(stale), isolating.daos().get(stale), stale + " kept");
      assertNotEquals(clean.daos().get(stale), isolating.daos().get(stale), stale + " stale");
      assertFalse(isolating.daos().get(stale).contains("purchase_line_id"), stale);
    }
  }

  /**
   * The premise of aggregating mode: an entity read from its class file gives the same DAO as
   * read from its source. Rebuilding with no change processes every entity from class files.
   */
  @Test
  void daosWrittenFromClassFilesEqualThoseWrittenFromSources() {
    for (String module : List.of("incremental/tree", "incremental/features")) {
      Map<String, String> sources = IncrementalJavac.resources(module);
      Build fromSources = new IncrementalJavac(workspace.resolve(module), featuresClasspath())
          .full(sources);
      Build fromClassFiles = new IncrementalJavac(workspace.resolve(module + "-again"),
          featuresClasspath()).aggregating(fromSources, sources);

      assertEquals(Set.of(), fromClassFiles.recompiled(), module);
      assertSameDaos(fromSources, fromClassFiles);
    }
  }

  /** The mode these tests show to be the honest one, as Gradle reads it. */
  @Test
  void theProcessorIsDeclaredAggregatingToGradle() throws IOException {
    try (InputStream declaration = ParanoidProcessor.class.getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertEquals("dev.paranoid.processor.ParanoidProcessor,aggregating",
          new String(declaration.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  /**
   * Gradle gives an aggregating processor the unchanged annotated types as class files, where an
   * annotation of SOURCE retention is gone: every one of Paranoid's must be kept.
   */
  @Test
  void everyParanoidAnnotationIsKeptInTheClassFile() throws Exception {
    File annotations = ProcessorTesting.classpathEntries("paranoid-annotations").get(0);
    List<String> names = new ArrayList<>();
    if (annotations.isDirectory()) {
      try (Stream<Path> files = Files.list(annotations.toPath().resolve("dev/paranoid"))) {
        files.map(file -> file.getFileName().toString()).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(annotations)) {
        jar.stream().map(JarEntry::getName)
            .filter(name -> name.matches("dev/paranoid/[^/]+"))
            .map(name -> name.substring("dev/paranoid/".length()))
            .forEach(names::add);
      }
    }
    List<String> checked = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class") && !name.contains("$")) {
        Class<?> type = Class.forName("dev.paranoid." + name.replace(".class", ""));
        if (type.isAnnotation()) {
          Retention retention = type.getAnnotation(Retention.class);
          assertTrue(retention != null && retention.value() != RetentionPolicy.SOURCE,
              type + " must have CLASS or RUNTIME retention");
          checked.add(type.getSimpleName());
        }
      }
    }
    assertTrue(checked.containsAll(List.of("Paranoid", "DeletedAt", "DeletedBy", "CreatedAt",
        "UpdatedAt", "PreRestore", "PostRestore")), "checked " + checked);
  }

  /**
   * Each DAO's originating elements are every entity its entity was read with, not only the
   * entity: what the DAO's text may depend on, for the tools that track them (a superset: every
   * cascade level, and two association steps from each, as the search for missing types does).
   */
  @Test
  void eachDaoNamesEveryEntityItWasReadWithAsOriginatingElements() {
    Map<String, List<String>> originating = new TreeMap<>();
    List<JavaFileObject> sources = new ArrayList<>();
    IncrementalJavac.resources("incremental/tree").forEach((path, text) -> sources.add(
        JavaFileObjects.forSourceString(path.replace(".java", "").replace('/', '.'), text)));

    Compilation compilation = Compiler.javac()
        .withProcessors(recordingOriginatingElements(new ParanoidProcessor(), originating))
        .withOptions((Object[]) ProcessorTesting.LINT)
        .withClasspath(ProcessorTesting.classpathWithoutInjection())
        .compile(sources);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("shop.Customer", "shop.Purchase", "catalog.Store", "shop.PurchaseLine",
        "shop.ShipmentEvent"), originating.get("shop.CustomerParanoidDao"));
    // two steps up: PurchaseLine's columns and Purchase's key; Customer is not read
    assertEquals(List.of("shop.ShipmentEvent", "shop.PurchaseLine", "shop.Purchase"),
        originating.get("shop.ShipmentEventParanoidDao"));
    assertEquals(List.of("catalog.Store"), originating.get("catalog.StoreParanoidDao"));
  }

  /**
   * {@code processor}, given a Filer that records each source file's originating elements by
   * qualified name (the real Filer still writes the file).
   */
  private static Processor recordingOriginatingElements(
      Processor processor, Map<String, List<String>> originating) {
    return proxy(Processor.class, (method, args) -> {
      if (method.getName().equals("init")) {
        ProcessingEnvironment environment = (ProcessingEnvironment) args[0];
        Filer filer = environment.getFiler();
        Filer recording = proxy(Filer.class, (filerMethod, filerArgs) -> {
          if (filerMethod.getName().equals("createSourceFile")) {
            originating.put(filerArgs[0].toString(), Arrays.stream((Element[]) filerArgs[1])
                .map(element -> ((TypeElement) element).getQualifiedName().toString())
                .toList());
          }
          return filerMethod.invoke(filer, filerArgs);
        });
        args = new Object[] {proxy(ProcessingEnvironment.class, (envMethod, envArgs) ->
            envMethod.getName().equals("getFiler")
                ? recording : envMethod.invoke(environment, envArgs))};
      }
      return method.invoke(processor, args);
    });
  }

  /** An implementation of {@code type} calling {@code handler}, with exceptions unwrapped. */
  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> {
          try {
            return handler.call(method, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }

  private interface Handler {
    Object call(Method method, Object[] args) throws Throwable;
  }

  /** Also the javax namespace and a component model's annotations. */
  private static List<File> featuresClasspath() {
    return ProcessorTesting.classpathEntries("paranoid-annotations", "paranoid-runtime",
        "jakarta.persistence-api", "javax.persistence-api", "jakarta.inject-api", "javax.inject-");
  }

  private static Map<String, String> renameShipmentEventsJoinColumn(Map<String, String> sources) {
    return replace(sources, "shop/ShipmentEvent.java",
        "@JoinColumn(name = \"line_id\")", "@JoinColumn(name = \"purchase_line_id\")");
  }

  private static Map<String, String> replace(
      Map<String, String> sources, String file, String from, String to) {
    assertTrue(sources.get(file).contains(from), file + " contains " + from);
    Map<String, String> changed = new HashMap<>(sources);
    changed.put(file, sources.get(file).replace(from, to));
    return changed;
  }

  private static void assertSameDaos(Build expected, Build actual) {
    assertEquals(expected.daos().keySet(), actual.daos().keySet());
    expected.daos().forEach((path, text) -> assertEquals(text, actual.daos().get(path), path));
  }
}
