package dev.paranoid.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.paranoid.bench.hibernate.HibernateOrm;
import dev.paranoid.bench.model.BenchProjectParanoidDao;
import dev.paranoid.bench.model.BenchUserParanoidDao;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One workload, three ways: each subclass has a benchmark method per implementation, named
 * {@code paranoid}, {@code jdbc...} and {@code hibernate}, doing the same thing. A trial (one
 * method on one database, in its own JVM) seeds a fresh schema and builds only the implementation
 * its method uses. After the measured iterations it runs the method once more through a counting
 * wrapper and logs the statements it sent ({@link StatementLog}), then checks that the rows are
 * back as seeded (every workload undoes its own changes, {@code create} aside).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class Workload {

  /** Set by {@link BenchMain} to the databases that answer. */
  @Param({"h2", "postgresql", "mariadb"})
  public String db;

  BenchDatabase database;
  BenchUserParanoidDao users;
  BenchProjectParanoidDao projects;
  HandWrittenJdbc jdbc;
  HibernateOrm hibernate;

  private String method;
  private HikariDataSource pool;
  private CountingDataSource counting;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    method = methodName(params);
    database = BenchDatabase.named(db);
    long start = System.nanoTime();
    database.createSeeded();
    long seeded = System.nanoTime();
    boolean orm = method.startsWith("hibernate");
    pool = database.pool(!orm);
    counting = new CountingDataSource(pool);
    if (orm) {
      hibernate = new HibernateOrm(counting, database == BenchDatabase.MARIADB);
    } else if (method.startsWith("jdbc")) {
      jdbc = new HandWrittenJdbc(counting, database);
    } else {
      users = new BenchUserParanoidDao(counting);
      projects = new BenchProjectParanoidDao(counting);
    }
    System.out.printf("[bench] %s: seeded in %d ms, %s ready in %d ms%s%n", database,
        (seeded - start) / 1_000_000, method, (System.nanoTime() - seeded) / 1_000_000,
        springPresent() ? "; spring-jdbc is on the class path" : "");
  }

  @TearDown(Level.Trial)
  public void countAndClose(BenchmarkParams params) throws ReflectiveOperationException {
    try {
      Method benchmark = getClass().getMethod(method);
      counting.start();
      try {
        benchmark.invoke(this);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("The counted run of " + method + " failed", e.getCause());
      } finally {
        CountingDataSource.Counts counts = counting.stop();
        StatementLog.append(params, counts, leftDeleted());
      }
    } finally {
      if (hibernate != null) {
        hibernate.close();
      }
      pool.close();
    }
  }

  /** What a workload left soft-deleted: "" when every seeded row is live again. */
  private String leftDeleted() {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT"
            + " (SELECT COUNT(*) FROM bench_users WHERE deleted_at IS NOT NULL),"
            + " (SELECT COUNT(*) FROM bench_projects WHERE deleted_at IS NOT NULL)")) {
      rows.next();
      long deletedUsers = rows.getLong(1);
      long deletedProjects = rows.getLong(2);
      return deletedUsers == 0 && deletedProjects == 0 ? ""
          : deletedUsers + " users and " + deletedProjects + " projects left soft-deleted";
    } catch (SQLException e) {
      return "could not check the rows: " + e.getMessage();
    }
  }

  /** The data source the implementations use (counting, around the pool). */
  DataSource dataSource() {
    return counting;
  }

  /** Runs {@code sql} on a connection of the pool, outside any measured operation. */
  void execute(String sql) {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static boolean springPresent() {
    try {
      Class.forName("org.springframework.jdbc.datasource.DataSourceUtils");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String methodName(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }
}
