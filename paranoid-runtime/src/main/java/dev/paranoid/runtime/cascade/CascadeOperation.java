package dev.paranoid.runtime.cascade;

import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.jdbc.JdbcType;
import dev.paranoid.runtime.jdbc.SqlExecutor;
import dev.paranoid.runtime.jdbc.TimestampType;
import dev.paranoid.runtime.query.WhereClause;
import dev.paranoid.runtime.table.EntityTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A soft destroy, exact restore or force destroy that follows {@code cascade = REMOVE}, run as if
 * it were alone, in one transaction:
 *
 * <ol>
 *   <li>the root rows it will change are locked first, in key order ({@code SELECT key ... FOR
 *       UPDATE}), so that two cascades on one root run one after the other, and the second sees
 *       what the first did (a root already deleted is not counted, and none of its children is
 *       touched);
 *   <li>each level's rows that have children of their own are locked the same way, by the keys
 *       of the level above ({@code WHERE fk IN (...)}, an index lookup);
 *   <li>the rows change deepest level first, by those keys, then the roots: the call returns the
 *       number of roots it changed.
 * </ol>
 *
 * An exact restore takes the deletion time of each locked root and revives the descendants
 * stamped with that time, compared through each child column's own type (so a zoned parent column
 * and a zone-less child column still match). A row that changes gets a new {@code @Version}.
 * Key lists longer than the database's parameter limit are split.
 */
public final class CascadeOperation {

  private final SqlExecutor executor;
  private final EntityTable<?> root;
  private final List<CascadeSpec> cascades;

  public CascadeOperation(SqlExecutor executor, EntityTable<?> root, List<CascadeSpec> cascades) {
    this.executor = executor;
    this.root = root;
    this.cascades = List.copyOf(cascades);
  }

  /** Soft-deletes the live roots matching {@code where} and their live descendants at {@code now}. */
  public <E> int softDestroy(SqlCondition<E> where, Instant now) {
    return executor.inTransaction(() -> {
      List<Object> keys = lockRoots(root.deletedColumn() + " IS NULL", where);
      if (keys.isEmpty()) {
        return 0;
      }
      for (CascadeSpec cascade : cascades) {
        softDestroy(cascade, keys, now);
      }
      return change(keys, setDeleted(root.name(), root.deletedColumn(), root.deletedType(), now,
          root.versionColumn()), root.deletedColumn() + " IS NULL", root.idColumn());
    });
  }

  /** Restores the deleted roots matching {@code where} and the descendants deleted with them. */
  public <E> int restore(SqlCondition<E> where) {
    return executor.inTransaction(() -> {
      Map<Object, List<DeletedRoot>> byTime = lockDeletedRoots(where);
      if (byTime.isEmpty()) {
        return 0;
      }
      List<Object> keys = new ArrayList<>();
      for (List<DeletedRoot> group : byTime.values()) {
        List<Object> groupKeys = group.stream().map(DeletedRoot::key).toList();
        for (CascadeSpec cascade : cascades) {
          restore(cascade, groupKeys, group.get(0));
        }
        keys.addAll(groupKeys);
      }
      return change(keys, setRestored(root.name(), root.deletedColumn(), root.versionColumn()),
          root.deletedColumn() + " IS NOT NULL", root.idColumn());
    });
  }

  /** Deletes the roots matching {@code where} and every descendant, children first. */
  public <E> int forceDestroy(SqlCondition<E> where) {
    return executor.inTransaction(() -> {
      List<Object> keys = lockRoots(null, where);
      if (keys.isEmpty()) {
        return 0;
      }
      for (CascadeSpec cascade : cascades) {
        forceDestroy(cascade, keys);
      }
      return change(keys, deleteFrom(root.name()), null, root.idColumn());
    });
  }

  private void softDestroy(CascadeSpec level, List<Object> parentKeys, Instant now) {
    if (!level.isParanoid()) {
      return; // a plain child is not soft-deleted, nor are its descendants through it
    }
    String live = level.deletedColumn() + " IS NULL";
    if (hasParanoidChildren(level)) {
      List<Object> keys = lockChildren(level, live, null, parentKeys);
      for (CascadeSpec child : level.children()) {
        softDestroy(child, keys, now);
      }
    }
    change(parentKeys, setDeleted(level.table(), level.deletedColumn(), level.deletedType(), now,
        level.versionColumn()), live, level.foreignKey());
  }

  private void restore(CascadeSpec level, List<Object> parentKeys, DeletedRoot root) {
    if (!level.isParanoid()) {
      return;
    }
    if (hasParanoidChildren(level)) {
      List<Object> keys = lockChildren(level, null, root, parentKeys);
      for (CascadeSpec child : level.children()) {
        restore(child, keys, root);
      }
    }
    changeDeletedAt(parentKeys,
        setRestored(level.table(), level.deletedColumn(), level.versionColumn()), level, root);
  }

  private void forceDestroy(CascadeSpec level, List<Object> parentKeys) {
    if (!level.children().isEmpty()) {
      List<Object> keys = lockChildren(level, null, null, parentKeys);
      for (CascadeSpec child : level.children()) {
        forceDestroy(child, keys);
      }
    }
    change(parentKeys, deleteFrom(level.table()), null, level.foreignKey());
  }

  private static boolean hasParanoidChildren(CascadeSpec level) {
    return level.children().stream().anyMatch(CascadeSpec::isParanoid);
  }

  /** {@code SELECT key FROM root WHERE <state> AND <where> ORDER BY key FOR UPDATE}. */
  private <E> List<Object> lockRoots(String state, SqlCondition<E> where) {
    SqlBuilder sql = new SqlBuilder().append("SELECT ").append(root.idColumn()).append(" FROM ")
        .append(root.name());
    WhereClause.append(sql, state, List.of(where));
    sql.append(" ORDER BY ").append(root.idColumn()).append(" FOR UPDATE");
    return executor.list(sql.sql(), sql.binder(), row -> row.getObject(1));
  }

  /**
   * The deleted roots, locked, grouped by deletion time; each keeps that time as read by every
   * timestamp type of the tree, to compare it with each child column through its own type.
   */
  private <E> Map<Object, List<DeletedRoot>> lockDeletedRoots(SqlCondition<E> where) {
    SqlBuilder sql = new SqlBuilder().append("SELECT ").append(root.idColumn()).append(", ")
        .append(root.deletedColumn()).append(" FROM ").append(root.name());
    WhereClause.append(sql, root.deletedColumn() + " IS NOT NULL", List.of(where));
    sql.append(" ORDER BY ").append(root.idColumn()).append(" FOR UPDATE");
    List<TimestampType<?>> types = timestampTypes();
    List<DeletedRoot> rows = executor.list(sql.sql(), sql.binder(), row -> {
      Map<TimestampType<?>, Object> times = new IdentityHashMap<>();
      for (TimestampType<?> type : types) {
        times.put(type, type.read(row, 2));
      }
      return new DeletedRoot(row.getObject(1), root.deletedType().read(row, 2), times);
    });
    Map<Object, List<DeletedRoot>> byTime = new LinkedHashMap<>();
    for (DeletedRoot row : rows) {
      byTime.computeIfAbsent(row.time(), time -> new ArrayList<>()).add(row);
    }
    return byTime;
  }

  /** Every child timestamp type of the tree, once. */
  private List<TimestampType<?>> timestampTypes() {
    Map<TimestampType<?>, Boolean> types = new IdentityHashMap<>();
    collectTypes(cascades, types);
    return new ArrayList<>(types.keySet());
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
   * {@code SELECT key FROM level WHERE <state> AND fk IN (...) ORDER BY key FOR UPDATE}: the rows
   * of this level whose children change, locked so that they cannot change meanwhile.
   */
  private List<Object> lockChildren(CascadeSpec level, String state, DeletedRoot deletedWith,
      List<Object> parentKeys) {
    List<Object> keys = new ArrayList<>();
    for (List<Object> chunk : chunks(parentKeys)) {
      SqlBuilder sql = new SqlBuilder().append("SELECT ").append(level.key()).append(" FROM ")
          .append(level.table()).append(" WHERE ");
      if (state != null) {
        sql.append(state).append(" AND ");
      }
      if (deletedWith != null) {
        deletedAt(sql, level, deletedWith);
        sql.append(" AND ");
      }
      in(sql, level.foreignKey(), chunk);
      sql.append(" ORDER BY ").append(level.key()).append(" FOR UPDATE");
      keys.addAll(executor.list(sql.sql(), sql.binder(), row -> row.getObject(1)));
    }
    return keys;
  }

  /** {@code <change> WHERE <state> AND <keyColumn> IN (...)}, chunked; returns the rows changed. */
  private int change(List<Object> keys, Consumer<SqlBuilder> change, String state,
      String keyColumn) {
    int rows = 0;
    for (List<Object> chunk : chunks(keys)) {
      SqlBuilder sql = new SqlBuilder();
      change.accept(sql);
      sql.append(" WHERE ");
      if (state != null) {
        sql.append(state).append(" AND ");
      }
      in(sql, keyColumn, chunk);
      rows += executor.update(sql.sql(), sql.binder());
    }
    return rows;
  }

  /** A restore of one level: the children of {@code parentKeys} deleted with the root. */
  private void changeDeletedAt(List<Object> parentKeys, Consumer<SqlBuilder> change,
      CascadeSpec level, DeletedRoot root) {
    for (List<Object> chunk : chunks(parentKeys)) {
      SqlBuilder sql = new SqlBuilder();
      change.accept(sql);
      sql.append(" WHERE ");
      deletedAt(sql, level, root);
      sql.append(" AND ");
      in(sql, level.foreignKey(), chunk);
      executor.update(sql.sql(), sql.binder());
    }
  }

  /** {@code deleted = ?}, the root's deletion time in this level's column type. */
  @SuppressWarnings("unchecked")
  private static void deletedAt(SqlBuilder sql, CascadeSpec level, DeletedRoot root) {
    TimestampType<Object> type = (TimestampType<Object>) level.deletedType();
    sql.append(level.deletedColumn()).append(" = ").parameter(root.times().get(type), type);
  }

  /** {@code UPDATE table SET deleted = ?[, version = version + 1]}. */
  private static <T> Consumer<SqlBuilder> setDeleted(String table, String column,
      TimestampType<T> type, Instant now, String versionColumn) {
    T value = type.fromInstant(now);
    return sql -> {
      sql.append("UPDATE ").append(table).append(" SET ").append(column).append(" = ")
          .parameter(value, type);
      bumpVersion(sql, versionColumn);
    };
  }

  /** {@code UPDATE table SET deleted = NULL[, version = version + 1]}. */
  private static Consumer<SqlBuilder> setRestored(String table, String column,
      String versionColumn) {
    return sql -> {
      sql.append("UPDATE ").append(table).append(" SET ").append(column).append(" = NULL");
      bumpVersion(sql, versionColumn);
    };
  }

  private static Consumer<SqlBuilder> deleteFrom(String table) {
    return sql -> sql.append("DELETE FROM ").append(table);
  }

  /** A row that changes gets a new version, so that entities read before become stale. */
  private static void bumpVersion(SqlBuilder sql, String versionColumn) {
    if (versionColumn != null) {
      sql.append(", ").append(versionColumn).append(" = ").append(versionColumn).append(" + 1");
    }
  }

  private static void in(SqlBuilder sql, String column, List<Object> keys) {
    sql.append(column).append(" IN (");
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      sql.parameter(keys.get(i), AS_READ);
    }
    sql.append(")");
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
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
      statement.setObject(index, value);
    }

    @Override
    public Object read(ResultSet row, int index) throws SQLException {
      return row.getObject(index);
    }
  };

  /** A locked deleted root: its key, its deletion time, and that time in every child type. */
  private record DeletedRoot(Object key, Object time, Map<TimestampType<?>, Object> times) {}
}
