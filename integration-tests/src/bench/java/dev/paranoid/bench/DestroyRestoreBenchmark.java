package dev.paranoid.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A soft destroy by key and the restore by key of one project (no cascade below it): two
 * statements, each its own transaction. Keys 1 .. 10,000 in turn.
 */
public class DestroyRestoreBenchmark extends Workload {

  private long next;

  private long nextId() {
    next = next % (BenchDatabase.USERS * BenchDatabase.PROJECTS_PER_USER) + 1;
    return next;
  }

  @Benchmark
  public boolean paranoid() {
    long id = nextId();
    return projects.destroyByPk(id) & projects.restoreByPk(id);
  }

  @Benchmark
  public boolean jdbc() throws SQLException {
    long id = nextId();
    return jdbc.destroyProject(id) & jdbc.restoreProject(id);
  }

  @Benchmark
  public boolean hibernate() {
    long id = nextId();
    return hibernate.destroyProject(id) & hibernate.restoreProject(id);
  }
}
