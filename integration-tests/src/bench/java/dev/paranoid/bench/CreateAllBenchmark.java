package dev.paranoid.bench;

import dev.paranoid.bench.hibernate.HibernateUser;
import dev.paranoid.bench.model.BenchUser;
import dev.paranoid.runtime.Transactions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 1,000 new users with their generated keys: {@code createAll} against the hand-written multi-row
 * INSERT (the same statement), against 1,000 {@code create} calls in one transaction, and against
 * Hibernate persisting 1,000 entities in one session.
 */
public class CreateAllBenchmark extends Workload {

  private static final int USERS = 1_000;

  private List<String> names;

  @Setup(Level.Trial)
  public void names() {
    names = new ArrayList<>(USERS);
    for (int i = 0; i < USERS; i++) {
      names.add("new user " + i);
    }
  }

  /** The users an iteration created go, so every iteration inserts into a table of one size. */
  @TearDown(Level.Iteration)
  public void deleteCreated() {
    execute("DELETE FROM bench_users WHERE name LIKE 'new user%'");
  }

  private List<BenchUser> drafts() {
    List<BenchUser> drafts = new ArrayList<>(USERS);
    for (String name : names) {
      drafts.add(new BenchUser(name));
    }
    return drafts;
  }

  @Benchmark
  public List<BenchUser> paranoid() {
    return users.createAll(drafts());
  }

  @Benchmark
  public List<BenchUser> paranoidOneByOne() {
    List<BenchUser> drafts = drafts();
    Transactions.run(dataSource(), () -> drafts.forEach(users::create));
    return drafts;
  }

  @Benchmark
  public List<BenchUser> jdbc() throws SQLException {
    return jdbc.createUsers(drafts());
  }

  @Benchmark
  public List<HibernateUser> hibernate() {
    return hibernate.createUsers(names);
  }
}
