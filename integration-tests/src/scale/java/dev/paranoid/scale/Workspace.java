package dev.paranoid.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The generated code base of one size N: the entity sources, javac argument files listing them,
 * and the DAO sources of a first processing build (which the "dao" and "copy" configurations
 * compile), with their line counts.
 */
record Workspace(int size, Path root, Path entityList, Path daoList, Path daoSources,
    LineStats daoLines, LineStats entityLines) {

  /** Generates N entities under {@code dir/n<N>} and runs the processing build once. */
  static Workspace prepare(int size, Path dir, Tools tools, Duration timeout)
      throws IOException, InterruptedException {
    Path root = dir.resolve("n" + size);
    deleteTree(root);
    Path sources = root.resolve("src");
    List<Path> entities = EntityGenerator.generate(size, sources);
    Path entityList = writeList(root.resolve("entities.txt"), entities);
    Path daoSources = root.resolve("dao-src");
    Workspace partial = new Workspace(size, root, entityList, null, daoSources, null, null);
    Path classes = root.resolve("prepare-classes");
    Files.createDirectories(classes);
    Files.createDirectories(daoSources);
    Javac.Result result = tools.javac().run(Configuration.WITH.arguments(
        tools, partial, classes, daoSources, List.of()), root.resolve("prepare.log"), timeout);
    if (!result.ok()) {
      throw new IllegalStateException("the processing build of N=" + size + " failed, see "
          + result.log());
    }
    deleteTree(classes);
    List<Path> daos = javaFiles(daoSources);
    if (daos.size() != size) {
      throw new IllegalStateException("expected " + size + " DAOs, found " + daos.size());
    }
    return new Workspace(size, root, entityList, writeList(root.resolve("daos.txt"), daos),
        daoSources, LineStats.of(daos), LineStats.of(entities.stream()
            .filter(file -> !file.getFileName().toString().equals("Status.java")).toList()));
  }

  /** A fresh, empty directory for one run's output. */
  Path scratch(String name) throws IOException {
    Path scratch = root.resolve("runs").resolve(name);
    deleteTree(scratch);
    return Files.createDirectories(scratch);
  }

  private static Path writeList(Path file, List<Path> sources) throws IOException {
    // javac argument files take quoted names: safe for any path
    return Files.writeString(file, sources.stream()
        .map(path -> "\"" + path.toAbsolutePath().toString().replace("\\", "\\\\") + "\"")
        .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
