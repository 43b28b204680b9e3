package dev.paranoid.bench;

import dev.paranoid.bench.hibernate.HibernateUser;
import dev.paranoid.bench.model.BenchUser;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * One insert with its generated key and managed timestamps returned (many at once: {@link
 * CreateAllBenchmark}).
 */
public class CreateBenchmark extends Workload {

  @Benchmark
  public BenchUser paranoid() {
    return users.create(new BenchUser("new user"));
  }

  @Benchmark
  public BenchUser jdbc() throws SQLException {
    return jdbc.createUser(new BenchUser("new user"));
  }

  @Benchmark
  public HibernateUser hibernate() {
    return hibernate.createUser("new user");
  }
}
