package dev.paranoid.bench;

import dev.paranoid.bench.model.BenchProjectParanoidDao;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A bulk soft destroy and restore by condition: the 10,000 projects of users 1 .. 1,000, one
 * UPDATE each way.
 */
public class BulkBenchmark extends Workload {

  private static final long LAST_USER = BenchDatabase.USERS;

  @Benchmark
  public int paranoid() {
    return projects.destroy(BenchProjectParanoidDao.USER_ID.lte(LAST_USER))
        + projects.restore(BenchProjectParanoidDao.USER_ID.lte(LAST_USER));
  }

  @Benchmark
  public int jdbc() throws SQLException {
    return jdbc.destroyProjectsOfUsers(LAST_USER) + jdbc.restoreProjectsOfUsers(LAST_USER);
  }

  @Benchmark
  public int hibernate() {
    return hibernate.destroyProjectsOfUsers(LAST_USER)
        + hibernate.restoreProjectsOfUsers(LAST_USER);
  }
}
