package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.it.support.SqlCapture;
import dev.paranoid.runtime.Transactions;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code Query.stream()}: rows read lazily, includes per chunk of roots, the connection released
 * on close.
 *
 * <p>Conformance: C53 (stream).
 */
class QueryStreamTest extends DatabaseTestBase {

  private List<User> manyUsers(int count) {
    List<User> drafts = IntStream.range(0, count)
        .mapToObj(i -> new User(String.format("u%06d", i))).collect(Collectors.toList());
    return users.createAll(drafts);
  }

  @Test
  void streamsTheLiveRowsInOrderAndReleasesTheConnectionOnClose() {
    List<User> created = manyUsers(5);
    users.destroy(created.get(1));
    CountingDataSource counting = new CountingDataSource(db.dataSource());
    UserParanoidDao counted = new UserParanoidDao(counting.dataSource(), clock);

    try (Stream<User> stream = counted.query().stream()) {
      assertEquals(List.of("u000000", "u000002", "u000003", "u000004"),
          stream.map(User::getUsername).collect(Collectors.toList()));
      assertEquals(1, counting.openConnections(), "held while the stream is open");
    }
    assertEquals(0, counting.openConnections(), "released on close");
    assertEquals(0, counting.openStatements());

    try (Stream<User> stream = counted.query().where(UserParanoidDao.USERNAME.like("u%")).stream()) {
      assertEquals("u000000", stream.findFirst().orElseThrow().getUsername());
    }
    assertEquals(0, counting.openConnections(), "released when closed early, too");
  }

  @Test
  void includesAreLoadedPerThousandRootsNeverPerRow() {
    List<User> created = manyUsers(2_500);
    List<Story> drafts = new ArrayList<>();
    for (int i = 0; i < created.size(); i += 100) {
      drafts.add(new Story("story " + i, created.get(i)));
    }
    stories.createAll(drafts);
    SqlCapture sql = new SqlCapture(db.dataSource());
    UserParanoidDao captured = new UserParanoidDao(sql.dataSource(), clock);

    SqlCapture.Recording recording = sql.during(() -> {
      try (Stream<User> stream = captured.query().include(UserParanoidDao.STORIES).stream()) {
        return stream.mapToInt(user -> user.getStories().size()).sum();
      }
    });

    assertEquals(25, recording.result());
    List<String> storySelects = recording.statements().stream()
        .filter(statement -> statement.contains("FROM stories")).toList();
    assertEquals(3, storySelects.size(), "one include statement per chunk of 1,000 users");
  }

  @Test
  void theStreamHoldsNoListOfWhatItRead() {
    int count = db.dialect() == dev.paranoid.runtime.Dialect.H2 ? 100_000 : 20_000;
    for (int from = 0; from < count; from += 10_000) {
      int size = Math.min(10_000, count - from);
      int offset = from;
      users.createAll(IntStream.range(0, size)
          .mapToObj(i -> new User("s" + (offset + i))).collect(Collectors.toList()));
    }
    List<WeakReference<User>> sample = new ArrayList<>();
    long read;
    try (Stream<User> stream = users.query().stream()) {
      read = stream.peek(user -> {
        if (user.getId() % 100 == 0) {
          sample.add(new WeakReference<>(user));
        }
      }).count();
    }
    assertEquals(count, read);
    long held = sample.size();
    for (int attempt = 0; attempt < 10 && held > sample.size() / 10; attempt++) {
      System.gc();
      held = sample.stream().filter(reference -> reference.get() != null).count();
    }
    assertTrue(held <= sample.size() / 10, held + " of " + sample.size()
        + " sampled rows are still reachable after the stream was read and closed");
  }

  @Test
  void insideATransactionItReadsOnTheTransactionsConnection() {
    manyUsers(3);
    CountingDataSource counting = new CountingDataSource(db.dataSource());
    UserParanoidDao counted = new UserParanoidDao(counting.dataSource(), clock);
    long total = Transactions.call(counting.dataSource(), () -> {
      counted.create(new User("inside"));
      try (Stream<User> stream = counted.query().stream()) {
        return stream.count();
      }
    });
    assertEquals(4, total, "the transaction's own uncommitted row is seen");
    assertEquals(1, counting.connectionsOpened());
  }

  @Test
  void aFailureReleasesTheConnection() {
    manyUsers(3);
    CountingDataSource counting = new CountingDataSource(db.dataSource());
    UserParanoidDao counted = new UserParanoidDao(counting.dataSource(), clock);
    assertThrows(IllegalStateException.class, () -> {
      try (Stream<User> stream = counted.query().stream()) {
        stream.forEach(user -> {
          throw new IllegalStateException("the caller's own failure");
        });
      }
    });
    assertEquals(0, counting.openConnections());
  }
}
