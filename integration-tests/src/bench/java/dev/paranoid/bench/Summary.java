package dev.paranoid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMH's JSON results and the statement log into Markdown: time per operation of each
 * implementation, the ratios Paranoid ÷ hand-written JDBC and Paranoid ÷ Hibernate per workload
 * and database, and the statements each operation sent. Runs after {@link BenchMain}, or alone:
 * {@code java -cp ... dev.paranoid.bench.Summary target/jmh.json}.
 */
public final class Summary {

  /** The implementations, as the benchmark methods are named, in column order. */
  private static final List<String> IMPLEMENTATIONS =
      List.of("paranoid", "paranoidOneByOne", "jdbc", "jdbcByForeignKey", "hibernate");

  private Summary() {}

  public static void main(String[] args) throws IOException {
    Path json = Path.of(args.length > 0 ? args[0] : "target/jmh.json");
    System.out.println(markdown(json));
  }

  /** The tables, from the JSON results at {@code json} and the statement log beside them. */
  static String markdown(Path json) throws IOException {
    Map<Row, Map<String, double[]>> times = readTimes(json);
    Map<Row, Map<String, String[]>> counts = readCounts();
    StringBuilder out = new StringBuilder();
    out.append("| workload | db | Paranoid | JDBC | Hibernate | Paranoid ÷ JDBC"
        + " | Paranoid ÷ Hibernate |\n|---|---|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Row, Map<String, double[]>> entry : times.entrySet()) {
      Map<String, double[]> byImplementation = entry.getValue();
      double[] paranoid = byImplementation.get("paranoid");
      out.append("| ").append(entry.getKey().label()).append(" | ").append(entry.getKey().db)
          .append(" | ").append(time(paranoid))
          .append(" | ").append(time(byImplementation.get("jdbc")))
          .append(jdbcByForeignKey(byImplementation.get("jdbcByForeignKey")))
          .append(" | ").append(time(byImplementation.get("hibernate")))
          .append(" | ").append(ratio(paranoid, byImplementation.get("jdbc")))
          .append(ratioByForeignKey(paranoid, byImplementation.get("jdbcByForeignKey")))
          .append(" | ").append(ratio(paranoid, byImplementation.get("hibernate")))
          .append(" |\n");
    }
    out.append("\nTimes are JMH's average per operation ± its 99.9% error. JDBC runs Paranoid's"
        + " own statements by hand; for cascades the second JDBC figure (in brackets) is the"
        + " fewest statements a hand-written cascade needs.\n");
    StringBuilder speedUps = new StringBuilder();
    for (Map.Entry<Row, Map<String, double[]>> entry : times.entrySet()) {
      double[] oneByOne = entry.getValue().get("paranoidOneByOne");
      double[] batch = entry.getValue().get("paranoid");
      if (oneByOne != null && batch != null && batch[0] > 0) {
        speedUps.append("| ").append(entry.getKey().db).append(" | ").append(time(batch))
            .append(" | ").append(time(oneByOne)).append(" | ")
            .append(String.format(Locale.ROOT, "%.1f×", oneByOne[0] / batch[0])).append(" |\n");
      }
    }
    if (speedUps.length() > 0) {
      out.append("\n| db | createAll(1,000) | 1,000 × create, one transaction | faster by |\n"
          + "|---|---:|---:|---:|\n").append(speedUps);
    }
    out.append("\n| workload | db | Paranoid | Paranoid one by one | JDBC | JDBC by FK"
        + " | Hibernate |\n"
        + "|---|---|---|---|---|---|---|\n");
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<Row, Map<String, String[]>> entry : counts.entrySet()) {
      out.append("| ").append(entry.getKey().label()).append(" | ").append(entry.getKey().db);
      for (String implementation : IMPLEMENTATIONS) {
        String[] line = entry.getValue().get(implementation);
        out.append(" | ").append(line == null ? "" : statements(line));
        if (line != null && !line[8].isEmpty()) {
          warnings.add(entry.getKey().label() + ", " + entry.getKey().db + ", " + implementation
              + ": " + line[8]);
        }
      }
      out.append(" |\n");
    }
    out.append("\nStatements per operation, counted on one extra run after the measurement:"
        + " executed (an executeBatch counts once; rows added to batches in brackets) ·"
        + " getMetaData() calls · transaction calls (setAutoCommit, commit, rollback).\n");
    for (String warning : warnings) {
      out.append("\n**Warning**: ").append(warning).append('\n');
    }
    return out.toString();
  }

  /** The parameters other than the database, as one stable text ("children=10"). */
  static String paramsKey(Map<String, String> params) {
    StringBuilder key = new StringBuilder();
    for (Map.Entry<String, String> entry : new TreeMap<>(params).entrySet()) {
      if (!entry.getKey().equals("db")) {
        key.append(key.length() == 0 ? "" : ",").append(entry.getKey()).append('=')
            .append(entry.getValue());
      }
    }
    return key.length() == 0 ? "-" : key.toString();
  }

  /** A workload (benchmark class and its parameters) on one database. */
  private record Row(String benchmarkClass, String params, String db) implements Comparable<Row> {

    static Row of(String benchmark, String params, String db) {
      String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
      return new Row(type.substring(type.lastIndexOf('.') + 1), params, db);
    }

    String label() {
      return switch (benchmarkClass) {
        case "FindByPkBenchmark" -> "findByPk";
        case "PageWithProjectsBenchmark" -> "page of 100 users with their projects (include)";
        case "DestroyRestoreBenchmark" -> "soft destroy + restore by key";
        case "CreateBenchmark" -> "create";
        case "CascadeBenchmark" -> "cascade destroy + exact restore (user with "
            + params.replace("children=", "") + " projects)";
        case "BulkBenchmark" -> "bulk destroy + restore of 10,000 rows";
        default -> benchmarkClass + " " + params;
      };
    }

    private int order() {
      int position = List.of("FindByPkBenchmark", "PageWithProjectsBenchmark",
          "DestroyRestoreBenchmark", "CreateBenchmark", "CascadeBenchmark", "BulkBenchmark")
          .indexOf(benchmarkClass);
      return position < 0 ? 99 : position;
    }

    private int dbOrder() {
      int position = List.of("h2", "postgresql", "mariadb").indexOf(db);
      return position < 0 ? 9 : position;
    }

    @Override
    public int compareTo(Row other) {
      int byClass = Integer.compare(order(), other.order());
      if (byClass != 0) {
        return byClass;
      }
      int byParams = params.length() != other.params.length()
          ? Integer.compare(params.length(), other.params.length())
          : params.compareTo(other.params);
      return byParams != 0 ? byParams : Integer.compare(dbOrder(), other.dbOrder());
    }
  }

  /** Per workload and database, per implementation: {score, error} in microseconds. */
  @SuppressWarnings("unchecked")
  private static Map<Row, Map<String, double[]>> readTimes(Path json) throws IOException {
    Map<Row, Map<String, double[]>> times = new TreeMap<>();
    for (Object item : (List<Object>) Json.parse(Files.readString(json, StandardCharsets.UTF_8))) {
      Map<String, Object> result = (Map<String, Object>) item;
      String benchmark = (String) result.get("benchmark");
      Map<String, String> params = new LinkedHashMap<>();
      Object rawParams = result.get("params");
      if (rawParams instanceof Map<?, ?> map) {
        map.forEach((key, value) -> params.put((String) key, String.valueOf(value)));
      }
      Map<String, Object> metric = (Map<String, Object>) result.get("primaryMetric");
      double factor = toMicros((String) metric.get("scoreUnit"));
      double score = number(metric.get("score")) * factor;
      double error = number(metric.get("scoreError")) * factor;
      Row row = Row.of(benchmark, paramsKey(params), params.getOrDefault("db", "h2"));
      times.computeIfAbsent(row, r -> new LinkedHashMap<>())
          .put(benchmark.substring(benchmark.lastIndexOf('.') + 1), new double[] {score, error});
    }
    return times;
  }

  private static Map<Row, Map<String, String[]>> readCounts() {
    Map<Row, Map<String, String[]>> counts = new TreeMap<>();
    for (String[] line : StatementLog.read()) {
      if (line.length < 9) {
        continue;
      }
      Row row = Row.of(line[0], line[2], line[1]);
      counts.computeIfAbsent(row, r -> new LinkedHashMap<>())
          .put(line[0].substring(line[0].lastIndexOf('.') + 1), line);
    }
    return counts;
  }

  private static double number(Object value) {
    return value instanceof Double number ? number : Double.NaN;
  }

  private static double toMicros(String unit) {
    return switch (unit) {
      case "ns/op" -> 0.001;
      case "ms/op" -> 1_000;
      case "s/op" -> 1_000_000;
      default -> 1;
    };
  }

  private static String time(double[] scoreAndError) {
    if (scoreAndError == null) {
      return "";
    }
    String error = Double.isNaN(scoreAndError[1]) ? "" : " ± " + micros(scoreAndError[1]);
    return micros(scoreAndError[0]) + error;
  }

  private static String jdbcByForeignKey(double[] scoreAndError) {
    return scoreAndError == null ? "" : " (" + micros(scoreAndError[0]) + ")";
  }

  private static String micros(double value) {
    if (value >= 10_000) {
      return String.format(Locale.ROOT, "%,.1f ms", value / 1_000);
    }
    return String.format(Locale.ROOT, value >= 100 ? "%,.0f µs" : "%.1f µs", value);
  }

  private static String ratio(double[] paranoid, double[] other) {
    if (paranoid == null || other == null || other[0] == 0) {
      return "";
    }
    return String.format(Locale.ROOT, "%.2f", paranoid[0] / other[0]);
  }

  private static String ratioByForeignKey(double[] paranoid, double[] other) {
    String ratio = ratio(paranoid, other);
    return ratio.isEmpty() ? "" : " (" + ratio + ")";
  }

  private static String statements(String[] line) {
    String batched = line[5].equals("0") ? "" : " (" + line[5] + " rows batched)";
    return line[4] + batched + " · " + line[6] + " · " + line[7];
  }
}
