package dev.paranoid.it.concurrency;

import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.SqlCallable;
import dev.paranoid.runtime.Transactions;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A fresh database of the run's kind with the journal installed, and the User, Story and Review
 * DAOs built on a {@link TaggedDataSource} (each connection knows its call and has a lock wait
 * timeout) wrapped in a {@link CountingDataSource} (leaked connections show), with the
 * {@link Calls} clock.
 */
final class RaceDatabase implements AutoCloseable {

  private final TestDatabase db;
  private final Journal journal;
  private final Calls calls = new Calls();
  private final CountingDataSource counting;
  private final UserParanoidDao users;
  private final StoryParanoidDao stories;
  private final ReviewParanoidDao reviews;

  RaceDatabase(Duration lockTimeout) {
    db = TestDatabase.create();
    journal = Journal.install(db);
    counting = new CountingDataSource(
        TaggedDataSource.wrap(db.dataSource(), db.dialect(), calls, lockTimeout));
    users = new UserParanoidDao(counting.dataSource(), calls.clock());
    stories = new StoryParanoidDao(counting.dataSource(), calls.clock());
    reviews = new ReviewParanoidDao(counting.dataSource(), calls.clock());
  }

  TestDatabase db() {
    return db;
  }

  Dialect dialect() {
    return db.dialect();
  }

  Journal journal() {
    return journal;
  }

  Calls calls() {
    return calls;
  }

  /** The data source the DAOs use (tagged and counted). */
  DataSource dataSource() {
    return counting.dataSource();
  }

  /** Connections the DAOs (and transactions) opened and have not closed. */
  int openConnections() {
    return counting.openConnections();
  }

  UserParanoidDao users() {
    return users;
  }

  StoryParanoidDao stories() {
    return stories;
  }

  ReviewParanoidDao reviews() {
    return reviews;
  }

  /** Runs {@code work} as one call of its own on this thread; returns the call's number too. */
  <T> Called<T> call(Supplier<T> work) {
    long call = calls.begin();
    try {
      return new Called<>(call, work.get());
    } finally {
      calls.end();
    }
  }

  /** A call's number and its result. */
  record Called<T>(long call, T result) {}

  /** {@code work} in one transaction on the DAOs' data source (inside the current call). */
  <T> T inTransaction(SqlCallable<T> work) {
    return Transactions.call(dataSource(), work);
  }

  @Override
  public void close() {
    db.close();
  }
}
