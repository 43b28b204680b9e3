package dev.paranoid.it.support;

import dev.paranoid.it.model.NoteParanoidDao;
import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh in-memory H2 database and a stopped {@link MutableClock} for every test, with the DAOs
 * of the test entities built on them.
 *
 * <p>The start time has nanoseconds (the DAO must truncate to microseconds) and its UTC
 * wall-clock time, 02:30 on 2024-03-10, does not exist in America/St_Johns (the surefire JVM's
 * zone: clocks jump from 02:00 to 03:00 that night), so any conversion through the JVM's zone
 * shows up as a wrong timestamp.
 */
public abstract class DatabaseTestBase {

  protected static final Instant T0 = Instant.parse("2024-03-10T02:30:00.123456789Z");

  private static final Duration TICK = Duration.ofMinutes(37).plusSeconds(11).plusNanos(1_001);

  protected TestDatabase db;
  protected MutableClock clock;
  protected UserParanoidDao users;
  protected ProjectParanoidDao projects;
  protected StoryParanoidDao stories;
  protected ReviewParanoidDao reviews;
  protected NoteParanoidDao notes;

  @BeforeEach
  protected void openDatabase() {
    db = TestDatabase.create();
    clock = new MutableClock(T0);
    users = new UserParanoidDao(db.dataSource(), clock);
    projects = new ProjectParanoidDao(db.dataSource(), clock);
    stories = new StoryParanoidDao(db.dataSource(), clock);
    reviews = new ReviewParanoidDao(db.dataSource(), clock);
    notes = new NoteParanoidDao(db.dataSource(), clock);
  }

  @AfterEach
  protected void closeDatabase() {
    db.close();
  }

  /** Moves the clock forward (by an amount with sub-microsecond nanos); returns the new time. */
  protected Instant tick() {
    return clock.advance(TICK);
  }

  /** What the DAO stores for a clock instant: the instant truncated to microseconds. */
  protected static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** What a zone-less TIMESTAMP column holds for a clock instant: its UTC wall-clock time. */
  protected static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
  }

  protected User user(String username) {
    return users.create(new User(username));
  }

  protected Project project(String title, int likes, User owner) {
    return projects.create(new Project(title, likes, owner));
  }

  /** The stored deletion time of a row, as UTC wall-clock time (null when live). */
  protected LocalDateTime deletedAtOf(String table, Object id) {
    return db.timestamp(table, "deleted_at", id);
  }

  protected LocalDateTime updatedAtOf(String table, Object id) {
    return db.timestamp(table, "updated_at", id);
  }

  protected LocalDateTime createdAtOf(String table, Object id) {
    return db.timestamp(table, "created_at", id);
  }

  /** The usernames of {@code list}, in order. */
  protected static List<String> names(List<User> list) {
    return map(list, User::getUsername);
  }

  protected static <T, R> List<R> map(List<T> list, Function<T, R> function) {
    return list.stream().map(function).collect(Collectors.toList());
  }
}
