package dev.paranoid.runtime.transaction;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The transaction open on this thread, per {@link DataSource}; how DAOs join a
 * {@link dev.paranoid.runtime.Transactions} block. Identity, not equals: two pools that compare
 * equal are still two pools.
 */
public final class BoundConnections {

  /**
   * A transaction's connection, whether a joined block failed inside it, and what to undo on the
   * entities the block changed if it rolls back.
   */
  public static final class Bound {
    private final Connection connection;
    private final boolean managedElsewhere;
    private final List<Runnable> undoOnRollback = new ArrayList<>();
    private boolean rollbackOnly;

    Bound(Connection connection, boolean managedElsewhere) {
      this.connection = connection;
      this.managedElsewhere = managedElsewhere;
    }

    public Connection connection() {
      return connection;
    }

    /** Whether the transaction belongs to someone else (Spring, a container, the caller). */
    public boolean managedElsewhere() {
      return managedElsewhere;
    }

    public boolean isRollbackOnly() {
      return rollbackOnly;
    }

    /** A nested block failed: the outer one must not commit, even if it carries on. */
    public void setRollbackOnly() {
      rollbackOnly = true;
    }

    /** Runs {@code undo} if this transaction's work is rolled back. */
    void onRollback(Runnable undo) {
      undoOnRollback.add(undo);
    }

    /** The undo actions, latest first, and forgets them. */
    List<Runnable> takeUndoActions() {
      List<Runnable> actions = new ArrayList<>(undoOnRollback);
      java.util.Collections.reverse(actions);
      undoOnRollback.clear();
      return actions;
    }

    /** Runs the undo actions, latest first; a failing one is added to {@code failure}. */
    void rolledBack(Throwable failure) {
      for (Runnable undo : takeUndoActions()) {
        try {
          undo.run();
        } catch (RuntimeException e) {
          if (failure != null) {
            failure.addSuppressed(e);
          }
        }
      }
    }
  }

  private static final ThreadLocal<Map<DataSource, Bound>> BOUND =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private BoundConnections() {}

  /** The connection of the transaction open on {@code dataSource}, or null. */
  public static Connection current(DataSource dataSource) {
    Bound bound = BOUND.get().get(key(dataSource));
    return bound == null ? null : bound.connection;
  }

  public static Bound transaction(DataSource dataSource) {
    return BOUND.get().get(key(dataSource));
  }

  /**
   * The DataSource a transaction is bound to: the one a {@code managedElsewhere} wrapper wraps, so
   * that a block and a DAO meet on one transaction however many wrappers of one DataSource there
   * are (a CDI producer of dependent scope makes one per injection point). Identity beyond that:
   * two DataSources that are not the same object are two databases as far as Paranoid can tell.
   */
  private static DataSource key(DataSource dataSource) {
    DataSource key = dataSource;
    while (key instanceof ManagedElsewhereDataSource wrapper) {
      key = wrapper.target();
    }
    return key;
  }

  /** Binds a transaction Paranoid owns and commits. */
  static Bound bind(DataSource dataSource, Connection connection) {
    return bind(dataSource, connection, false);
  }

  static Bound bind(DataSource dataSource, Connection connection, boolean managedElsewhere) {
    Bound bound = new Bound(connection, managedElsewhere);
    BOUND.get().put(key(dataSource), bound);
    return bound;
  }

  static void unbind(DataSource dataSource) {
    Map<DataSource, Bound> map = BOUND.get();
    map.remove(key(dataSource));
    if (map.isEmpty()) {
      BOUND.remove();
    }
  }

  /**
   * Runs {@code undo} if the transaction that encloses the current call on {@code dataSource}
   * rolls back later: a {@code Transactions} block, or a Spring-managed transaction. Outside any
   * transaction, or in one Paranoid cannot observe, nothing is registered.
   */
  public static void undoOnRollback(DataSource dataSource, Runnable undo) {
    Bound bound = transaction(dataSource);
    if (bound != null) {
      bound.onRollback(undo);
      return;
    }
    SpringTransactions spring = SpringTransactions.get();
    if (spring != null) {
      spring.onRollback(dataSource, undo);
    }
  }

  /**
   * Hands the undo actions of a block that joined a transaction managed elsewhere to that
   * transaction's owner, when Paranoid can observe its outcome (Spring); else drops them.
   */
  static void handOver(DataSource dataSource, Bound bound) {
    List<Runnable> actions = bound.takeUndoActions();
    SpringTransactions spring = SpringTransactions.get();
    if (spring == null || actions.isEmpty()) {
      return;
    }
    // latest first: Spring calls synchronizations of equal order in registration order
    for (Runnable undo : actions) {
      spring.onRollback(dataSource, undo);
    }
  }
}
