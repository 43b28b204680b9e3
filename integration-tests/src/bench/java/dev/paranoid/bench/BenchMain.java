package dev.paranoid.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the comparative benchmarks with JMH's own command-line options, then prints the Markdown
 * summary ({@link Summary}, also written to {@code target/bench/summary.md}). What it adds to
 * {@code org.openjdk.jmh.Main}:
 *
 * <ul>
 *   <li>the databases: {@code -p db=...} as given, else H2, PostgreSQL and MariaDB; a server that
 *       does not answer is left out with one line saying so, not a failure;
 *   <li>the benchmarks of this package unless a pattern is given;
 *   <li>JSON results in {@code target/jmh.json} unless {@code -rf}/{@code -rff} say otherwise.
 * </ul>
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions command = new CommandLineOptions(args);
    if (command.shouldHelp() || command.shouldList() || command.shouldListWithParams()
        || command.shouldListProfilers() || command.shouldListResultFormats()) {
      Main.main(args);
      return;
    }
    List<String> databases = reachable(command.getParameter("db").hasValue()
        ? List.copyOf(command.getParameter("db").get())
        : List.of("h2", "postgresql", "mariadb"));
    if (databases.isEmpty()) {
      System.out.println("No database to run on.");
      return;
    }
    leaveSpringOffForks();
    StatementLog.clear();
    Path folder = StatementLog.folder().toAbsolutePath();
    List<String> jvmArgs = new ArrayList<>(command.getJvmArgsAppend().orElse(List.of()));
    jvmArgs.add("-Dparanoid.bench.out=" + folder);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(command);
    options.param("db", databases.toArray(String[]::new));
    options.jvmArgsAppend(jvmArgs.toArray(String[]::new));
    if (command.getIncludes().isEmpty()) {
      options.include("dev\\.paranoid\\.bench\\.\\w+Benchmark\\.");
    }
    ResultFormatType format = command.getResultFormat().orElse(ResultFormatType.JSON);
    Path results = Path.of(command.getResult().orElse("target/jmh.json")).toAbsolutePath();
    options.resultFormat(format);
    options.result(results.toString());

    Collection<?> done = new Runner(options.build()).run();
    for (String database : databases) {
      BenchDatabase.named(database).dropScratch();
    }
    if (done.isEmpty()) {
      return;
    }
    if (format != ResultFormatType.JSON) {
      System.out.println("No summary: it reads JSON results (-rf json).");
      return;
    }
    String markdown = Summary.markdown(results);
    Files.writeString(folder.resolve("summary.md"), markdown, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(markdown);
    System.out.println("(Markdown in " + folder.resolve("summary.md") + "; the SQL of each"
        + " counted operation in " + folder.resolve(StatementLog.SQL_FILE) + ")");
  }

  /**
   * The forks run without Spring, which the integration tests put on this class path: with
   * spring-jdbc present every Paranoid call takes its connection through Spring's transaction
   * synchronization, a cost a plain JDBC application does not pay (and JDBC and Hibernate here do
   * not pay either). JMH builds the forks' class path from {@code java.class.path}.
   */
  private static void leaveSpringOffForks() {
    String separator = System.getProperty("path.separator");
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(separator)) {
      if (!entry.replace('\\', '/').contains("/org/springframework/")) {
        kept.add(entry);
      }
    }
    System.setProperty("java.class.path", String.join(separator, kept));
  }

  /** The databases that answer; a line for each that does not. */
  private static List<String> reachable(List<String> requested) {
    List<String> reachable = new ArrayList<>();
    for (String name : requested) {
      BenchDatabase database = BenchDatabase.named(name);
      String problem = database.unreachableReason();
      if (problem == null) {
        reachable.add(database.paramName());
      } else {
        System.out.println("*** " + database + " unreachable, its benchmarks are skipped: "
            + problem);
      }
    }
    return reachable;
  }
}
