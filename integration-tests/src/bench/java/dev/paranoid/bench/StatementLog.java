package dev.paranoid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The statement counts of each trial's counted run, appended by the trial's JVM to
 * {@code statements.tsv} (one line per trial) and {@code statements.sql.txt} (the SQL it
 * prepared) in the output folder, {@code paranoid.bench.out} (default {@code target/bench}).
 */
final class StatementLog {

  static final String COUNTS_FILE = "statements.tsv";
  static final String SQL_FILE = "statements.sql.txt";

  private StatementLog() {}

  static Path folder() {
    return Path.of(System.getProperty("paranoid.bench.out", "target/bench"));
  }

  /**
   * One trial's line: benchmark, database, other parameters, statements prepared, executed,
   * batched rows, metadata calls, transaction calls, and what the rows check found ("" if fine).
   */
  static void append(BenchmarkParams params, CountingDataSource.Counts counts, String check) {
    Map<String, String> values = new TreeMap<>();
    for (String key : params.getParamsKeys()) {
      values.put(key, params.getParam(key));
    }
    String line = String.join("\t", params.getBenchmark(), values.getOrDefault("db", "h2"),
        Summary.paramsKey(values),
        Integer.toString(counts.prepared), Integer.toString(counts.executed),
        Integer.toString(counts.batchedRows), Integer.toString(counts.metadata),
        Integer.toString(counts.transactionCalls), check) + "\n";
    StringBuilder sql = new StringBuilder("== ").append(params.getBenchmark()).append(' ')
        .append(values).append('\n');
    for (String statement : counts.sql) {
      sql.append("   ").append(abbreviate(statement)).append('\n');
    }
    write(COUNTS_FILE, line);
    write(SQL_FILE, sql.toString());
    if (!check.isEmpty()) {
      System.out.println("WARNING " + params.getBenchmark() + " " + values + ": " + check);
    }
  }

  /** The lines of the counts file, split at tabs; empty when there is none. */
  static List<String[]> read() {
    Path file = folder().resolve(COUNTS_FILE);
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      List<String[]> lines = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lines.add(line.split("\t", -1));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void clear() throws IOException {
    Files.createDirectories(folder());
    Files.deleteIfExists(folder().resolve(COUNTS_FILE));
    Files.deleteIfExists(folder().resolve(SQL_FILE));
  }

  /**
   * Long runs of placeholders (IN lists) shortened to their count. A plain scan: a regular
   * expression over a 1,000-placeholder list overflows the stack.
   */
  private static String abbreviate(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int at = 0;
    while (at < sql.length()) {
      if (sql.charAt(at) != '?') {
        out.append(sql.charAt(at++));
        continue;
      }
      int end = at;
      int count = 0;
      int lastPlaceholder = at;
      while (end < sql.length() && "?, ".indexOf(sql.charAt(end)) >= 0) {
        if (sql.charAt(end) == '?') {
          count++;
          lastPlaceholder = end;
        }
        end++;
      }
      if (count > 3) {
        out.append("?, ... (").append(count).append(" parameters)");
      } else {
        out.append(sql, at, lastPlaceholder + 1);
      }
      at = lastPlaceholder + 1;
    }
    return out.toString();
  }

  private static synchronized void write(String name, String text) {
    try {
      Files.createDirectories(folder());
      Files.writeString(folder().resolve(name), text, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
