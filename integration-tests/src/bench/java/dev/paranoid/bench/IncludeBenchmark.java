package dev.paranoid.bench;

import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Loading users with their stories and the stories' reviews: Paranoid's batched include (three
 * statements, whatever the number of users) against the loop it replaces (one statement per
 * user and per story).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncludeBenchmark {

  @Param({"100", "1000"})
  public int users;

  private DataSource dataSource;
  private UserParanoidDao userDao;
  private StoryParanoidDao storyDao;
  private ReviewParanoidDao reviewDao;

  @Setup(Level.Trial)
  public void seed() {
    dataSource = BenchDatabase.create();
    BenchDatabase.seed(dataSource, users, 3, 2);
    userDao = new UserParanoidDao(dataSource);
    storyDao = new StoryParanoidDao(dataSource);
    reviewDao = new ReviewParanoidDao(dataSource);
  }

  @TearDown(Level.Trial)
  public void close() {
    BenchDatabase.shutdown(dataSource);
  }

  @Benchmark
  public List<User> nestedInclude() {
    return userDao.query()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS))
        .list();
  }

  @Benchmark
  public void nPlusOneLoop(Blackhole sink) {
    for (User user : userDao.findAll()) {
      for (Story story : storyDao.findAll(StoryParanoidDao.CREATED_BY.eq(user.getId()))) {
        List<Review> reviews = reviewDao.findAll(ReviewParanoidDao.STORY_ID.eq(story.getId()));
        sink.consume(reviews);
      }
    }
  }
}
