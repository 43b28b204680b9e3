package dev.paranoid.bench;

import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.Team;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.runtime.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 database with the model's tables, seeded with set-based SQL. */
final class BenchDatabase {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private BenchDatabase() {}

  static DataSource create() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:bench" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    Schema.create(dataSource, Team.TABLE_DEFINITION, UserParanoidDao.TABLE_DEFINITION,
        ProjectParanoidDao.TABLE_DEFINITION, StoryParanoidDao.TABLE_DEFINITION,
        ReviewParanoidDao.TABLE_DEFINITION);
    return dataSource;
  }

  /** {@code users} users, each with {@code stories} stories of {@code reviews} reviews. */
  static void seed(DataSource dataSource, int users, int stories, int reviews) {
    execute(dataSource,
        "INSERT INTO users (username) SELECT CONCAT('u', X) FROM SYSTEM_RANGE(1, " + users + ")",
        "INSERT INTO stories (title, created_by) SELECT CONCAT('s', u.id, '-', k.X), u.id"
            + " FROM users u, SYSTEM_RANGE(1, " + stories + ") k",
        "INSERT INTO reviews (body, stars, story_id, created_by) SELECT CONCAT('r', k.X), 5, s.id,"
            + " s.created_by FROM stories s, SYSTEM_RANGE(1, " + reviews + ") k");
  }

  static void shutdown(DataSource dataSource) {
    execute(dataSource, "SHUTDOWN");
  }

  private static void execute(DataSource dataSource, String... statements) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
