package dev.paranoid.it.support;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.paranoid.runtime.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The servers the suite runs on, from environment variables with the defaults of the development
 * machines:
 *
 * <pre>
 * PARANOID_PG_URL       jdbc:postgresql://127.0.0.1:5432/test   PARANOID_PG_USER      postgres
 * PARANOID_MARIADB_URL  jdbc:mariadb://127.0.0.1:3306/test      PARANOID_MARIADB_USER root
 * PARANOID_MYSQL_URL    jdbc:mysql://127.0.0.1:3306/test        PARANOID_MYSQL_USER   root
 * PARANOID_PG_PASSWORD, PARANOID_MARIADB_PASSWORD, PARANOID_MYSQL_PASSWORD   (empty)
 * </pre>
 *
 * The {@code mysql-driver} run uses MySQL Connector/J; its default URL is the MariaDB server,
 * which is what CI checks (there is no MySQL server there). Point {@code PARANOID_MYSQL_URL} at a
 * MySQL server to run the suite on one.
 *
 * <p>Each test gets a fresh schema (PostgreSQL) or database (MariaDB/MySQL) named
 * {@code paranoid_it}, or {@code PARANOID_SCRATCH} when set.
 * When a server cannot be reached its tests are skipped with a banner on stderr, unless
 * {@code PARANOID_REQUIRE_DATABASES} is set, which turns the skip into a failure.
 */
final class ServerDatabases {

  /**
   * The scratch schema / database; {@code PARANOID_SCRATCH} overrides it so that several runs
   * (developers, helpers, CI jobs) can share one server without dropping each other's tables.
   */
  private static final String SCRATCH = scratchName();
  private static final Map<Run, String> UNREACHABLE = new EnumMap<>(Run.class);
  private static final Map<Run, Boolean> CHECKED = new EnumMap<>(Run.class);

  /** One surefire execution: a database and the driver that talks to it. */
  enum Run {
    H2(Dialect.H2),
    POSTGRESQL(Dialect.POSTGRESQL),
    MARIADB(Dialect.MARIADB),
    /** MySQL Connector/J; the server is MariaDB unless PARANOID_MYSQL_URL names a MySQL one. */
    MYSQL_DRIVER(Dialect.MARIADB);

    final Dialect dialect;

    Run(Dialect dialect) {
      this.dialect = dialect;
    }
  }

  private ServerDatabases() {}

  /** The run: system property {@code paranoid.it.database}. */
  static Run run() {
    String name = System.getProperty("paranoid.it.database", "h2").trim().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "h2" -> Run.H2;
      case "postgresql", "postgres", "pg" -> Run.POSTGRESQL;
      case "mariadb", "mysql" -> Run.MARIADB;
      case "mysql-driver" -> Run.MYSQL_DRIVER;
      default -> throw new IllegalStateException("paranoid.it.database=" + name
          + " is not one of h2, postgresql, mariadb, mysql-driver");
    };
  }

  /** The database (dialect) of this run. */
  static Dialect configured() {
    return run().dialect;
  }

  /** An empty scratch schema on the server, or a skipped (or failed) test when it is down. */
  static synchronized DataSource fresh(Run run) {
    requireReachable(run);
    try {
      switch (run) {
        case POSTGRESQL -> {
          run(postgres(env("PARANOID_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test")),
              "DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE", "CREATE SCHEMA " + SCRATCH);
          PGSimpleDataSource scratch = postgres(env("PARANOID_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
          scratch.setCurrentSchema(SCRATCH);
          return scratch;
        }
        case MARIADB -> {
          String url = mariadbUrl();
          run(mariadb(url), "DROP DATABASE IF EXISTS " + SCRATCH, "CREATE DATABASE " + SCRATCH);
          return mariadb(withDatabase(url, SCRATCH));
        }
        case MYSQL_DRIVER -> {
          String url = mysqlUrl();
          run(mysql(url), "DROP DATABASE IF EXISTS " + SCRATCH, "CREATE DATABASE " + SCRATCH);
          return mysql(withDatabase(url, SCRATCH));
        }
        default -> throw new IllegalStateException(run + " has no server");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not reset the " + run + " scratch schema", e);
    }
  }

  /**
   * Why the configured server cannot be used, or null when it can (H2 always can). Prints the
   * skip banner once. With PARANOID_REQUIRE_DATABASES set this is always null, so that the tests
   * run and fail on the unreachable server.
   */
  static synchronized String whyUnusable() {
    Run run = run();
    if (run == Run.H2 || required()) {
      return null;
    }
    probe(run);
    return UNREACHABLE.get(run);
  }

  private static void requireReachable(Run run) {
    probe(run);
    String problem = UNREACHABLE.get(run);
    if (problem != null) {
      if (required()) {
        throw new IllegalStateException(run + " is required (PARANOID_REQUIRE_DATABASES) but"
            + " unreachable: " + problem);
      }
      Assumptions.abort(run + " unreachable, test skipped: " + problem);
    }
  }

  private static void probe(Run run) {
    if (!CHECKED.containsKey(run)) {
      CHECKED.put(run, true);
      DataSource probe = switch (run) {
        case POSTGRESQL -> postgres(env("PARANOID_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        case MYSQL_DRIVER -> mysql(mysqlUrl());
        default -> mariadb(mariadbUrl());
      };
      try (Connection connection = probe.getConnection()) {
        connection.isValid(3);
      } catch (SQLException e) {
        UNREACHABLE.put(run, e.getMessage());
        if (!required()) {
          System.err.println("\n**************************************************************");
          System.err.println("*** " + run + " tests SKIPPED: server unreachable (" + e.getMessage() + ")");
          System.err.println("*** set PARANOID_REQUIRE_DATABASES=1 to make this a failure");
          System.err.println("**************************************************************\n");
        }
      }
    }
  }

  private static boolean required() {
    String value = System.getenv("PARANOID_REQUIRE_DATABASES");
    return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
  }

  private static PGSimpleDataSource postgres(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setUser(env("PARANOID_PG_USER", "postgres"));
    dataSource.setPassword(env("PARANOID_PG_PASSWORD", ""));
    dataSource.setConnectTimeout(3);
    // seeding inserts thousands of rows in batches: one multi-row INSERT per batch, not per row
    dataSource.setReWriteBatchedInserts(true);
    return dataSource;
  }

  private static MariaDbDataSource mariadb(String url) {
    try {
      MariaDbDataSource dataSource = new MariaDbDataSource(
          url + (url.contains("?") ? "&" : "?") + "connectTimeout=3000");
      dataSource.setUser(env("PARANOID_MARIADB_USER", "root"));
      dataSource.setPassword(env("PARANOID_MARIADB_PASSWORD", ""));
      return dataSource;
    } catch (SQLException e) {
      throw new IllegalStateException("Bad PARANOID_MARIADB_URL " + url, e);
    }
  }

  private static String mariadbUrl() {
    return env("PARANOID_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
  }

  private static String mysqlUrl() {
    return env("PARANOID_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/test");
  }

  private static MysqlDataSource mysql(String url) {
    MysqlDataSource dataSource = new MysqlDataSource();
    // seeding inserts thousands of rows in batches: one multi-row INSERT per batch, not per row
    dataSource.setURL(url + (url.contains("?") ? "&" : "?")
        + "connectTimeout=3000&rewriteBatchedStatements=true");
    dataSource.setUser(env("PARANOID_MYSQL_USER", "root"));
    dataSource.setPassword(env("PARANOID_MYSQL_PASSWORD", ""));
    return dataSource;
  }

  /** {@code jdbc:mariadb://host:port/test?x} (or {@code jdbc:mysql:}) with the database replaced. */
  private static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String rest = query < 0 ? "" : url.substring(query);
    int slash = base.indexOf('/', base.indexOf("//") + 2);
    return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + rest;
  }

  private static void run(DataSource dataSource, String... statements) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static String scratchName() {
    String name = env("PARANOID_SCRATCH", "paranoid_it");
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalStateException("PARANOID_SCRATCH=" + name
          + " must be a lower-case SQL identifier (letters, digits, underscores)");
    }
    return name;
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
