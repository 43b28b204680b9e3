package dev.paranoid.bench;

import dev.paranoid.it.model.UserParanoidDao;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A user's cascading soft destroy and its restore (user, stories, reviews: three set-based
 * statements each way), with few and with many children.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CascadeBenchmark {

  @Param({"10", "1000"})
  public int stories;

  private DataSource dataSource;
  private UserParanoidDao userDao;

  @Setup(Level.Trial)
  public void seed() {
    dataSource = BenchDatabase.create();
    BenchDatabase.seed(dataSource, 1, stories, 2);
    userDao = new UserParanoidDao(dataSource);
  }

  @TearDown(Level.Trial)
  public void close() {
    BenchDatabase.shutdown(dataSource);
  }

  @Benchmark
  public boolean destroyAndRestore() {
    return userDao.destroyByPk(1L) & userDao.restoreByPk(1L);
  }
}
