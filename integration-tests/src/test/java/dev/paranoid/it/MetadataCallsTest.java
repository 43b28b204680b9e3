package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Account;
import dev.paranoid.it.model.AccountParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §4 / issue 12: once a DAO has seen its database, an operation asks the driver for no
 * metadata at all ({@code Connection.getMetaData}, {@code PreparedStatement.getParameterMetaData},
 * {@code ResultSet.getMetaData}): the dialect is known to the DAO and passed to every binder and
 * reader, and what H2 must be asked about a statement's timestamp kinds is asked once per
 * statement shape. Each operation runs once to warm up, then again, counted.
 */
class MetadataCallsTest extends DatabaseTestBase {

  private CountingDataSource counting;
  private UserParanoidDao countedUsers;
  private StoryParanoidDao countedStories;
  private AccountParanoidDao countedAccounts;
  private final AtomicInteger names = new AtomicInteger();

  @BeforeEach
  void countingDaos() {
    Schema.create(db.dataSource(), AccountParanoidDao.TABLE_DEFINITION);
    counting = new CountingDataSource(db.dataSource());
    countedUsers = new UserParanoidDao(counting.dataSource(), clock);
    countedStories = new StoryParanoidDao(counting.dataSource(), clock);
    countedAccounts = new AccountParanoidDao(counting.dataSource(), clock);
  }

  @Test
  void noOperationAsksForMetadataOnceTheDaoHasSeenItsDatabase() {
    Map<String, Runnable> operations = new LinkedHashMap<>();
    operations.put("create", () -> countedUsers.create(new User(next("u"))));
    operations.put("createAll (a full statement and the rest)", () -> countedUsers.createAll(
        IntStream.range(0, 1_003).mapToObj(i -> new User(next("m"))).toList()));
    operations.put("update", () -> {
      User user = freshUser();
      user.setUsername(next("renamed"));
      countedUsers.update(user);
    });
    operations.put("findByPk", () -> countedUsers.findByPk(freshUser().getId()));
    operations.put("findByPk(includeDeleted)",
        () -> countedUsers.findByPk(freshUser().getId(), true));
    operations.put("findAll(where)",
        () -> countedUsers.findAll(UserParanoidDao.USERNAME.like("u%")));
    operations.put("count(where)",
        () -> countedUsers.count(UserParanoidDao.CREATED_AT.gt(T0.minusSeconds(60))));
    operations.put("query with nested include", () -> countedUsers.query()
        .include(UserParanoidDao.STORIES.include(StoryParanoidDao.REVIEWS))
        .include(UserParanoidDao.PROJECTS).limit(10).list());
    operations.put("include of a to-one",
        () -> countedStories.query().include(StoryParanoidDao.AUTHOR).list());
    operations.put("destroy + restore (cascade)", () -> {
      User user = freshUser();
      stories.create(new Story(next("s"), user));
      countedUsers.destroy(user);
      countedUsers.restore(user);
    });
    operations.put("destroy(where) + restore(where)", () -> {
      User user = freshUser();
      Condition<User> mine = UserParanoidDao.ID.eq(user.getId());
      countedUsers.destroy(mine);
      countedUsers.restore(mine);
    });
    operations.put("force destroy", () -> countedUsers.destroy(freshUser(), true));
    operations.put("versioned create, update, destroy, restore", () -> {
      Account account = countedAccounts.create(new Account(next("a")));
      account.setName(next("b"));
      countedAccounts.update(account);
      countedAccounts.destroy(account);
      countedAccounts.restore(account);
    });

    Map<String, Integer> calls = new LinkedHashMap<>();
    for (Map.Entry<String, Runnable> operation : operations.entrySet()) {
      operation.getValue().run(); // warm-up: the DAO meets the database and each statement
      counting.reset();
      operation.getValue().run();
      assertTrue(counting.statementsPrepared() > 0, operation.getKey() + " ran no statement");
      calls.put(operation.getKey(), counting.metadataCalls());
    }
    Map<String, Integer> none = new LinkedHashMap<>();
    calls.keySet().forEach(name -> none.put(name, 0));
    assertEquals(none, calls, "metadata calls per operation after the first");
  }

  @Test
  void theFirstOperationOfADaoLearnsTheDialectOnce() {
    UserParanoidDao fresh = new UserParanoidDao(counting.dataSource(), clock);
    counting.reset();
    fresh.findAll();
    fresh.count();
    // H2 may also ask once about the timestamp columns of the first SELECT
    int first = counting.metadataCalls();
    assertTrue(first >= 1 && first <= 2, "first calls: " + first);
    counting.reset();
    List<User> again = fresh.findAll();
    fresh.count();
    assertEquals(0, counting.metadataCalls(), "after the first: " + again.size() + " rows");
  }

  /** A user created through the plain DAO, so that its creation is not counted. */
  private User freshUser() {
    return users.create(new User(next("u")));
  }

  private String next(String prefix) {
    return prefix + names.incrementAndGet();
  }
}
