package dev.paranoid.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds a module of entity sources with javac and the processor into temporary folders, and
 * rebuilds it after a change the way an incremental compiler does (Gradle's, whose model this
 * follows; Gradle itself is not needed): recompile the changed sources and their dependents,
 * which a class-dependency analysis of the previous build's class files finds
 * ({@link ClassFileReferences}), with the previous output on the class path.
 *
 * <p>What happens to generated files depends on the processor's declared mode:
 * <ul>
 *   <li>aggregating: every generated file is deleted, and every annotated type is processed
 *       again: the recompiled ones from source, all others from their class files of the
 *       previous build, by name ({@code JavaCompiler.getTask}'s {@code classes});
 *   <li>isolating: only the files generated from a recompiled type are deleted and generated
 *       again; the others are kept (and recompiled as they are when they depend on a change).
 * </ul>
 * Sources are given as a map from relative path ({@code shop/Customer.java}) to text.
 */
final class IncrementalJavac {

  /**
   * The annotations the processor declares ({@code dev.paranoid.*}, JPA's {@code Converter}):
   * Gradle hands an aggregating processor every type carrying one of them again.
   */
  private static final Set<String> SUPPORTED =
      new ParanoidProcessor().getSupportedAnnotationTypes();

  /** The origin the processor writes in each DAO's {@code @Generated}. */
  private static final Pattern ORIGIN = Pattern.compile("comments = \"from ([\\w.$]+)\"");

  /**
   * One build's result.
   *
   * @param sources the module's sources it was built from
   * @param recompiled the sources it compiled (all of them for a full build)
   * @param classes its class output
   * @param generated its generated sources
   */
  record Build(Map<String, String> sources, Set<String> recompiled, Path classes, Path generated) {

    /** The generated sources, by relative path ({@code shop/CustomerParanoidDao.java}). */
    Map<String, String> daos() {
      return read(generated);
    }
  }

  private final Path workspace;
  private final List<File> classpath;
  private int builds;

  IncrementalJavac(Path workspace, List<File> classpath) {
    this.workspace = workspace;
    this.classpath = List.copyOf(classpath);
  }

  /** The sources under test resource folder {@code folder}, by path relative to it. */
  static Map<String, String> resources(String folder) {
    try {
      return read(Path.of(IncrementalJavac.class.getClassLoader().getResource(folder).toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A clean build of {@code sources}. */
  Build full(Map<String, String> sources) {
    Path root = newRoot();
    Build build = new Build(Map.copyOf(sources), new TreeSet<>(sources.keySet()),
        root.resolve("classes"), root.resolve("generated"));
    write(root.resolve("src"), sources);
    compile(build, files(root.resolve("src"), sources.keySet()), List.of());
    return build;
  }

  /** Rebuilds {@code previous} with {@code sources} as Gradle does for an aggregating processor. */
  Build aggregating(Build previous, Map<String, String> sources) {
    Build build = prepare(previous, sources);
    for (String generated : read(build.generated()).keySet()) {
      delete(build, build.generated(), generated);
    }
    // the types that carry a supported annotation: their class files name it (a class that
    // only refers to one is taken too, which processing ignores)
    List<String> annotated = new ArrayList<>();
    for (Map.Entry<String, Set<String>> type : references(previous).entrySet()) {
      if (!isGenerated(previous, type.getKey())
          && !build.recompiled().contains(sourceOf(type.getKey()))
          && type.getValue().stream().anyMatch(IncrementalJavac::isSupported)) {
        annotated.add(type.getKey());
      }
    }
    compile(build, files(workspaceOf(build).resolve("src"), build.recompiled()), annotated);
    return build;
  }

  /** Rebuilds {@code previous} with {@code sources} as Gradle does for an isolating processor. */
  Build isolating(Build previous, Map<String, String> sources) {
    Build build = prepare(previous, sources);
    List<Path> compiled = files(workspaceOf(build).resolve("src"), build.recompiled());
    Set<String> dependents =
        dependents(previous, changedClasses(previous, changed(previous, sources)));
    for (Map.Entry<String, String> generated : read(build.generated()).entrySet()) {
      Matcher origin = ORIGIN.matcher(generated.getValue());
      String originSource = origin.find() ? sourceOf(origin.group(1)) : null;
      if (build.recompiled().contains(originSource)) {
        delete(build, build.generated(), generated.getKey());
      } else if (dependents.contains(generated.getKey())) {
        // a kept generated file that depends on a changed class is recompiled as it is
        compiled.add(build.generated().resolve(generated.getKey()));
      }
    }
    compile(build, compiled, List.of());
    return build;
  }

  /**
   * The next build's folders, with the previous output copied in, minus the class files of the
   * sources to recompile: those that changed and the sources depending on them.
   */
  private Build prepare(Build previous, Map<String, String> sources) {
    Path root = newRoot();
    write(root.resolve("src"), sources);
    Set<String> changed = changed(previous, sources);
    Set<String> recompiled = new TreeSet<>(changed);
    dependents(previous, changedClasses(previous, changed)).stream()
        .filter(sources::containsKey)
        .forEach(recompiled::add);
    Build build = new Build(Map.copyOf(sources), recompiled,
        root.resolve("classes"), root.resolve("generated"));
    copy(previous.classes(), build.classes());
    copy(previous.generated(), build.generated());
    for (String source : recompiled) {
      deleteClasses(build, source);
    }
    return build;
  }

  /** Whether {@code name} is an annotation the processor supports ("pkg.*" as javac reads it). */
  private static boolean isSupported(String name) {
    return SUPPORTED.stream().anyMatch(pattern -> pattern.endsWith("*")
        ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : name.equals(pattern));
  }

  /** The sources that are new or differ from those {@code previous} was built from. */
  private static Set<String> changed(Build previous, Map<String, String> sources) {
    return sources.keySet().stream()
        .filter(path -> !sources.get(path).equals(previous.sources().get(path)))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The binary names of the classes the previous build compiled from {@code sources}. */
  private static Set<String> changedClasses(Build previous, Collection<String> sources) {
    return references(previous).keySet().stream()
        .filter(type -> sources.contains(sourceOf(type)))
        .collect(Collectors.toSet());
  }

  /** The sources (user or generated) whose class files refer to one of {@code classes}. */
  private static Set<String> dependents(Build previous, Set<String> classes) {
    Set<String> dependents = new TreeSet<>();
    references(previous).forEach((type, names) -> {
      if (!classes.contains(type) && names.stream().anyMatch(classes::contains)) {
        dependents.add(sourceOf(type));
      }
    });
    return dependents;
  }

  /** Each class file of {@code build} by binary name, with the classes it refers to. */
  private static Map<String, Set<String>> references(Build build) {
    Map<String, Set<String>> references = new TreeMap<>();
    for (String classFile : read(build.classes()).keySet()) {
      String binaryName = classFile.substring(0, classFile.length() - ".class".length())
          .replace('/', '.');
      references.put(binaryName, ClassFileReferences.of(build.classes().resolve(classFile)));
    }
    return references;
  }

  private static boolean isGenerated(Build build, String binaryName) {
    return Files.exists(build.generated().resolve(sourceOf(binaryName)));
  }

  /** The source a class ({@code shop.Client}, {@code shop.Client$Note}) comes from. */
  private static String sourceOf(String name) {
    StringBuilder path = new StringBuilder();
    for (String part : name.split("[.$]")) {
      path.append(part);
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        return path + ".java"; // the top-level class
      }
      path.append('/');
    }
    throw new IllegalArgumentException("no class in " + name);
  }

  /** Deletes generated source {@code source} under {@code folder} and its class files. */
  private static void delete(Build build, Path folder, String source) {
    try {
      Files.delete(folder.resolve(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deleteClasses(build, source);
  }

  private static void deleteClasses(Build build, String source) {
    String top = source.substring(0, source.length() - ".java".length());
    Path folder = build.classes().resolve(top).getParent();
    String simple = Path.of(top).getFileName().toString();
    try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.equals(simple + ".class") || name.startsWith(simple + "$")) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void compile(Build build, List<Path> sources, List<String> classNames) {
    if (sources.isEmpty() && classNames.isEmpty()) {
      return;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      Files.createDirectories(build.classes());
      Files.createDirectories(build.generated());
      List<String> path = new ArrayList<>();
      classpath.forEach(entry -> path.add(entry.getPath()));
      path.add(build.classes().toString());
      List<String> options = List.of("-d", build.classes().toString(),
          "-s", build.generated().toString(),
          "-classpath", String.join(File.pathSeparator, path),
          "-sourcepath", "", // as Gradle: no source found but those given
          "-Xlint:all,-processing");
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options,
          classNames.isEmpty() ? null : classNames, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new ParanoidProcessor()));
      boolean compiled = task.call();
      List<String> problems = diagnostics.getDiagnostics().stream()
          .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR
              || diagnostic.getKind() == Diagnostic.Kind.WARNING
              || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
          .map(diagnostic -> diagnostic.getKind() + " " + diagnostic.getSource() + ":"
              + diagnostic.getLineNumber() + " " + diagnostic.getMessage(Locale.ROOT))
          .toList();
      if (!compiled || !problems.isEmpty()) {
        fail("javac " + sources + " classes " + classNames + ": " + String.join("\n", problems));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path newRoot() {
    return workspace.resolve("build" + ++builds);
  }

  private static Path workspaceOf(Build build) {
    return build.classes().getParent();
  }

  private static List<Path> files(Path folder, Collection<String> sources) {
    return new ArrayList<>(sources.stream().map(folder::resolve).toList());
  }

  private static void write(Path folder, Map<String, String> sources) {
    try {
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = folder.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The files under {@code folder} by relative path with '/' separators: text for sources, and
   * for class files the text is not needed (their keys are).
   */
  private static Map<String, String> read(Path folder) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(folder)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = folder.relativize(file).toString().replace(File.separatorChar, '/');
        files.put(relative, relative.endsWith(".java") ? Files.readString(file) : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
