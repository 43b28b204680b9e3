package dev.paranoid.runtime;

import dev.paranoid.runtime.transaction.ManagedElsewhereDataSource;
import dev.paranoid.runtime.transaction.TransactionBlocks;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs work in one JDBC transaction. Every DAO built on the same {@link DataSource} that is called
 * inside the work, on the same thread, uses the transaction's connection. A nested call joins the
 * outer transaction. Any exception rolls back and is rethrown (checked ones wrapped in a
 * {@link ParanoidException}); the connection is always released.
 *
 * <p>Who owns the transaction decides who commits it:
 * <ul>
 *   <li>inside a Spring-managed transaction (spring-jdbc on the class path, {@code @Transactional}
 *       or {@code TransactionTemplate} holding this DataSource's connection) the block joins it;
 *   <li>on a DataSource declared {@link #managedElsewhere managed elsewhere}, a connection that
 *       arrives with auto-commit off is in its owner's transaction, which the block joins;
 *   <li>otherwise the block owns the transaction and commits it, also when the pool hands out
 *       connections with auto-commit off.
 * </ul>
 * A joined block never commits or rolls back its owner's transaction; when it fails it undoes its
 * own statements only, back to a savepoint taken at its start.
 */
public final class Transactions {

  private Transactions() {}

  public static void run(DataSource dataSource, SqlRunnable work) {
    Objects.requireNonNull(work, "work must not be null");
    call(dataSource, () -> {
      work.run();
      return null;
    });
  }

  public static <T> T call(DataSource dataSource, SqlCallable<T> work) {
    return TransactionBlocks.call(dataSource, work);
  }

  /**
   * Runs {@code work} in one transaction like {@link #call}, and runs it again, up to
   * {@code maxAttempts} times in all, when the database rolls it back for a conflict with a
   * concurrent transaction ({@link TransactionConflictException}: a deadlock or a serialization
   * failure), after a random pause that doubles with each attempt (up to one second). Every other
   * failure, and the last conflict, is thrown. Entities changed by instance operations get their
   * former values back with each rollback, so the work may use them again.
   *
   * <p>Safe for work whose only effects are in this database: it must not send mail, call other
   * services or change state outside the transaction, since those would happen again. Inside an
   * open transaction (an outer block, a Spring-managed transaction) the work joins it and is not
   * retried: a conflict rolls back the whole transaction, so only its owner can run it again.
   */
  public static <T> T callWithRetry(DataSource dataSource, int maxAttempts, SqlCallable<T> work) {
    return TransactionBlocks.callWithRetry(dataSource, maxAttempts, work);
  }

  /** {@link #callWithRetry} for work without a result. */
  public static void runWithRetry(DataSource dataSource, int maxAttempts, SqlRunnable work) {
    Objects.requireNonNull(work, "work must not be null");
    callWithRetry(dataSource, maxAttempts, () -> {
      work.run();
      return null;
    });
  }

  /**
   * Declares that connections of {@code dataSource} which arrive with auto-commit off are in a
   * transaction someone else commits (a Jakarta EE container's JTA DataSource, a hand-made
   * transaction-aware DataSource): build the DAOs and {@code Transactions} blocks on the returned
   * DataSource, and they join that transaction and never commit it. Not needed for Spring, whose
   * transactions Paranoid recognises, nor for a pool with auto-commit off, whose transactions
   * nobody else owns (Paranoid commits them).
   */
  public static DataSource managedElsewhere(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    return dataSource instanceof ManagedElsewhereDataSource ? dataSource
        : new ManagedElsewhereDataSource(dataSource);
  }

  /**
   * Runs {@code work} on a connection whose transaction is managed elsewhere (auto-commit off):
   * every DAO built on {@code dataSource} uses {@code connection} while {@code work} runs, and
   * nested {@link #run}/{@link #call} blocks join it. Paranoid neither commits nor closes
   * {@code connection}; when {@code work} fails, it rolls back to a savepoint taken at the start,
   * so only its own statements are undone. (Spring-managed transactions need none of this:
   * Paranoid finds their connection itself.)
   */
  public static <T> T onConnection(DataSource dataSource, Connection connection, SqlCallable<T> work) {
    return TransactionBlocks.onConnection(dataSource, connection, work);
  }
}
