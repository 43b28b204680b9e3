package dev.paranoid.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale benchmark: generates code bases of N entities ({@link EntityGenerator}) and times
 * javac on them in each {@link Configuration}, interleaved per round, then writes the Markdown
 * summary ({@link Report}) to {@code target/scale/summary.md}. Run from the root with
 * {@code ./mvnw -q -Pscale -DskipTests verify -Dscale.sizes=100,1000 -Dscale.rounds=3}.
 *
 * <p>System properties (the {@code scale} profile passes them on): {@code scale.sizes} (N, comma
 * separated, multiples of 10), {@code scale.rounds}, {@code scale.configs} (a subset of
 * {@code without,dao,copy,with}), {@code scale.lowHeap} (an N at which "with" and "dao" run once
 * more under {@code -J-Xmx}{@code scale.heap}, default 1g; empty for none), {@code scale.timeout}
 * (seconds one javac may take), {@code scale.dir} and {@code scale.processor} (the processor jar).
 */
public final class ScaleMain {

  private ScaleMain() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = ints(System.getProperty("scale.sizes", "100,1000"));
    int rounds = Integer.parseInt(System.getProperty("scale.rounds", "3").trim());
    List<Configuration> configurations = Arrays.stream(
        System.getProperty("scale.configs", "without,dao,copy,with").split(","))
        .map(Configuration::of).toList();
    List<Integer> lowHeap = ints(System.getProperty("scale.lowHeap", ""));
    String heap = System.getProperty("scale.heap", "1g").trim();
    Duration timeout = Duration.ofSeconds(Long.parseLong(
        System.getProperty("scale.timeout", "1800").trim()));
    Path dir = Path.of(System.getProperty("scale.dir", "target/scale"));
    Tools tools = Tools.find(Path.of(System.getProperty("scale.processor", "")));

    Report report = new Report(rounds, configurations, heap);
    Map<Integer, Workspace> workspaces = new LinkedHashMap<>();
    for (int size : sizes) {
      workspaces.put(size, prepare(size, dir, tools, timeout));
    }
    for (int round = 1; round <= rounds; round++) {
      for (Workspace workspace : workspaces.values()) {
        for (Configuration configuration : configurations) {
          Javac.Result result = run(tools, workspace, configuration, List.of(), timeout);
          report.add(workspace, configuration, result);
          System.out.printf("N=%d round %d/%d %-7s %s%n", workspace.size(), round, rounds,
              configuration.label, Report.describe(result));
        }
      }
    }
    for (int size : lowHeap) {
      Workspace workspace = workspaces.containsKey(size)
          ? workspaces.get(size) : prepare(size, dir, tools, timeout);
      for (Configuration configuration : List.of(Configuration.DAO, Configuration.WITH)) {
        Javac.Result result = run(tools, workspace, configuration, List.of("-Xmx" + heap), timeout);
        report.addLowHeap(workspace, configuration, result);
        System.out.printf("N=%d -Xmx%s %-7s %s%n", size, heap, configuration.label,
            Report.describe(result));
      }
    }
    String summary = report.markdown();
    Files.writeString(dir.resolve("summary.md"), summary);
    Files.writeString(dir.resolve("runs.csv"), report.csv());
    System.out.println();
    System.out.print(summary);
    System.out.println("(written to " + dir.resolve("summary.md") + ", every run in runs.csv)");
  }

  private static Workspace prepare(int size, Path dir, Tools tools, Duration timeout)
      throws Exception {
    System.out.printf("N=%d: generating %d entities and their DAOs%n", size, size);
    return Workspace.prepare(size, dir, tools, timeout);
  }

  private static Javac.Result run(Tools tools, Workspace workspace, Configuration configuration,
      List<String> jvmOptions, Duration timeout) throws Exception {
    Path scratch = workspace.scratch(configuration.label);
    Path classes = Files.createDirectories(scratch.resolve("classes"));
    Path generated = Files.createDirectories(scratch.resolve("generated"));
    List<String> arguments =
        configuration.arguments(tools, workspace, classes, generated, jvmOptions);
    String suffix = jvmOptions.isEmpty() ? "" : "-lowheap";
    Path log = workspace.root().resolve(configuration.label + suffix + ".log");
    return tools.javac().run(arguments, log, timeout);
  }

  private static List<Integer> ints(String list) {
    List<Integer> values = new ArrayList<>();
    for (String value : list.split(",")) {
      if (!value.isBlank()) {
        values.add(Integer.parseInt(value.trim()));
      }
    }
    return values;
  }
}
