package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.paranoid.it.model.Moment;
import dev.paranoid.it.model.MomentParanoidDao;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MySQL Connector/J ({@code jdbc:mysql:} URLs) against the MariaDB server, in the MariaDB run
 * only (skipped like it when the server is unreachable). The driver takes MariaDB's version
 * string "5.5.5-10.x" for a MySQL 5.5, which had no fractional seconds, and drops the fraction of
 * a LocalDateTime or Timestamp it is given; Paranoid must keep the microseconds anyway. The tables
 * are made through MariaDB Connector/J (the suite's schema) and checked with it, independently.
 */
class MySqlDriverTimeTest extends DatabaseTestBase {

  private MysqlDataSource mysql;

  @BeforeEach
  void connectWithMySqlConnectorJ() {
    Assumptions.assumeTrue(TestDatabase.configuredDialect() == Dialect.MARIADB,
        "MySQL Connector/J is tried against the MariaDB server");
    String scratch = db.single(String.class, "SELECT DATABASE()");
    String url = env("PARANOID_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    String hostAndPort = url.replaceFirst("^jdbc:[a-z]+://", "").replaceFirst("[/?].*$", "");
    mysql = new MysqlDataSource();
    mysql.setURL("jdbc:mysql://" + hostAndPort + "/" + scratch);
    mysql.setUser(env("PARANOID_MARIADB_USER", "root"));
    mysql.setPassword(env("PARANOID_MARIADB_PASSWORD", ""));
    Schema.create(db.dataSource(), MomentParanoidDao.TABLE_DEFINITION);
  }

  @Test
  void fractionalSecondsSurviveAWrite() {
    MomentParanoidDao moments = new MomentParanoidDao(mysql, clock);
    Instant value = Instant.parse("2024-06-01T12:34:56.123456Z");
    Moment created = moments.create(new Moment("fraction", value,
        value.atOffset(ZoneOffset.ofHours(2)), LocalDateTime.ofInstant(value, ZoneOffset.UTC)));

    LocalDateTime wallClock = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
    assertEquals(wallClock, StoredTime.zoneLess(db, "moments", "instant_at", created.getId()));
    assertEquals(wallClock, StoredTime.zoneLess(db, "moments", "offset_at", created.getId()));
    assertEquals(wallClock, StoredTime.zoneLess(db, "moments", "local_at", created.getId()));
    Moment found = moments.findByPk(created.getId()).orElseThrow();
    assertEquals(value, found.getInstantAt());
    assertEquals(wallClock, found.getLocalAt());
    assertEquals(1, moments.count(MomentParanoidDao.INSTANT_AT.eq(value)));

    assertTrue(moments.destroy(found));
    assertEquals(utc(T0), StoredTime.zoneLess(db, "moments", "deleted_at", created.getId()),
        "the clock's microseconds");
  }

  @Test
  void aSameSecondCascadeRestoreLeavesAChildDeletedOnItsOwn() {
    StoryParanoidDao storiesOverMySql = new StoryParanoidDao(mysql, clock);
    ReviewParanoidDao reviewsOverMySql = new ReviewParanoidDao(mysql, clock);
    User alice = users.create(new User("alice"));
    Story story = storiesOverMySql.create(new Story("s", alice));
    Review withStory = reviewsOverMySql.create(new Review("with the story", 3, alice, story));
    Review onItsOwn = reviewsOverMySql.create(new Review("on its own", 3, alice, story));

    assertTrue(reviewsOverMySql.destroy(onItsOwn));
    clock.advance(Duration.ofMillis(250)); // same second, another instant
    assertTrue(storiesOverMySql.destroy(story));
    assertTrue(storiesOverMySql.restore(story));

    assertNull(StoredTime.zoneLess(db, "reviews", "deleted_at", withStory.getId()));
    assertEquals(utc(T0), StoredTime.zoneLess(db, "reviews", "deleted_at", onItsOwn.getId()),
        "deleted on its own 250 ms before its story: stays deleted");
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
