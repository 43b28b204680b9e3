package dev.paranoid.runtime.cascade;

import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.condition.Tables;
import dev.paranoid.runtime.condition.WhereClause;
import dev.paranoid.runtime.internal.jdbc.AuditColumn;
import dev.paranoid.runtime.internal.jdbc.CascadeSpec;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.JdbcType;
import dev.paranoid.runtime.internal.jdbc.Parameters;
import dev.paranoid.runtime.internal.jdbc.Row;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.internal.jdbc.TimestampType;
import dev.paranoid.runtime.sql.DeletedFilter;
import dev.paranoid.runtime.sql.SqlSink.Part;
import dev.paranoid.runtime.sql.SqlTable;
import dev.paranoid.runtime.sql.Statements;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A soft destroy, exact restore or force destroy that follows {@code cascade = REMOVE}, run as if
 * it were alone, in one transaction:
 *
 * <ol>
 *   <li>the root rows that match are locked first, in key order ({@code SELECT key, deleted ...
 *       FOR UPDATE}), whatever their state, and their state is read once they are locked: two
 *       cascades on one root run one after the other, and the second sees what the first did (a
 *       root already deleted is not counted, and nothing below it is touched);
 *   <li>level by level, every child of the rows in scope is locked the same way, by the keys of
 *       the level above ({@code WHERE fk IN (...)}, an index lookup), and its state is read once
 *       locked: a row that a concurrent transaction holds is waited for, never judged on the state
 *       it had before that transaction committed;
 *   <li>the rows in scope change deepest level first, by their keys alone, then the roots: the
 *       call returns the number of roots it changed.
 * </ol>
 *
 * An exact restore takes each locked root's deletion time and revives the descendants stamped with
 * that time, both read through the child column's own type (so a zoned parent column and a
 * zone-less child column still match). A row that changes gets a new {@code @Version}. Key lists
 * longer than the database's parameter limit are split.
 */
public final class CascadeOperation {

  private final SqlExecutor executor;
  private final EntityTable<?> root;
  /** The root table as the statements name it. */
  private final SqlTable rootTable;
  private final List<CascadeSpec> cascades;
  /** Every child timestamp type of the tree, once: how a root's deletion time is read for each. */
  private final List<TimestampType<?>> timestampTypes;

  public CascadeOperation(SqlExecutor executor, EntityTable<?> root, List<CascadeSpec> cascades) {
    this.executor = executor;
    this.root = root;
    this.rootTable = Tables.of(root);
    this.cascades = List.copyOf(cascades);
    Map<TimestampType<?>, Boolean> types = new IdentityHashMap<>();
    collectTypes(this.cascades, types);
    this.timestampTypes = List.copyOf(types.keySet());
  }

  /** Soft-deletes the live roots matching {@code where} and their live descendants at {@code now}. */
  public <E> int softDestroy(SqlCondition<E> where, Instant now, Object actor) {
    return executor.inTransaction(() -> {
      List<Object> keys = keys(lockRoots(where), row -> row.time() == null);
      if (keys.isEmpty()) {
        return 0;
      }
      for (CascadeSpec cascade : cascades) {
        softDestroy(cascade, keys, now, actor);
      }
      return change(keys, setDeleted(rootTable, root.deletedType(), now, root.deletedBy(), actor));
    });
  }

  /** Restores the deleted roots matching {@code where} and the descendants deleted with them. */
  public <E> int restore(SqlCondition<E> where) {
    return executor.inTransaction(() -> {
      Map<Object, List<Locked>> byTime = new LinkedHashMap<>();
      for (Locked row : lockRoots(where)) {
        if (row.time() != null) {
          byTime.computeIfAbsent(row.time(), time -> new ArrayList<>()).add(row);
        }
      }
      if (byTime.isEmpty()) {
        return 0;
      }
      List<Object> keys = new ArrayList<>();
      for (List<Locked> group : byTime.values()) {
        List<Object> groupKeys = keys(group, row -> true);
        for (CascadeSpec cascade : cascades) {
          restore(cascade, groupKeys, group.get(0).times());
        }
        keys.addAll(groupKeys);
      }
      return change(keys, setRestored(rootTable));
    });
  }

  /** Deletes the roots matching {@code where} and every descendant, children first. */
  public <E> int forceDestroy(SqlCondition<E> where) {
    return forceDestroy(where, time -> true);
  }

  /**
   * {@link #forceDestroy(SqlCondition)} of the roots matching {@code where} whose deletion time,
   * read once they are locked, passes {@code deletedInScope} (null for a live row): a purge locks
   * its batch by key only and keeps the rows still deleted before its cutoff.
   */
  public <E> int forceDestroy(SqlCondition<E> where, Predicate<Object> deletedInScope) {
    return executor.inTransaction(() -> {
      List<Object> keys = keys(lockRoots(where), row -> deletedInScope.test(row.time()));
      if (keys.isEmpty()) {
        return 0;
      }
      for (CascadeSpec cascade : cascades) {
        forceDestroy(cascade, keys);
      }
      return change(keys, deleteFrom(rootTable));
    });
  }

  private void softDestroy(CascadeSpec level, List<Object> parentKeys, Instant now,
      Object actor) {
    if (!level.isParanoid()) {
      return; // a plain child is not soft-deleted, nor are its descendants through it
    }
    List<Object> live = keys(lockLevel(level, parentKeys), row -> row.time() == null);
    if (live.isEmpty()) {
      return;
    }
    for (CascadeSpec child : level.children()) {
      softDestroy(child, live, now, actor);
    }
    change(live, setDeleted(Tables.of(level), level.deletedType(), now, level.deletedBy(), actor));
  }

  private void restore(CascadeSpec level, List<Object> parentKeys,
      Map<TimestampType<?>, Object> rootTime) {
    if (!level.isParanoid()) {
      return;
    }
    Object time = rootTime.get(level.deletedType());
    List<Object> deletedWithRoot =
        keys(lockLevel(level, parentKeys), row -> time.equals(row.time()));
    if (deletedWithRoot.isEmpty()) {
      return;
    }
    for (CascadeSpec child : level.children()) {
      restore(child, deletedWithRoot, rootTime);
    }
    change(deletedWithRoot, setRestored(Tables.of(level)));
  }

  private void forceDestroy(CascadeSpec level, List<Object> parentKeys) {
    List<Object> keys = keys(lockLevel(level, parentKeys), row -> true);
    if (keys.isEmpty()) {
      return;
    }
    for (CascadeSpec child : level.children()) {
      forceDestroy(child, keys);
    }
    change(keys, deleteFrom(Tables.of(level)));
  }

  private static List<Object> keys(List<Locked> rows, Predicate<Locked> inScope) {
    List<Object> keys = new ArrayList<>();
    for (Locked row : rows) {
      if (inScope.test(row)) {
        keys.add(row.key());
      }
    }
    return keys;
  }

  /**
   * {@code SELECT key, deleted FROM root WHERE <where> ORDER BY key FOR UPDATE}: the matching
   * roots, locked whatever their state; each keeps its deletion time as read by every timestamp
   * type of the tree, to compare it with each child column through that column's own type.
   */
  private <E> List<Locked> lockRoots(SqlCondition<E> where) {
    SqlBuilder sql = new SqlBuilder();
    Statements.lock(sql, rootTable, WhereClause.parts(sql, List.of(where)));
    return executor.list(sql.sql(), sql.binder(), row -> {
      Object time = root.deletedType().read(row, 2);
      Map<TimestampType<?>, Object> times = new IdentityHashMap<>();
      if (time != null) {
        for (TimestampType<?> type : timestampTypes) {
          times.put(type, type.read(row, 2));
        }
      }
      return new Locked(row.resultSet().getObject(1), time, times);
    });
  }

  private static void collectTypes(List<CascadeSpec> levels, Map<TimestampType<?>, Boolean> out) {
    for (CascadeSpec level : levels) {
      if (level.isParanoid()) {
        out.put(level.deletedType(), Boolean.TRUE);
      }
      collectTypes(level.children(), out);
    }
  }

  /**
   * {@code SELECT key[, deleted] FROM level WHERE fk IN (...) ORDER BY key FOR UPDATE}: every
   * child of {@code parentKeys}, locked whatever its state, with its state as it is once locked.
   */
  private List<Locked> lockLevel(CascadeSpec level, List<Object> parentKeys) {
    List<Locked> rows = new ArrayList<>();
    for (List<Object> chunk : chunks(parentKeys)) {
      SqlBuilder sql = new SqlBuilder();
      Statements.lock(sql, Tables.of(level), List.of(in(sql, level.foreignKey(), chunk)));
      rows.addAll(executor.list(sql.sql(), sql.binder(), row -> new Locked(
          row.resultSet().getObject(1),
          level.isParanoid() ? level.deletedType().read(row, 2) : null, Map.of())));
    }
    return rows;
  }

  /**
   * Changes the rows of {@code keys}, which this operation locked, by their keys alone, in chunks
   * under the parameter limit; returns the rows changed.
   */
  private int change(List<Object> keys, Change change) {
    int rows = 0;
    for (List<Object> chunk : chunks(keys)) {
      SqlBuilder sql = new SqlBuilder();
      change.write(sql, List.of(in(sql, change.table().key(), chunk)));
      rows += executor.update(sql.sql(), sql.binder());
    }
    return rows;
  }

  /** One statement of a cascade's change to {@code table}, for the rows that {@code byKey} names. */
  private record Change(SqlTable table, BiConsumer<SqlBuilder, List<Part>> statement) {
    void write(SqlBuilder sql, List<Part> byKey) {
      statement.accept(sql, byKey);
    }
  }

  /**
   * {@code UPDATE table SET deleted = ?[, deleted_by = ?][, version = version + 1] WHERE key IN
   * (...)}.
   */
  private static <T> Change setDeleted(SqlTable table, TimestampType<T> type, Instant now,
      AuditColumn<?> deletedBy, Object actor) {
    T value = type.fromInstant(now);
    return new Change(table, (sql, byKey) -> Statements.softDestroy(sql, table,
        WhereClause.parameter(sql, value, type), WhereClause.actor(sql, deletedBy, actor),
        DeletedFilter.ALL, byKey));
  }

  /** {@code UPDATE table SET deleted = NULL[, version = version + 1] WHERE key IN (...)}. */
  private static Change setRestored(SqlTable table) {
    return new Change(table,
        (sql, byKey) -> Statements.restore(sql, table, DeletedFilter.ALL, byKey));
  }

  /** {@code DELETE FROM table WHERE key IN (...)}. */
  private static Change deleteFrom(SqlTable table) {
    return new Change(table, (sql, byKey) -> Statements.forceDestroy(sql, table, byKey));
  }

  /** {@code column IN (?, ...)} over {@code keys}, bound as the driver returned them. */
  private static Part in(SqlBuilder sql, String column, List<Object> keys) {
    List<Part> values = new ArrayList<>(keys.size());
    for (Object key : keys) {
      values.add(WhereClause.parameter(sql, key, AS_READ));
    }
    return sink -> Statements.in(sql, column, values);
  }

  private List<List<Object>> chunks(List<Object> keys) {
    int size = executor.dialect().maxInListSize();
    List<List<Object>> chunks = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += size) {
      chunks.add(keys.subList(from, Math.min(keys.size(), from + size)));
    }
    return chunks;
  }

  /** A key as the driver returned it, bound back as it came. */
  private static final JdbcType<Object> AS_READ = new JdbcType<>() {
    @Override
    public void bind(Parameters parameters, int index, Object value) throws SQLException {
      parameters.statement().setObject(index, value);
    }

    @Override
    public Object read(Row row, int index) throws SQLException {
      return row.resultSet().getObject(index);
    }
  };

  /**
   * A locked row: its key, its deletion time (null when live; read through its own column's type)
   * and, for a deleted root, that time as every timestamp type of the tree reads it.
   */
  private record Locked(Object key, Object time, Map<TimestampType<?>, Object> times) {}
}
