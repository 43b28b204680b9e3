package dev.paranoid.bench;

import dev.paranoid.bench.hibernate.HibernateUser;
import dev.paranoid.bench.model.BenchUser;
import dev.paranoid.bench.model.BenchUserParanoidDao;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A page of 100 live users in key order with their live projects (one include level, 10 each):
 * the ten pages of the seeded users in turn.
 */
public class PageWithProjectsBenchmark extends Workload {

  static final int PAGE = 100;

  private int page;

  private int nextOffset() {
    page = (page + 1) % (BenchDatabase.USERS / PAGE);
    return page * PAGE;
  }

  @Benchmark
  public List<BenchUser> paranoid() {
    return users.query()
        .include(BenchUserParanoidDao.PROJECTS)
        .limit(PAGE)
        .offset(nextOffset())
        .list();
  }

  @Benchmark
  public List<BenchUser> jdbc() throws SQLException {
    return jdbc.pageWithProjects(PAGE, nextOffset());
  }

  @Benchmark
  public List<HibernateUser> hibernate() {
    return hibernate.pageWithProjects(PAGE, nextOffset());
  }
}
