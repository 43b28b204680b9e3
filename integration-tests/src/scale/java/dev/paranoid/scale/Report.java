package dev.paranoid.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The runs collected, and the Markdown summary of them: per N the median wall time of each
 * configuration over the rounds, the ratios, Paranoid's own share, the peak resident set of the
 * processing build and the lines of the generated DAOs; then the low-heap runs.
 */
final class Report {

  private record Run(Workspace workspace, Configuration configuration, boolean lowHeap,
      Javac.Result result) {}

  private final int rounds;
  private final List<Configuration> configurations;
  private final String heap;
  private final String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  private final String loadBefore = loadAverage();
  private final List<Run> runs = new ArrayList<>();

  Report(int rounds, List<Configuration> configurations, String heap) {
    this.rounds = rounds;
    this.configurations = configurations;
    this.heap = heap;
  }

  void add(Workspace workspace, Configuration configuration, Javac.Result result) {
    runs.add(new Run(workspace, configuration, false, result));
  }

  void addLowHeap(Workspace workspace, Configuration configuration, Javac.Result result) {
    runs.add(new Run(workspace, configuration, true, result));
  }

  static String describe(Javac.Result result) {
    String outcome = result.timedOut() ? "timed out"
        : result.exitCode() != 0 ? "FAILED (exit " + result.exitCode() + ", see " + result.log() + ")"
        : "ok";
    return String.format(Locale.ROOT, "%s in %s (CPU %s), peak RSS %s", outcome,
        seconds(result.seconds()), seconds(result.cpuSeconds()), bytes(result.peakRssBytes()));
  }

  String markdown() {
    StringBuilder out = new StringBuilder("## Scale benchmark\n\n");
    out.append(String.format(Locale.ROOT, "%s, %s, %d cores; median of %d round(s), "
            + "configurations interleaved; load average before %s, after %s.%n%n",
        startedAt, "JDK " + System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), rounds, loadBefore, loadAverage()));
    List<String> header = new ArrayList<>(List.of("N"));
    configurations.forEach(configuration -> header.add(configuration.label));
    header.addAll(List.of("with ÷ without", "with ÷ dao", "with − copy", "peak RSS with",
        "lines per DAO (min–max)", "DAO lines ÷ entity lines"));
    out.append(row(header)).append(row(header.stream().map(cell -> "---").toList()));
    for (Workspace workspace : workspaces()) {
      Map<Configuration, Double> medians = new LinkedHashMap<>();
      List<String> cells = new ArrayList<>(List.of(String.format(Locale.ROOT, "%,d",
          workspace.size())));
      for (Configuration configuration : configurations) {
        Double median = median(workspace, configuration, Javac.Result::seconds);
        medians.put(configuration, median);
        cells.add(median == null ? "failed" : seconds(median));
      }
      Double with = medians.get(Configuration.WITH);
      cells.add(ratio(with, medians.get(Configuration.WITHOUT)));
      cells.add(ratio(with, medians.get(Configuration.DAO)));
      Double copy = medians.get(Configuration.COPY);
      cells.add(with == null || copy == null ? "" : seconds(with - copy));
      cells.add(bytes(medianRss(workspace, Configuration.WITH)));
      LineStats lines = workspace.daoLines();
      cells.add(String.format(Locale.ROOT, "%,d (%,d–%,d)", lines.average(), lines.min(),
          lines.max()));
      cells.add(String.format(Locale.ROOT, "%.1f", (double) lines.total()
          / workspace.entityLines().total()));
      out.append(row(cells));
    }
    out.append(cpuTable());
    for (Run run : runs) {
      if (run.lowHeap()) {
        out.append(String.format(Locale.ROOT, "%nN=%,d under -J-Xmx%s, %s: %s.", run.workspace().size(),
            heap, run.configuration().label, describe(run.result())));
      }
    }
    return out.append('\n').toString();
  }

  /**
   * The same runs' CPU time (user + system of javac's process, all its threads), which others
   * running on the machine disturb less than wall time.
   */
  private String cpuTable() {
    StringBuilder out = new StringBuilder("\nCPU time (user + system), median:\n\n");
    List<String> header = new ArrayList<>(List.of("N"));
    configurations.forEach(configuration -> header.add(configuration.label));
    out.append(row(header)).append(row(header.stream().map(cell -> "---").toList()));
    for (Workspace workspace : workspaces()) {
      List<String> cells = new ArrayList<>(List.of(String.format(Locale.ROOT, "%,d",
          workspace.size())));
      for (Configuration configuration : configurations) {
        Double median = median(workspace, configuration, Javac.Result::cpuSeconds);
        cells.add(median == null ? "failed" : seconds(median));
      }
      out.append(row(cells));
    }
    return out.toString();
  }

  /** Every run, one line each. */
  String csv() {
    return runs.stream().map(run -> String.join(",", Integer.toString(run.workspace().size()),
            run.configuration().label, run.lowHeap() ? "-Xmx" + heap : "default",
            String.format(Locale.ROOT, "%.3f", run.result().seconds()),
            String.format(Locale.ROOT, "%.2f", run.result().cpuSeconds()),
            Long.toString(run.result().peakRssBytes()), Integer.toString(run.result().exitCode()),
            Boolean.toString(run.result().timedOut())))
        .collect(Collectors.joining("\n",
            "n,configuration,heap,seconds,cpu_seconds,peak_rss_bytes,exit,timed_out\n", "\n"));
  }

  private List<Workspace> workspaces() {
    return runs.stream().filter(run -> !run.lowHeap()).map(Run::workspace).distinct().toList();
  }

  private Double median(Workspace workspace, Configuration configuration,
      ToDoubleFunction<Javac.Result> metric) {
    return median(results(workspace, configuration).stream()
        .map(result -> metric.applyAsDouble(result)).toList());
  }

  private long medianRss(Workspace workspace, Configuration configuration) {
    Double median = median(workspace, configuration, result -> result.peakRssBytes());
    return median == null ? -1 : median.longValue();
  }

  private List<Javac.Result> results(Workspace workspace, Configuration configuration) {
    return runs.stream()
        .filter(run -> !run.lowHeap() && run.workspace() == workspace
            && run.configuration() == configuration && run.result().ok())
        .map(Run::result).toList();
  }

  private static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static String ratio(Double top, Double bottom) {
    return top == null || bottom == null ? "" : String.format(Locale.ROOT, "%.2f", top / bottom);
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.1f s", seconds);
  }

  private static String bytes(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
  }

  private static String row(List<String> cells) {
    return cells.stream().map(Objects::toString).collect(Collectors.joining(" | ", "| ", " |\n"));
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }
}
