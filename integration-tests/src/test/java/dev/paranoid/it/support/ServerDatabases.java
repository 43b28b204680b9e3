package dev.paranoid.it.support;

import dev.paranoid.runtime.jdbc.Dialect;
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
 * The PostgreSQL and MariaDB servers the suite runs on, from environment variables with the
 * defaults of the development machines:
 *
 * <pre>
 * PARANOID_PG_URL       jdbc:postgresql://127.0.0.1:5432/test   PARANOID_PG_USER      postgres
 * PARANOID_MARIADB_URL  jdbc:mariadb://127.0.0.1:3306/test      PARANOID_MARIADB_USER root
 * PARANOID_PG_PASSWORD, PARANOID_MARIADB_PASSWORD               (empty)
 * </pre>
 *
 * Each test gets a fresh schema (PostgreSQL) or database (MariaDB) named {@code paranoid_it}, or
 * {@code PARANOID_SCRATCH} when set.
 * When a server cannot be reached its tests are skipped with a banner on stderr, unless
 * {@code PARANOID_REQUIRE_DATABASES} is set, which turns the skip into a failure.
 */
final class ServerDatabases {

  /**
   * The scratch schema / database; {@code PARANOID_SCRATCH} overrides it so that several runs
   * (developers, helpers, CI jobs) can share one server without dropping each other's tables.
   */
  private static final String SCRATCH = scratchName();
  private static final Map<Dialect, String> UNREACHABLE = new EnumMap<>(Dialect.class);
  private static final Map<Dialect, Boolean> CHECKED = new EnumMap<>(Dialect.class);

  private ServerDatabases() {}

  /** The database of this run: system property {@code paranoid.it.database}. */
  static Dialect configured() {
    String name = System.getProperty("paranoid.it.database", "h2").trim().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "h2" -> Dialect.H2;
      case "postgresql", "postgres", "pg" -> Dialect.POSTGRESQL;
      case "mariadb", "mysql" -> Dialect.MARIADB;
      default -> throw new IllegalStateException(
          "paranoid.it.database=" + name + " is not one of h2, postgresql, mariadb");
    };
  }

  /** An empty scratch schema on the server, or a skipped (or failed) test when it is down. */
  static synchronized DataSource fresh(Dialect dialect) {
    requireReachable(dialect);
    try {
      if (dialect == Dialect.POSTGRESQL) {
        run(postgres(env("PARANOID_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test")),
            "DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE", "CREATE SCHEMA " + SCRATCH);
        PGSimpleDataSource scratch = postgres(env("PARANOID_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        scratch.setCurrentSchema(SCRATCH);
        return scratch;
      }
      String url = env("PARANOID_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
      run(mariadb(url), "DROP DATABASE IF EXISTS " + SCRATCH, "CREATE DATABASE " + SCRATCH);
      return mariadb(withDatabase(url, SCRATCH));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not reset the " + dialect + " scratch schema", e);
    }
  }

  /**
   * Why the configured server cannot be used, or null when it can (H2 always can). Prints the
   * skip banner once. With PARANOID_REQUIRE_DATABASES set this is always null, so that the tests
   * run and fail on the unreachable server.
   */
  static synchronized String whyUnusable() {
    Dialect dialect = configured();
    if (dialect == Dialect.H2 || required()) {
      return null;
    }
    probe(dialect);
    return UNREACHABLE.get(dialect);
  }

  private static void requireReachable(Dialect dialect) {
    probe(dialect);
    String problem = UNREACHABLE.get(dialect);
    if (problem != null) {
      if (required()) {
        throw new IllegalStateException(dialect + " is required (PARANOID_REQUIRE_DATABASES) but"
            + " unreachable: " + problem);
      }
      Assumptions.abort(dialect + " unreachable, test skipped: " + problem);
    }
  }

  private static void probe(Dialect dialect) {
    if (!CHECKED.containsKey(dialect)) {
      CHECKED.put(dialect, true);
      DataSource probe = dialect == Dialect.POSTGRESQL
          ? postgres(env("PARANOID_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"))
          : mariadb(env("PARANOID_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"));
      try (Connection connection = probe.getConnection()) {
        connection.isValid(3);
      } catch (SQLException e) {
        UNREACHABLE.put(dialect, e.getMessage());
        if (!required()) {
          System.err.println("\n**************************************************************");
          System.err.println("*** " + dialect + " tests SKIPPED: server unreachable (" + e.getMessage() + ")");
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

  /** {@code jdbc:mariadb://host:port/test?x} with the database replaced. */
  private static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String rest = query < 0 ? "" : url.substring(query);
    int slash = base.indexOf('/', "jdbc:mariadb://".length());
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
