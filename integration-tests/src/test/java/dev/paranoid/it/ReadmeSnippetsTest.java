package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.paranoid.Paranoid;
import dev.paranoid.runtime.Condition;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The README's "Quick start" and "An entity and its DAO" work as pasted (issue 14 §1).
 *
 * <ul>
 *   <li>Every {@code java} block of those two sections is a compilation unit: each is written to a
 *       scratch source folder under its package and class name, beside {@link #SUPPORT} (the
 *       entities the snippets name but do not show: {@code Story}, {@code Review}), and compiled
 *       with javac, the Paranoid processor, the README's own {@code --release} and
 *       {@code compilerArgs} ({@code -Xlint:all,-processing -Werror}) against the annotations, the
 *       runtime and jakarta.persistence. No warning, no error, and {@code UserParanoidDao} must be
 *       generated (the call block uses it, so it compiled against the generated DAO too).
 *   <li>The Maven block is a pom excerpt whose versions must be the build's own: the Paranoid
 *       artifacts' is the project version, {@code maven-compiler-plugin} is pinned (3.5 or later,
 *       the first to read {@code annotationProcessorPaths}; Maven 3.8 defaults to 3.1, which
 *       ignores it and generates nothing) to the version the root pom pins, and the processor is on
 *       {@code annotationProcessorPaths}. The Gradle block names the project version too.
 * </ul>
 *
 * Problems in a snippet are reported at their README line. No database is used, so the server runs
 * (PostgreSQL, MariaDB, MySQL driver) leave it to the H2 run.
 */
@DisabledIfSystemProperty(named = "paranoid.it.database",
    matches = "postgresql|mariadb|mysql-driver",
    disabledReason = "no database: once, in the H2 run, is enough")
class ReadmeSnippetsTest {

  /** The module's directory is surefire's working directory. */
  private static final Path PROJECT = Path.of("..");
  private static final Path README = PROJECT.resolve("README.md");

  private static final String PROCESSOR = "dev.paranoid.processor.ParanoidProcessor";

  private static final List<String> SECTIONS = List.of("Quick start", "An entity and its DAO");

  /**
   * What the README's {@code User} and its call block refer to without showing it, in the
   * snippets' package ({@code %s}).
   */
  private static final Map<String, String> SUPPORT = Map.of(
      "Story", String.join("\n",
          "package %s;",
          "import dev.paranoid.DeletedAt;",
          "import dev.paranoid.Paranoid;",
          "import jakarta.persistence.*;",
          "import java.time.Instant;",
          "import java.util.List;",
          "@Entity @Table(name = \"stories\") @Paranoid",
          "public class Story {",
          "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
          "  String title;",
          "  @ManyToOne @JoinColumn(name = \"created_by\") User author;",
          "  @OneToMany(mappedBy = \"story\", cascade = CascadeType.REMOVE) List<Review> reviews;",
          "  @DeletedAt Instant deletedAt;",
          "}"),
      "Review", String.join("\n",
          "package %s;",
          "import dev.paranoid.DeletedAt;",
          "import dev.paranoid.Paranoid;",
          "import jakarta.persistence.*;",
          "import java.time.Instant;",
          "@Entity @Table(name = \"reviews\") @Paranoid",
          "public class Review {",
          "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
          "  String body;",
          "  @ManyToOne @JoinColumn(name = \"story_id\") Story story;",
          "  @DeletedAt Instant deletedAt;",
          "}"));

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern TYPE = Pattern.compile(
      "(?m)^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|interface|enum|record)\\s+(\\w+)");
  private static final Pattern GRADLE_PARANOID =
      Pattern.compile("'dev\\.paranoid:([\\w-]+):([^']+)'");

  @TempDir
  Path work;

  @Test
  void theJavaSnippetsCompileWithTheProcessorWithoutAWarning() throws IOException {
    Sources sources = writeSources(javaSnippets());
    List<String> options = new ArrayList<>(List.of("--release", readmeRelease()));
    options.addAll(readmeCompilerArgs());

    List<String> problems = compile(sources, options).stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> describe(d, sources))
        .toList();

    assertEquals(List.of(), problems, "the README's Java does not compile as pasted (with "
        + options + ")");
    String folder = sources.userPackage().replace('.', '/');
    assertTrue(Files.exists(work.resolve("generated/" + folder + "/UserParanoidDao.java")),
        "the processor generated no UserParanoidDao");
    assertTrue(Files.exists(work.resolve("classes/" + folder + "/UserParanoidDao.class")),
        "UserParanoidDao was not compiled");
  }

  @Test
  void withoutMinusProcessingJavacWarnsAboutTheJpaAnnotationsAsTheReadmeSays() throws IOException {
    // the README's reason for -Xlint:all,-processing: keep it true, or drop the advice (the
    // processors' rounds are enough to tell, hence -proc:only)
    Sources sources = writeSources(javaSnippets());
    List<Diagnostic<? extends JavaFileObject>> diagnostics =
        compile(sources, List.of("--release", readmeRelease(), "-Xlint:all", "-proc:only"));
    List<String> warnings = diagnostics.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getCode() + ": " + d.getMessage(Locale.ROOT))
        .toList();
    assertTrue(warnings.stream().anyMatch(
            w -> w.startsWith("compiler.warn.proc.annotations.without.processors")
                && w.contains("jakarta.persistence.")),
        "expected javac's unclaimed-annotations warning, got " + warnings);
    assertTrue(diagnostics.stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR),
        () -> diagnostics.toString());
  }

  @Test
  void theMavenSnippetPinsTheCompilerPluginAndTheProjectVersions() throws IOException {
    Element root = parse(PROJECT.resolve("pom.xml"));
    String projectVersion = text(child(root, "version"));
    Element rootCompiler = plugin(root, "maven-compiler-plugin");
    String pinned = text(child(rootCompiler, "version"));

    Element snippet = parseXml("<snippet>" + mavenSnippet().text() + "</snippet>");

    Map<String, String> paranoidDependencies = new LinkedHashMap<>();
    String persistence = null;
    for (Element dependency : descendants(snippet, "dependency")) {
      String group = text(child(dependency, "groupId"));
      String artifact = text(child(dependency, "artifactId"));
      if (group.equals("dev.paranoid")) {
        paranoidDependencies.put(artifact, text(child(dependency, "version")));
      } else if (artifact.equals("jakarta.persistence-api")) {
        persistence = text(child(dependency, "version"));
      }
    }
    assertEquals(Map.of("paranoid-annotations", projectVersion, "paranoid-runtime", projectVersion),
        paranoidDependencies, "the README's Paranoid dependencies and their versions");
    assertEquals(text(child(child(root, "properties"), "jakarta.persistence.version")), persistence,
        "the README's jakarta.persistence-api version is the one the build uses");

    Element compiler = plugin(snippet, "maven-compiler-plugin");
    assertEquals("org.apache.maven.plugins", text(child(compiler, "groupId")));
    String version = text(child(compiler, "version"));
    assertFalse(version.isEmpty(), "maven-compiler-plugin without a version: Maven 3.8 takes 3.1,"
        + " which ignores annotationProcessorPaths and generates no DAO");
    assertTrue(compareVersions(version, "3.5") >= 0,
        "maven-compiler-plugin " + version + " ignores annotationProcessorPaths (3.5 or later)");
    assertEquals(pinned, version, "the README's maven-compiler-plugin is the one the build pins");

    Element configuration = child(compiler, "configuration");
    assertEquals(text(child(child(rootCompiler, "configuration"), "release")),
        text(child(configuration, "release")), "the README's <release>");
    List<String> processorPath =
        descendants(child(configuration, "annotationProcessorPaths"), "path").stream()
        .map(path -> text(child(path, "groupId")) + ":" + text(child(path, "artifactId")) + ":"
            + text(child(path, "version")))
        .toList();
    assertEquals(List.of("dev.paranoid:paranoid-processor:" + projectVersion), processorPath,
        "the README's annotationProcessorPaths");
  }

  @Test
  void theGradleSnippetNamesTheProjectVersion() throws IOException {
    String projectVersion = text(child(parse(PROJECT.resolve("pom.xml")), "version"));
    List<Snippet> gradle = snippets("Quick start", "groovy");
    assertEquals(1, gradle.size(), "one Gradle block in the quick start");
    Map<String, String> versions = new LinkedHashMap<>();
    Matcher matcher = GRADLE_PARANOID.matcher(gradle.get(0).text());
    while (matcher.find()) {
      versions.put(matcher.group(1), matcher.group(2));
    }
    assertEquals(Map.of("paranoid-annotations", projectVersion, "paranoid-runtime", projectVersion,
        "paranoid-processor", projectVersion), versions);
    assertTrue(gradle.get(0).text().contains(
        "annotationProcessor 'dev.paranoid:paranoid-processor:" + projectVersion + "'"));
  }

  // ---- the README's code blocks

  /** A fenced code block: its language, the README line of its first line of code, its text. */
  record Snippet(String language, int firstLine, String text) {}

  /** The fenced blocks of {@code language} in section {@code title}, up to the next heading. */
  private static List<Snippet> snippets(String title, String language) throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int heading = lines.indexOf("## " + title);
    assertTrue(heading >= 0, "README.md has no section \"## " + title + "\"");
    List<Snippet> found = new ArrayList<>();
    String fence = null;
    int start = 0;
    for (int i = heading + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (fence == null && line.startsWith("#")) {
        break;
      } else if (fence == null && line.startsWith("```")) {
        fence = line.substring(3).trim();
        start = i + 1;
      } else if (fence != null && line.equals("```")) {
        if (fence.equals(language)) {
          String text = String.join("\n", lines.subList(start, i)) + "\n";
          found.add(new Snippet(language, start + 1, text));
        }
        fence = null;
      }
    }
    return found;
  }

  private static List<Snippet> javaSnippets() throws IOException {
    List<Snippet> java = new ArrayList<>();
    for (String section : SECTIONS) {
      java.addAll(snippets(section, "java"));
    }
    assertTrue(java.size() >= 2,
        "the README's entity and its calls: " + java.size() + " Java blocks");
    return java;
  }

  /** The quick start's pom excerpt: its first XML block. */
  private static Snippet mavenSnippet() throws IOException {
    List<Snippet> xml = snippets("Quick start", "xml");
    assertFalse(xml.isEmpty(), "the quick start has no Maven block");
    return xml.get(0);
  }

  /** The quick start's {@code <release>}. */
  private static String readmeRelease() throws IOException {
    Element snippet = parseXml("<snippet>" + mavenSnippet().text() + "</snippet>");
    return text(child(child(plugin(snippet, "maven-compiler-plugin"), "configuration"), "release"));
  }

  /** The quick start's {@code <compilerArgs>} block for -Werror builds. */
  private static List<String> readmeCompilerArgs() throws IOException {
    for (Snippet xml : snippets("Quick start", "xml")) {
      Optional<Element> compilerArgs =
          find(parseXml("<snippet>" + xml.text() + "</snippet>"), "compilerArgs");
      if (compilerArgs.isPresent()) {
        List<String> args =
            descendants(compilerArgs.get(), "arg").stream().map(ReadmeSnippetsTest::text).toList();
        assertEquals(List.of("-Xlint:all,-processing", "-Werror"), args,
            "the quick start's compilerArgs for a -Werror build");
        return args;
      }
    }
    return fail("the quick start shows no <compilerArgs> for a -Xlint:all -Werror build");
  }

  // ---- compiling them

  /** The files written from snippets, with their snippet, and the package of {@code User}. */
  record Sources(Map<Path, Snippet> snippets, String userPackage) {}

  /** The snippets and {@link #SUPPORT} as files of a source folder (work/src). */
  private Sources writeSources(List<Snippet> java) throws IOException {
    Map<Path, Snippet> sources = new LinkedHashMap<>();
    Map<String, String> packages = new LinkedHashMap<>();
    for (Snippet snippet : java) {
      Matcher pkg = PACKAGE.matcher(snippet.text());
      Matcher type = TYPE.matcher(snippet.text());
      if (!pkg.find() || !type.find()) {
        fail("README.md line " + snippet.firstLine() + ": a Java block of " + SECTIONS
            + " must be a whole source file (package, imports, a class)");
      }
      packages.put(type.group(1), pkg.group(1));
      sources.put(write(pkg.group(1), type.group(1), snippet.text()), snippet);
    }
    assertTrue(packages.containsKey("User"), "no README Java block declares class User");
    String userPackage = packages.get("User");
    for (Map.Entry<String, String> support : SUPPORT.entrySet()) {
      if (!packages.containsKey(support.getKey())) {
        String text = String.format(Locale.ROOT, support.getValue(), userPackage);
        write(userPackage, support.getKey(), text);
      }
    }
    return new Sources(sources, userPackage);
  }

  private Path write(String pkg, String type, String text) throws IOException {
    Path file = work.resolve("src").resolve(pkg.replace('.', '/')).resolve(type + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** javac on every file under src, with the processor, into classes and generated. */
  private List<Diagnostic<? extends JavaFileObject>> compile(Sources snippets, List<String> options)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path generated = Files.createDirectories(work.resolve("generated"));
    List<Path> sources;
    try (var walk = Files.walk(work.resolve("src"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(sources.containsAll(snippets.snippets().keySet()));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_PATH,
          List.of(jarOf(Paranoid.class), jarOf(Condition.class), jarOf(Entity.class)));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(paranoidProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics();
  }

  /**
   * The processor as javac finds it on a user's processor path: through its service registration
   * (the class itself is not named here, or javac would look for its {@code @AutoService}).
   */
  private static Processor paranoidProcessor() {
    return ServiceLoader.load(Processor.class).stream()
        .filter(provider -> provider.type().getName().equals(PROCESSOR))
        .map(ServiceLoader.Provider::get)
        .findFirst()
        .orElseGet(() -> fail("no " + PROCESSOR + " registered as a Processor on the class path"));
  }

  /** Where a class was loaded from: a jar, or a module's classes folder. */
  private static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A diagnostic at its README line when it is in a snippet, else at its scratch file. */
  private String describe(Diagnostic<? extends JavaFileObject> diagnostic, Sources sources) {
    String where = "";
    if (diagnostic.getSource() != null) {
      Path file = Path.of(diagnostic.getSource().toUri());
      Snippet snippet = sources.snippets().get(file);
      where = snippet != null && diagnostic.getLineNumber() > 0
          ? "README.md line " + (snippet.firstLine() + diagnostic.getLineNumber() - 1)
          : work.relativize(file) + ":" + diagnostic.getLineNumber();
      where += ": ";
    }
    return diagnostic.getKind() + " " + where + diagnostic.getMessage(Locale.ROOT);
  }

  // ---- XML

  private static Element parse(Path file) throws IOException {
    return parseXml(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Element parseXml(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      InputSource source = new InputSource(new StringReader(xml));
      return factory.newDocumentBuilder().parse(source).getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      return fail("not well-formed XML: " + e.getMessage() + "\n" + xml);
    }
  }

  /** The one plugin {@code artifactId} under {@code root} (build/plugins or pluginManagement). */
  private static Element plugin(Element root, String artifactId) {
    List<Element> plugins = descendants(root, "plugin").stream()
        .filter(plugin -> text(child(plugin, "artifactId")).equals(artifactId))
        .toList();
    assertEquals(1, plugins.size(), () -> "plugin " + artifactId + " in " + root.getTagName());
    return plugins.get(0);
  }

  /** The first child element named {@code name}, or an empty one when there is none. */
  private static Element child(Element parent, String name) {
    return find(parent, name).orElseGet(() -> parent.getOwnerDocument().createElement(name));
  }

  private static Optional<Element> find(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  private static List<Element> descendants(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    var nodes = parent.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static String text(Element element) {
    return element.getTextContent().trim();
  }

  /** Compares dotted numeric versions ("3.14.1" after "3.5"); a qualifier after '-' is ignored. */
  private static int compareVersions(String a, String b) {
    List<Integer> left = numbers(a);
    List<Integer> right = numbers(b);
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      int l = i < left.size() ? left.get(i) : 0;
      int r = i < right.size() ? right.get(i) : 0;
      if (l != r) {
        return Integer.compare(l, r);
      }
    }
    return 0;
  }

  private static List<Integer> numbers(String version) {
    return Pattern.compile("\\.").splitAsStream(version.split("-", 2)[0])
        .map(Integer::parseInt)
        .collect(Collectors.toList());
  }
}
