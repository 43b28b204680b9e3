package dev.paranoid.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.paranoid.bench.model.BenchProjectParanoidDao;
import dev.paranoid.bench.model.BenchUserParanoidDao;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;

/**
 * The database a benchmark runs on (JMH parameter {@code db}): embedded H2, or the PostgreSQL and
 * MariaDB servers of the integration tests (same {@code PARANOID_PG_URL}, {@code PARANOID_MARIADB_URL},
 * ... variables and defaults). On a server the benchmarks own one scratch schema or database,
 * {@code PARANOID_BENCH_SCRATCH} (default {@code paranoid_bench}), dropped and seeded again for
 * every trial.
 */
enum BenchDatabase {
  H2,
  POSTGRESQL,
  MARIADB;

  /** Users seeded with {@link #PROJECTS_PER_USER} projects each: keys 1 .. USERS. */
  static final int USERS = 1_000;
  static final int PROJECTS_PER_USER = 10;
  /** One more user, key USERS + 1, with this many projects: the large cascade. */
  static final long BIG_USER = USERS + 1;
  static final int BIG_USER_PROJECTS = 1_000;

  private static final String SCRATCH = scratchName();

  static BenchDatabase named(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  /** Paranoid's name for it, for the DDL of the benchmark tables. */
  Dialect dialect() {
    return switch (this) {
      case H2 -> Dialect.H2;
      case POSTGRESQL -> Dialect.POSTGRESQL;
      case MARIADB -> Dialect.MARIADB;
    };
  }

  String paramName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Why this database cannot be used now, or null when it can (H2 always can). */
  String unreachableReason() {
    if (this == H2) {
      return null;
    }
    try (Connection connection = connect(serverUrl())) {
      return connection.isValid(3) ? null : "connection not valid";
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  /** An empty scratch schema with the benchmark tables, seeded (see the constants above). */
  void createSeeded() {
    try {
      if (this != H2) {
        try (Connection connection = connect(serverUrl());
            Statement statement = connection.createStatement()) {
          if (this == POSTGRESQL) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCRATCH);
          } else {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH);
          }
        }
      }
      try (Connection connection = connect(url())) {
        try (Statement statement = connection.createStatement()) {
          for (String ddl : Schema.ddl(dialect(), BenchUserParanoidDao.TABLE_DEFINITION,
              BenchProjectParanoidDao.TABLE_DEFINITION)) {
            statement.execute(ddl);
          }
        }
        seed(connection);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not seed the " + this + " benchmark schema", e);
    }
  }

  /**
   * A small pool (the benchmarks run on one thread): auto-commit on for Paranoid and hand-written
   * JDBC, as a plain pool hands it out; off for Hibernate, which its documentation recommends
   * together with {@code hibernate.connection.provider_disables_autocommit}.
   */
  HikariDataSource pool(boolean autoCommit) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    config.setUsername(user());
    config.setPassword(password());
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(2);
    config.setAutoCommit(autoCommit);
    config.setPoolName("bench-" + paramName());
    return new HikariDataSource(config);
  }

  /** Drops the scratch schema (H2: the in-memory database ends with the JVM). */
  void dropScratch() {
    if (this == H2) {
      return;
    }
    try (Connection connection = connect(serverUrl());
        Statement statement = connection.createStatement()) {
      statement.execute(this == POSTGRESQL ? "DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE"
          : "DROP DATABASE IF EXISTS " + SCRATCH);
    } catch (SQLException e) {
      System.err.println("Could not drop the " + this + " benchmark schema: " + e.getMessage());
    }
  }

  /** Statements that refresh the planner's statistics after seeding. */
  private String analyze() {
    return switch (this) {
      case H2 -> "ANALYZE";
      case POSTGRESQL -> "ANALYZE bench_users, bench_projects";
      case MARIADB -> "ANALYZE TABLE bench_users, bench_projects";
    };
  }

  /** Set-based: a few INSERT ... SELECT over a number series, in one transaction. */
  private void seed(Connection connection) throws SQLException {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    connection.setAutoCommit(false);
    insert(connection, "INSERT INTO bench_users (name, created_at, updated_at)"
        + " SELECT CONCAT('user', u.x), ?, ? FROM " + series(BIG_USER, "u") + " ORDER BY u.x", now);
    insert(connection, "INSERT INTO bench_projects (title, user_id, created_at, updated_at)"
        + " SELECT CONCAT('project', u.x, '-', p.x), u.x, ?, ? FROM " + series(USERS, "u") + ", "
        + series(PROJECTS_PER_USER, "p") + " ORDER BY u.x, p.x", now);
    insert(connection, "INSERT INTO bench_projects (title, user_id, created_at, updated_at)"
        + " SELECT CONCAT('project', " + BIG_USER + ", '-', p.x), " + BIG_USER + ", ?, ? FROM "
        + series(BIG_USER_PROJECTS, "p") + " ORDER BY p.x", now);
    connection.commit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute(analyze());
    }
  }

  private static void insert(Connection connection, String sql, LocalDateTime now)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, now);
      statement.setObject(2, now);
      statement.executeUpdate();
    }
  }

  /** The numbers 1 .. {@code last} as a FROM item named {@code alias} with one column, x. */
  private String series(long last, String alias) {
    return switch (this) {
      case H2 -> "SYSTEM_RANGE(1, " + last + ") " + alias;
      case POSTGRESQL -> "generate_series(1, " + last + ") AS " + alias + "(x)";
      case MARIADB -> "(SELECT seq AS x FROM seq_1_to_" + last + ") " + alias;
    };
  }

  /** The URL of the scratch schema / database. */
  String url() {
    return switch (this) {
      case H2 -> "jdbc:h2:mem:" + SCRATCH + ";DB_CLOSE_DELAY=-1";
      case POSTGRESQL -> withQuery(serverUrl(), "currentSchema=" + SCRATCH);
      case MARIADB -> withDatabase(serverUrl(), SCRATCH);
    };
  }

  private String serverUrl() {
    return switch (this) {
      case H2 -> url();
      case POSTGRESQL -> env("PARANOID_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
      case MARIADB -> env("PARANOID_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    };
  }

  String user() {
    return switch (this) {
      case H2 -> "sa";
      case POSTGRESQL -> env("PARANOID_PG_USER", "postgres");
      case MARIADB -> env("PARANOID_MARIADB_USER", "root");
    };
  }

  private String password() {
    return switch (this) {
      case H2 -> "";
      case POSTGRESQL -> env("PARANOID_PG_PASSWORD", "");
      case MARIADB -> env("PARANOID_MARIADB_PASSWORD", "");
    };
  }

  private Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user());
    properties.setProperty("password", password());
    if (this == POSTGRESQL) {
      properties.setProperty("connectTimeout", "3");
    } else if (this == MARIADB) {
      properties.setProperty("connectTimeout", "3000");
    }
    return DriverManager.getConnection(url, properties);
  }

  private static String withQuery(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  /** {@code jdbc:mariadb://host:port/test?x} with the database replaced. */
  private static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String rest = query < 0 ? "" : url.substring(query);
    int slash = base.indexOf('/', base.indexOf("//") + 2);
    return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + rest;
  }

  private static String scratchName() {
    String name = env("PARANOID_BENCH_SCRATCH", "paranoid_bench");
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalStateException("PARANOID_BENCH_SCRATCH=" + name
          + " must be a lower-case SQL identifier (letters, digits, underscores)");
    }
    return name;
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
