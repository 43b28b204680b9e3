package dev.paranoid.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * A user's cascading soft destroy and its exact restore (the projects deleted with it come back),
 * for a user with 10 projects (users 1 .. 1,000 in turn) and for the one with 1,000. Besides
 * Paranoid's own statements written by hand ({@code jdbc}), {@code jdbcByForeignKey} is the
 * cascade with the fewest statements a careful hand-written layer would send.
 */
public class CascadeBenchmark extends Workload {

  @Param({"10", "1000"})
  public int children;

  private long next;

  private long nextId() {
    if (children == BenchDatabase.BIG_USER_PROJECTS) {
      return BenchDatabase.BIG_USER;
    }
    next = next % BenchDatabase.USERS + 1;
    return next;
  }

  @Benchmark
  public boolean paranoid() {
    long id = nextId();
    return users.destroyByPk(id) & users.restoreByPk(id);
  }

  @Benchmark
  public boolean jdbc() throws SQLException {
    long id = nextId();
    return jdbc.destroyUserCascading(id) & jdbc.restoreUserCascading(id);
  }

  @Benchmark
  public boolean jdbcByForeignKey() throws SQLException {
    long id = nextId();
    return jdbc.destroyUserByForeignKey(id) & jdbc.restoreUserByForeignKey(id);
  }

  @Benchmark
  public boolean hibernate() {
    long id = nextId();
    return hibernate.destroyUserCascading(id) & hibernate.restoreUserCascading(id);
  }
}
