package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import dev.paranoid.it.JavadocSqlScenarios.DocRef;
import dev.paranoid.it.JavadocSqlScenarios.Scenario;
import dev.paranoid.it.model.Account;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.DocumentedCall;
import dev.paranoid.it.support.DocumentedSql;
import dev.paranoid.it.support.DocumentedSql.Documentation;
import dev.paranoid.it.support.SqlCapture;
import dev.paranoid.it.support.SqlShape;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §1, "the Javadoc SQL must be the SQL that runs": every public method of every DAO
 * generated from the integration entities runs, with real rows, on this run's database, and the
 * SQL it sends to the driver must be the statements its Javadoc shows (dialect quoting aside, see
 * {@link SqlShape}), cascades and includes included.
 *
 * <ul>
 *   <li>The Javadoc is read from the generated sources ({@link DocumentedSql}); what runs is
 *       recorded by a proxy data source ({@link SqlCapture}) around the call under test only,
 *       after its rows were stored.
 *   <li>Each call's statements must match the documented ones of its variant in documented order
 *       ({@link DocumentedCall}): the plain call's, or those under {@code or, with {@code force}:}
 *       when the boolean parameter is true. A query picks among the shapes {@code query()}
 *       documents, then each include's statements come from that include constant's Javadoc.
 *   <li>Coverage: the test fails if a DAO has no fixture, or a public method or include constant
 *       no scenario, so a new generated method cannot escape it.
 * </ul>
 *
 * All mismatches make one failure, one line each ({@code Dao.call [db]: ran <sql> ; documented
 * <statements>}); the run also writes them, with the documented statements that nothing sent
 * matched and the SQL each scenario sent, to {@code target/javadoc-sql/<database>.txt}.
 *
 * <p>The DAOs of the test-only entities (this module's test sources) are not covered: they are
 * generated from the same rules for special cases of other tests.
 */
class JavadocSqlTest extends DatabaseTestBase {

  private static final String MODEL_PACKAGE = "dev.paranoid.it.model";
  private static final String RUN = System.getProperty("paranoid.it.database", "h2");
  private static final Path BUILD =
      Path.of(System.getProperty("paranoid.it.buildDirectory", "target"));

  /** The generated DAO sources of the main (not test) entities. */
  private static final Path GENERATED = BUILD.resolve("generated-sources/annotations");

  private final Map<String, Map<String, Documentation>> docsByDao = new TreeMap<>();
  /** Documented statements that some statement sent matched, in a matching call or not. */
  private final Set<DocumentedCall.Statement> exercised = new HashSet<>();
  private final List<String> mismatches = new ArrayList<>();
  private final Map<String, String> sentByScenario = new TreeMap<>();

  private HikariDataSource pool;

  /** Closes the pool (before the database closes) and forgets the accounts' callback log. */
  @AfterEach
  void closePool() {
    if (pool != null) {
      pool.close();
    }
    synchronized (Account.EVENTS) {
      Account.EVENTS.clear();
    }
  }

  @Test
  void everyPublicDaoMethodSendsTheSqlItsJavadocShows() {
    Schema.create(db.dataSource(), DaoFixtures.tables(db.dialect()));
    // pooled: a new PostgreSQL connection costs tens of milliseconds, and there are thousands
    pool = new HikariDataSource();
    pool.setDataSource(db.dataSource());
    pool.setMaximumPoolSize(2);
    SqlCapture capture = new SqlCapture(pool);
    List<DaoFixture<?, ?>> fixtures = DaoFixtures.all(capture.dataSource(), clock, db);
    for (DaoFixture<?, ?> fixture : fixtures) {
      docsByDao.put(fixture.daoName(), DocumentedSql.read(sourceOf(fixture.daoClass())));
    }
    List<Scenario> scenarios = JavadocSqlScenarios.of(fixtures, this::flagName);
    List<String> coverage = coverage(fixtures, scenarios);

    List<String> notRun = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      if (!scenario.fixture().runsOn(db.dialect())) {
        notRun.add(scenario.fixture() + "." + scenario.call());
        continue;
      }
      // the rows in one transaction: one commit, not one per row (PostgreSQL syncs each)
      SqlCapture.Call call =
          Transactions.call(capture.dataSource(), () -> scenario.preparation().prepare());
      check(scenario, capture.during(call));
    }

    List<String> failures = new ArrayList<>(coverage);
    failures.addAll(mismatches.stream().sorted().collect(Collectors.toList()));
    writeReport(scenarios.size(), failures, notRun, capture.otherCalls());
    if (!failures.isEmpty()) {
      fail(failures.size() + " problems: the SQL these DAO calls send is not the SQL their Javadoc"
          + " shows (issue 11 §1); report in " + reportFile() + "\n" + String.join("\n", failures));
    }
  }

  /** Compares one recorded call with its documentation. */
  private void check(Scenario scenario, SqlCapture.Recording recording) {
    String name = scenario.fixture() + "." + scenario.call() + " [" + RUN + "]";
    List<List<List<DocumentedCall.Statement>>> slots = new ArrayList<>();
    for (DocRef ref : scenario.documentedBy()) {
      slots.add(alternatives(ref));
    }
    sentByScenario.put(scenario.fixture() + "." + scenario.call(), recording.statements().stream()
        .map(SqlShape::readable).collect(Collectors.joining(" | ")));
    if (recording.failure() != null) {
      mismatches.add(name + ": threw " + recording.failure() + " ; ran " + ran(recording, slots));
      return;
    }
    if (didNothing(recording.result())) {
      mismatches.add(name + ": returned " + recording.result() + ", so its rows do not exercise"
          + " the method (a fault of the scenario) ; ran " + ran(recording, slots));
    }
    slots.stream().flatMap(Collection::stream).flatMap(Collection::stream)
        .filter(statement -> recording.statements().stream().anyMatch(statement.shape()::matches))
        .forEach(exercised::add);
    if (DocumentedCall.match(recording.statements(), slots) == null) {
      mismatches.add(name + ": ran " + ran(recording, slots) + " ; documented "
          + documented(scenario.documentedBy(), slots));
    }
  }

  /** The variants a reference may be: one named variant, or all of them. */
  private List<List<DocumentedCall.Statement>> alternatives(DocRef ref) {
    Documentation doc = docsByDao.getOrDefault(ref.dao(), Map.of()).get(ref.member());
    List<List<DocumentedCall.Statement>> alternatives = new ArrayList<>();
    if (doc == null) {
      return alternatives;
    }
    for (Map.Entry<String, List<String>> variant : doc.variants().entrySet()) {
      if (ref.variant() == null || ref.variant().equals(variant.getKey())) {
        alternatives.add(statements(ref, variant.getKey(), variant.getValue()));
      }
    }
    return alternatives;
  }

  private static List<DocumentedCall.Statement> statements(
      DocRef ref, String variant, List<String> texts) {
    List<DocumentedCall.Statement> statements = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      statements.add(new DocumentedCall.Statement(
          ref.dao() + "." + ref.member(), variant, i, SqlShape.of(texts.get(i))));
    }
    return statements;
  }

  /** The statements sent, those documented nowhere in the call's documentation marked. */
  private static String ran(SqlCapture.Recording recording,
      List<List<List<DocumentedCall.Statement>>> slots) {
    if (recording.statements().isEmpty()) {
      return "(no statement)";
    }
    List<String> out = new ArrayList<>();
    for (String sent : recording.statements()) {
      boolean documented = slots.stream().flatMap(Collection::stream).flatMap(Collection::stream)
          .anyMatch(statement -> statement.shape().matches(sent));
      out.add((documented ? "" : "(undocumented) ") + SqlShape.readable(sent));
    }
    return String.join(" | ", out);
  }

  private static String documented(
      List<DocRef> refs, List<List<List<DocumentedCall.Statement>>> slots) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      DocRef ref = refs.get(i);
      List<String> variants = new ArrayList<>();
      for (List<DocumentedCall.Statement> alternative : slots.get(i)) {
        String variant = alternative.isEmpty() ? "" : alternative.get(0).variant();
        variants.add((variant.isEmpty() ? "" : "with " + variant + ": ") + "[" + alternative
            .stream().map(s -> s.shape().documented()).collect(Collectors.joining(" | ")) + "]");
      }
      out.add(ref.member() + (variants.isEmpty() ? " (nothing)"
          : " " + String.join(" or ", variants)));
    }
    return String.join(" ; then ", out);
  }

  /** A result that shows the call found or changed nothing: its rows were not what it needs. */
  private static boolean didNothing(Object result) {
    return Boolean.FALSE.equals(result)
        || (result instanceof Number && ((Number) result).longValue() == 0)
        || (result instanceof Optional && ((Optional<?>) result).isEmpty())
        || (result instanceof Collection && ((Collection<?>) result).isEmpty());
  }

  /** The variant a method's boolean parameter names when true: its name, as its source has it. */
  private String flagName(Method method) {
    Documentation doc = docsByDao.getOrDefault(method.getDeclaringClass().getSimpleName(), Map.of())
        .get(DocumentedSql.key(method));
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (types[i] == boolean.class && doc != null && i < doc.parameterNames().size()) {
        return doc.parameterNames().get(i);
      }
    }
    return "<boolean parameter>";
  }

  /**
   * Every generated DAO of the model has a fixture; every public method and include constant of
   * each has a scenario; the parser found the same public methods as reflection.
   */
  private List<String> coverage(List<DaoFixture<?, ?>> fixtures, List<Scenario> scenarios) {
    List<String> problems = new ArrayList<>();
    Set<String> withFixture =
        fixtures.stream().map(DaoFixture::daoName).collect(Collectors.toSet());
    for (String dao : generatedDaos()) {
      if (!withFixture.contains(dao)) {
        problems.add("coverage: " + dao + " has no fixture in DaoFixtures, so none of its methods"
            + " is checked; add one");
      }
    }
    Set<String> covered = new HashSet<>();
    for (Scenario scenario : scenarios) {
      for (DocRef ref : scenario.documentedBy()) {
        covered.add(ref.dao() + "." + ref.member());
      }
    }
    for (DaoFixture<?, ?> fixture : fixtures) {
      String dao = fixture.daoName();
      Set<String> documentedMethods = docsByDao.get(dao).keySet().stream()
          .filter(key -> key.contains("(")).collect(Collectors.toCollection(TreeSet::new));
      Set<String> publicMethods = new TreeSet<>();
      for (Method method : fixture.daoClass().getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
          publicMethods.add(DocumentedSql.key(method));
        }
      }
      if (!documentedMethods.equals(publicMethods)) {
        problems.add("coverage: " + dao + ": the Javadoc parser found the public methods "
            + documentedMethods + " but reflection finds " + publicMethods);
      }
      for (String method : publicMethods) {
        if (!covered.contains(dao + "." + method)) {
          problems.add("coverage: " + dao + "." + method + " has no scenario in"
              + " JavadocSqlScenarios; add one");
        }
      }
      for (DaoFixture.NamedAssociation<?> association : fixture.associations()) {
        if (!covered.contains(dao + "." + association.name())) {
          problems.add("coverage: include " + dao + "." + association.name() + " has no scenario");
        }
      }
    }
    return problems;
  }

  /** The simple names of the DAOs generated from the model package. */
  private static List<String> generatedDaos() {
    Path dir = GENERATED.resolve(MODEL_PACKAGE.replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith("ParanoidDao.java"))
          .map(name -> name.substring(0, name.length() - ".java".length()))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("No generated DAO sources in " + dir
          + " (set paranoid.it.buildDirectory to the module's build directory)", e);
    }
  }

  private static Path sourceOf(Class<?> dao) {
    return GENERATED.resolve(dao.getName().replace('.', '/') + ".java");
  }

  private static Path reportFile() {
    return BUILD.resolve("javadoc-sql").resolve(RUN + ".txt");
  }

  /** The run's findings, for people: mismatches, unexercised statements, what was ignored. */
  private void writeReport(int scenarioCount, List<String> failures, List<String> notRun,
      Map<String, Integer> otherCalls) {
    List<String> lines = new ArrayList<>();
    lines.add("# JavadocSqlTest on " + RUN + ": " + scenarioCount + " scenarios, "
        + failures.size() + " problems");
    lines.add("");
    lines.add("## Problems");
    lines.addAll(failures);
    lines.add("");
    lines.add("## Documented statements that no statement sent by any scenario matched");
    Map<String, Set<String>> placeholders = new TreeMap<>();
    for (Map.Entry<String, Map<String, Documentation>> dao : docsByDao.entrySet()) {
      for (Documentation doc : dao.getValue().values()) {
        for (Map.Entry<String, List<String>> variant : doc.variants().entrySet()) {
          DocRef ref = new DocRef(dao.getKey(), doc.key(), variant.getKey());
          for (DocumentedCall.Statement statement
              : statements(ref, variant.getKey(), variant.getValue())) {
            for (String placeholder : statement.shape().placeholders()) {
              placeholders.computeIfAbsent(placeholder, p -> new TreeSet<>())
                  .add(dao.getKey() + "." + doc.key());
            }
            if (!exercised.contains(statement)) {
              lines.add(statement.owner() + (variant.getKey().isEmpty() ? ""
                  : " with " + variant.getKey()) + ": " + statement.shape().documented());
            }
          }
        }
      }
    }
    lines.add("");
    lines.add("## Placeholders met in the Javadoc (matched as wildcards)");
    placeholders.forEach((placeholder, owners) -> lines.add(
        placeholder + " in " + owners.size() + " members, e.g. " + owners.iterator().next()));
    lines.add("");
    lines.add("## Not run on " + RUN);
    lines.addAll(notRun);
    lines.add("");
    lines.add("## Ignored while recording: connection calls that are not SQL of the method");
    lines.add(new TreeMap<>(otherCalls).toString());
    lines.add("");
    lines.add("## Sent SQL per scenario (identifier quotes removed)");
    sentByScenario.forEach((scenario, sql) -> lines.add(scenario + ": " + sql));
    try {
      Files.createDirectories(reportFile().getParent());
      Files.write(reportFile(), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
