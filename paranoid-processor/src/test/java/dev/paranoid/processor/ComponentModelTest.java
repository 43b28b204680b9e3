package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.assertNotGenerated;
import static dev.paranoid.processor.ProcessorTesting.classpathEntries;
import static dev.paranoid.processor.ProcessorTesting.classpathWithoutInjection;
import static dev.paranoid.processor.ProcessorTesting.compile;
import static dev.paranoid.processor.ProcessorTesting.compileOn;
import static dev.paranoid.processor.ProcessorTesting.generatedSource;
import static dev.paranoid.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Component models ({@code @Paranoid(componentModel)} and {@code -Aparanoid.componentModel}): each
 * model's DAO compiles without a warning against the real annotations (jakarta.inject, javax.inject,
 * Spring, CDI on this test classpath) and carries them where its container looks for them, checked
 * twice: in the generated source, and by reflection on the compiled class (every one of those
 * annotations is retained at run time, which is how the containers see them). The diagnostics
 * themselves (unknown value, missing dependency, bad option) are in
 * {@link DiagnosticsTest.ComponentModels}; the missing dependency of every model is here.
 */
class ComponentModelTest {

  private static final String DAO = "test.MemoParanoidDao";

  /** A Memo entity whose {@code @Paranoid} line is {@code paranoid}. */
  static JavaFileObject memo(String paranoid) {
    return entity("Memo", paranoid);
  }

  static JavaFileObject entity(String name, String paranoid) {
    return source("test." + name,
        "@Entity",
        paranoid,
        "public class " + name + " {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  String text;",
        "  @CreatedAt Instant createdAt;",
        "  @UpdatedAt Instant updatedAt;",
        "  @DeletedAt Instant deletedAt;",
        "}");
  }

  // ---------------------------------------------------------------- one test per model

  @Nested
  class EachModel {

    @Test
    void defaultIsAPlainFinalClass() {
      Compilation compilation = compile(memo("@Paranoid"));
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, DAO);
      assertTrue(dao.contains("public final class MemoParanoidDao {"), dao);
      assertNoInjection(dao);

      Class<?> type = load(compilation, DAO);
      assertTrue(Modifier.isFinal(type.getModifiers()));
      assertEquals(List.of(), Arrays.asList(type.getAnnotations()), "no run-time annotation on the class");
      assertEquals(Set.of("(DataSource)", "(DataSource, Clock)", "(DataSource, Clock, Dialect)",
          "(DataSource, DaoConfig)"), constructors(type));
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        assertEquals(0, constructor.getAnnotations().length, constructor.toString());
      }
    }

    @Test
    void explicitDefaultIsThePlainClassToo() {
      Compilation compilation = compile(memo("@Paranoid(componentModel = \"default\")"));
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, DAO);
      assertTrue(dao.contains("public final class MemoParanoidDao {"), dao);
      assertNoInjection(dao);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"jakarta, jakarta.inject", "javax, javax.inject"})
    void jsr330SingletonWithAnInjectDataSourceConstructor(String model, String pkg) throws Exception {
      Compilation compilation = compile(memo("@Paranoid(componentModel = \"" + model + "\")"));
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, DAO);
      assertTrue(dao.contains("import " + pkg + ".Singleton;"), dao);
      assertTrue(dao.contains("import " + pkg + ".Inject;"), dao);
      assertTrue(Pattern.compile("\\n@Singleton\\npublic final class MemoParanoidDao \\{").matcher(dao).find(), dao);
      assertTrue(Pattern.compile("\\n  @Inject\\n  public MemoParanoidDao\\(DataSource dataSource\\) \\{\\n"
          + "    this\\(dataSource, DaoConfig\\.defaults\\(\\)\\);").matcher(dao).find(), dao);
      assertEquals(1, ProcessorTesting.occurrences(dao, "@Inject"), dao);
      String other = pkg.startsWith("jakarta") ? "javax.inject" : "jakarta.inject";
      assertFalse(dao.contains(other), dao);
      assertFalse(dao.contains("springframework"), dao);
      assertFalse(dao.contains("jakarta.enterprise"), dao);

      Class<?> type = load(compilation, DAO);
      ClassLoader loader = type.getClassLoader();
      Class<? extends Annotation> singleton = annotation(loader, pkg + ".Singleton");
      Class<? extends Annotation> inject = annotation(loader, pkg + ".Inject");
      assertNotNull(type.getAnnotation(singleton), "@Singleton on the class");
      assertEquals(1, type.getAnnotations().length, Arrays.toString(type.getAnnotations()));
      assertTrue(Modifier.isFinal(type.getModifiers()));
      assertEquals(Set.of("(DataSource)", "(DataSource, Clock)", "(DataSource, Clock, Dialect)",
          "(DataSource, DaoConfig)"), constructors(type));
      // JSR-330: exactly one @Inject constructor, the DataSource one
      assertEquals(List.of("(DataSource)"), injectableConstructors(type, inject));
    }

    @Test
    void springRepositoryWithAnAutowiredObjectProviderConstructor() throws Exception {
      Compilation compilation = compile(memo("@Paranoid(componentModel = \"spring\")"));
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, DAO);
      assertTrue(dao.contains("import org.springframework.stereotype.Repository;"), dao);
      assertTrue(Pattern.compile("\\n@Repository\\npublic (final )?class MemoParanoidDao \\{").matcher(dao).find(), dao);
      assertTrue(Pattern.compile("\\n  @Autowired\\n  public MemoParanoidDao\\(DataSource dataSource, "
          + "ObjectProvider<Clock> clock,\\s+ObjectProvider<Auditor<\\?>> auditor\\) \\{\\n"
          + "    this\\(dataSource, DaoConfig\\.builder\\(\\)\\n"
          + "        \\.clock\\(clock\\.getIfAvailable\\(Clock::systemUTC\\)\\)\\n"
          + "        \\.auditor\\(auditor\\.getIfAvailable\\(\\)\\)\\n"
          + "        \\.build\\(\\)\\);")
          .matcher(dao).find(), dao);
      assertEquals(1, ProcessorTesting.occurrences(dao, "@Autowired"), dao);
      assertFalse(dao.contains("@Inject"), dao);
      assertFalse(dao.contains("jakarta.inject"), dao);
      assertFalse(dao.contains("javax.inject"), dao);

      Class<?> type = load(compilation, DAO);
      ClassLoader loader = type.getClassLoader();
      assertNotNull(type.getAnnotation(annotation(loader, "org.springframework.stereotype.Repository")));
      assertEquals(Set.of("(DataSource)", "(DataSource, Clock)", "(DataSource, Clock, Dialect)",
          "(DataSource, DaoConfig)", "(DataSource, ObjectProvider<Clock>, ObjectProvider<Auditor<?>>)"),
          constructors(type));
      Class<? extends Annotation> autowired =
          annotation(loader, "org.springframework.beans.factory.annotation.Autowired");
      // Spring picks the one @Autowired constructor among several
      assertEquals(List.of("(DataSource, ObjectProvider<Clock>, ObjectProvider<Auditor<?>>)"),
          injectableConstructors(type, autowired));
    }

    @Test
    void cdiApplicationScopedProxyableWithAnInjectInstanceConstructor() throws Exception {
      Compilation compilation = compile(memo("@Paranoid(componentModel = \"cdi\")"));
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, DAO);
      assertTrue(dao.contains("import jakarta.enterprise.context.ApplicationScoped;"), dao);
      assertTrue(dao.contains("import jakarta.enterprise.inject.Instance;"), dao);
      assertTrue(Pattern.compile("\\n@ApplicationScoped\\npublic class MemoParanoidDao \\{").matcher(dao).find(), dao);
      assertTrue(Pattern.compile("\\n  @Inject\\n  public MemoParanoidDao\\(DataSource dataSource, "
          + "Instance<Clock> clock,\\s+Instance<Auditor<\\?>> auditor\\) \\{\\n"
          + "    this\\(dataSource, DaoConfig\\.builder\\(\\)\\n"
          + "        \\.clock\\(clock\\.isResolvable\\(\\) \\? clock\\.get\\(\\) : Clock\\.systemUTC\\(\\)\\)\\n"
          + "        \\.auditor\\(auditor\\.isResolvable\\(\\) \\? auditor\\.get\\(\\) : null\\)\\n"
          + "        \\.build\\(\\)\\);").matcher(dao).find(), dao);
      assertTrue(Pattern.compile("\\n  protected MemoParanoidDao\\(\\) \\{").matcher(dao).find(), dao);
      assertEquals(1, ProcessorTesting.occurrences(dao, "@Inject"), dao);
      assertFalse(dao.contains("javax.inject"), dao);
      assertFalse(dao.contains("springframework"), dao);

      Class<?> type = load(compilation, DAO);
      ClassLoader loader = type.getClassLoader();
      assertNotNull(type.getAnnotation(annotation(loader, "jakarta.enterprise.context.ApplicationScoped")));
      assertEquals(Set.of("()", "(DataSource)", "(DataSource, Clock)", "(DataSource, Clock, Dialect)",
          "(DataSource, DaoConfig)", "(DataSource, Instance<Clock>, Instance<Auditor<?>>)"),
          constructors(type));
      assertEquals(List.of("(DataSource, Instance<Clock>, Instance<Auditor<?>>)"),
          injectableConstructors(type, annotation(loader, "jakarta.inject.Inject")));
      // a normal-scoped CDI bean must be proxyable: non-final class, non-private no-arg constructor,
      // no final method a client proxy would have to override
      assertFalse(Modifier.isFinal(type.getModifiers()), "a CDI client proxy subclasses the DAO");
      Constructor<?> noArgs = type.getDeclaredConstructor();
      assertTrue(Modifier.isProtected(noArgs.getModifiers()), noArgs.toString());
      List<String> finalMethods = Arrays.stream(type.getDeclaredMethods())
          .filter(method -> !Modifier.isPrivate(method.getModifiers()))
          .filter(method -> !Modifier.isStatic(method.getModifiers()))
          .filter(method -> Modifier.isFinal(method.getModifiers()))
          .map(Method::getName)
          .toList();
      assertEquals(List.of(), finalMethods, "final methods a proxy cannot intercept");
      // what a proxy's constructor runs must not throw
      noArgs.setAccessible(true);
      assertNotNull(noArgs.newInstance());
    }
  }

  // ---------------------------------------------------------------- option and attribute

  @Nested
  class OptionAndAttribute {

    @Test
    void theOptionIsTheDefaultAndTheAttributeOverridesIt() {
      Compilation compilation = compile(List.of("-Aparanoid.componentModel=spring"),
          memo("@Paranoid"),
          entity("Letter", "@Paranoid(componentModel = \"\")"),
          entity("Invoice", "@Paranoid(componentModel = \"jakarta\")"),
          entity("Receipt", "@Paranoid(componentModel = \"default\")"),
          entity("Ledger", "@Paranoid(componentModel = \"cdi\")"));
      assertThat(compilation).succeededWithoutWarnings();

      String memo = generatedSource(compilation, DAO);
      assertTrue(memo.contains("@Repository\npublic"), "the option: " + memo);
      assertTrue(memo.contains("@Autowired"), memo);

      String letter = generatedSource(compilation, "test.LetterParanoidDao");
      assertTrue(letter.contains("@Repository\npublic"), "an empty attribute leaves it to the option: " + letter);

      String invoice = generatedSource(compilation, "test.InvoiceParanoidDao");
      assertTrue(invoice.contains("@Singleton\npublic final class InvoiceParanoidDao"), invoice);
      assertTrue(invoice.contains("import jakarta.inject.Inject;"), invoice);
      assertFalse(invoice.contains("springframework"), invoice);

      String receipt = generatedSource(compilation, "test.ReceiptParanoidDao");
      assertTrue(receipt.contains("public final class ReceiptParanoidDao {"), receipt);
      assertNoInjection(receipt);

      String ledger = generatedSource(compilation, "test.LedgerParanoidDao");
      assertTrue(ledger.contains("@ApplicationScoped\npublic class LedgerParanoidDao"), ledger);
      assertFalse(ledger.contains("springframework"), ledger);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "default, 'public final class MemoParanoidDao {'",
        "jakarta, '@Singleton|public final class MemoParanoidDao {'",
        "javax, '@Singleton|public final class MemoParanoidDao {'",
        "spring, '@Repository|public'",
        "cdi, '@ApplicationScoped|public class MemoParanoidDao {'"})
    void everyModelCanBeTheOption(String model, String expectedLines) {
      Compilation compilation = compile(List.of("-Aparanoid.componentModel=" + model), memo("@Paranoid"));
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, DAO);
      assertTrue(dao.contains("\n" + expectedLines.replace('|', '\n')), dao);
      if (model.equals("default")) {
        assertNoInjection(dao);
      }
    }

    @Test
    void withoutOptionOrAttributeTheDaoIsPlain() {
      Compilation compilation = compile(memo("@Paranoid"));
      assertThat(compilation).succeededWithoutWarnings();
      assertNoInjection(generatedSource(compilation, DAO));
    }
  }

  // ---------------------------------------------------------------- the model's dependency is missing

  @Nested
  class MissingDependency {

    @Test
    void theDefaultModelNeedsNothingMore() {
      // the control for the tests below: this classpath is enough for a plain DAO
      Compilation compilation = compileOn(classpathWithoutInjection(), List.of(), memo("@Paranoid"));
      assertThat(compilation).succeededWithoutWarnings();
      assertNoInjection(generatedSource(compilation, DAO));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jakarta | jakarta.inject.Singleton, jakarta.inject.Inject | jakarta.inject:jakarta.inject-api",
        "javax   | javax.inject.Singleton, javax.inject.Inject | javax.inject:javax.inject",
        "spring  | org.springframework.stereotype.Repository, org.springframework.beans.factory.annotation.Autowired,"
            + " org.springframework.beans.factory.ObjectProvider | org.springframework:spring-context",
        "cdi     | jakarta.enterprise.context.ApplicationScoped, jakarta.inject.Inject,"
            + " jakarta.enterprise.inject.Instance | jakarta.enterprise:jakarta.enterprise.cdi-api"})
    void eachModelNamesItsMissingTypesAndDependency(String model, String types, String dependency) {
      JavaFileObject memo = memo("@Paranoid(componentModel = \"" + model + "\")");
      Compilation compilation = compileOn(classpathWithoutInjection(), List.of(), memo);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[ParanoidComponentModel] componentModel \"" + model + "\" of \"Memo\" needs "
              + types + " on the compile classpath; add the dependency " + dependency)
          .inFile(memo).onLineContaining("componentModel = \"" + model + "\"");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, DAO);
    }

    @Test
    void onlyTheTypesReallyMissingAreNamed() {
      // CDI on a classpath that has jakarta.inject but not the CDI API
      List<File> classpath = new ArrayList<>(classpathWithoutInjection());
      classpath.addAll(classpathEntries("jakarta.inject-api"));
      JavaFileObject memo = memo("@Paranoid(componentModel = \"cdi\")");
      Compilation compilation = compileOn(classpath, List.of(), memo);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidComponentModel] componentModel \"cdi\" of \"Memo\" needs"
              + " jakarta.enterprise.context.ApplicationScoped, jakarta.enterprise.inject.Instance on the"
              + " compile classpath; add the dependency jakarta.enterprise:jakarta.enterprise.cdi-api")
          .inFile(memo).onLineContaining("componentModel = \"cdi\"");
      assertThat(compilation).hadErrorCount(1);
      // and that classpath is enough for the jakarta model
      Compilation jakarta = compileOn(classpath, List.of(),
          memo("@Paranoid(componentModel = \"jakarta\")"));
      assertThat(jakarta).succeededWithoutWarnings();
    }

    @Test
    void theAttributeCanOverrideAnOptionWhoseDependencyIsMissing() {
      JavaFileObject memo = memo("@Paranoid");
      JavaFileObject receipt = entity("Receipt", "@Paranoid(componentModel = \"default\")");
      Compilation compilation = compileOn(classpathWithoutInjection(),
          List.of("-Aparanoid.componentModel=spring"), memo, receipt);
      assertThat(compilation).failed();
      // one error, on the entity that follows the option; the one that chose "default" is fine
      assertThat(compilation)
          .hadErrorContaining("[ParanoidComponentModel] componentModel \"spring\" of \"Memo\" needs")
          .inFile(memo).onLineContaining("class Memo");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, DAO);
      assertNoInjection(generatedSource(compilation, "test.ReceiptParanoidDao"));
    }
  }

  // ---------------------------------------------------------------- helpers

  private static void assertNoInjection(String dao) {
    for (String marker : List.of("@Singleton", "@Inject", "@Repository", "@Autowired", "@ApplicationScoped",
        "jakarta.inject", "javax.inject", "springframework", "jakarta.enterprise")) {
      assertFalse(dao.contains(marker), marker + " in a plain DAO:\n" + dao);
    }
  }

  /** Each declared constructor as its parameter list, e.g. "(DataSource, ObjectProvider<Clock>)". */
  private static Set<String> constructors(Class<?> type) {
    return Arrays.stream(type.getDeclaredConstructors())
        .map(ComponentModelTest::signature)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> injectableConstructors(Class<?> type, Class<? extends Annotation> inject) {
    return Arrays.stream(type.getDeclaredConstructors())
        .filter(constructor -> constructor.isAnnotationPresent(inject))
        .map(ComponentModelTest::signature)
        .toList();
  }

  private static String signature(Constructor<?> constructor) {
    return Arrays.stream(constructor.getGenericParameterTypes())
        .map(ComponentModelTest::simpleName)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String simpleName(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return simpleName(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
          .map(ComponentModelTest::simpleName)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof WildcardType) {
      return type.getTypeName();
    }
    return ((Class<?>) type).getSimpleName();
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Annotation> annotation(ClassLoader loader, String name)
      throws ClassNotFoundException {
    Class<?> type = Class.forName(name, false, loader);
    assertTrue(type.isAnnotation(), name);
    return (Class<? extends Annotation>) type;
  }

  /**
   * A class of a successful compilation, loaded from the class files javac wrote (in memory) by a
   * loader whose parent is this test's: the DI annotations and Paranoid's runtime come from there,
   * which is what makes {@code isAnnotationPresent} with the real annotation types meaningful.
   */
  static Class<?> load(Compilation compilation, String binaryName) {
    ClassLoader loader = new ClassLoader(ComponentModelTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        String suffix = "/" + name.replace('.', '/') + ".class";
        for (JavaFileObject file : compilation.generatedFiles()) {
          if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith(suffix)) {
            try (InputStream in = file.openInputStream()) {
              byte[] bytes = in.readAllBytes();
              return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        }
        throw new ClassNotFoundException(name);
      }
    };
    try {
      Class<?> type = Class.forName(binaryName, true, loader);
      assertEquals(loader, type.getClassLoader(), "loaded from the compilation, not the test classpath");
      return type;
    } catch (ClassNotFoundException e) {
      throw new AssertionError(binaryName + " was not compiled", e);
    }
  }
}
