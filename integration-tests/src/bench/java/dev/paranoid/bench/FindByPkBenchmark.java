package dev.paranoid.bench;

import dev.paranoid.bench.hibernate.HibernateUser;
import dev.paranoid.bench.model.BenchUser;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/** One live user by key (keys 1 .. 1,000 in turn). */
public class FindByPkBenchmark extends Workload {

  private long next;

  private long nextId() {
    next = next % BenchDatabase.USERS + 1;
    return next;
  }

  @Benchmark
  public BenchUser paranoid() {
    return users.findByPk(nextId()).orElseThrow();
  }

  @Benchmark
  public BenchUser jdbc() throws SQLException {
    return jdbc.findUser(nextId());
  }

  @Benchmark
  public HibernateUser hibernate() {
    return hibernate.findUser(nextId());
  }
}
