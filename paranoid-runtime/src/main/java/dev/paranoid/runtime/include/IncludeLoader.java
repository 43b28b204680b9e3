package dev.paranoid.runtime.include;

import dev.paranoid.runtime.Order;
import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.condition.Tables;
import dev.paranoid.runtime.condition.WhereClause;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.sql.SqlSink.Part;
import dev.paranoid.runtime.sql.Statements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads includes for a list of parents already read: per include, one
 * {@code SELECT ... WHERE <child column> IN (<parent keys>)} for all parents together (split into
 * chunks only past the database's parameter limit), then nested includes for all children
 * together. The number of statements depends on the include tree, never on the number of rows.
 */
public final class IncludeLoader {

  private IncludeLoader() {}

  /** The conditions that {@code required()} includes add to the parents' WHERE. */
  public static <P> List<SqlCondition<P>> requiredConditions(
      List<IncludeSpec<P, ?>> includes, String parentTable) {
    List<SqlCondition<P>> conditions = new ArrayList<>();
    ExistsCondition.addRequired(includes, parentTable, 1, conditions);
    return conditions;
  }

  public static <P> void load(SqlExecutor executor, List<P> parents, List<IncludeSpec<P, ?>> includes) {
    if (parents.isEmpty()) {
      return;
    }
    for (IncludeSpec<P, ?> include : includes) {
      loadOne(executor, parents, include);
    }
  }

  private static <P, C> void loadOne(SqlExecutor executor, List<P> parents, IncludeSpec<P, C> include) {
    loadWithKeys(executor, parents, include, include.association());
  }

  private static <P, C, K> void loadWithKeys(SqlExecutor executor, List<P> parents,
      IncludeSpec<P, C> include, AssociationSpec<P, C, K> association) {
    LinkedHashSet<K> keys = new LinkedHashSet<>();
    for (P parent : parents) {
      K key = association.parentKey(parent);
      if (key != null) {
        keys.add(key);
      }
    }
    Map<K, List<C>> childrenByKey = new HashMap<>();
    List<C> children = new ArrayList<>();
    List<K> keyList = new ArrayList<>(keys);
    int chunk = executor.dialect().maxInListSize();
    for (int from = 0; from < keyList.size(); from += chunk) {
      List<K> slice = keyList.subList(from, Math.min(keyList.size(), from + chunk));
      SqlBuilder sql = select(include, association, slice);
      for (C child : executor.list(sql.sql(), sql.binder(), association.target().reader())) {
        childrenByKey.computeIfAbsent(association.childKey(child), k -> new ArrayList<>()).add(child);
        children.add(child);
      }
    }
    for (P parent : parents) {
      K key = association.parentKey(parent);
      List<C> matched = key == null ? null : childrenByKey.get(key);
      association.assign(parent, matched == null ? new ArrayList<>() : new ArrayList<>(matched));
      if (!association.toMany()) {
        holdFilteredKey(parent, association, key, matched != null);
      }
    }
    load(executor, children, include.nested());
  }

  /**
   * A to-one set to null over a non-null key had its target filtered out: its row still holds
   * the key, and writes of the parent must keep it (see {@link HeldKeyRegistry}).
   */
  private static <P> void holdFilteredKey(P parent, AssociationSpec<P, ?, ?> association,
      Object key, boolean found) {
    if (key != null && !found) {
      HeldKeyRegistry.hold(parent, association, key);
    } else {
      HeldKeyRegistry.forget(parent, association);
    }
  }

  private static <P, C, K> SqlBuilder select(
      IncludeSpec<P, C> include, AssociationSpec<P, C, K> association, List<K> keys) {
    EntityTable<C> target = association.target();
    List<SqlCondition<C>> conditions = new ArrayList<>();
    conditions.add(new KeyIn<>(association, keys));
    conditions.addAll(include.conditions());
    conditions.addAll(requiredConditions(include.nested(), target.name()));
    List<Part> orders = new ArrayList<>();
    for (Order<C> order : include.orders()) {
      orders.add(Part.text(order.sql()));
    }
    SqlBuilder sql = new SqlBuilder();
    Statements.select(sql, Tables.of(target), target.selectList(), include.filter(),
        WhereClause.parts(sql, conditions), true, orders, null);
    return sql;
  }

  /** {@code <child column> IN (?, ?, ...)} over one chunk of parent keys. */
  private static final class KeyIn<C, K> extends SqlCondition<C> {
    private final AssociationSpec<?, C, K> association;
    private final List<K> keys;

    KeyIn(AssociationSpec<?, C, K> association, List<K> keys) {
      this.association = association;
      this.keys = Objects.requireNonNull(keys);
    }

    @Override
    public void appendTo(SqlBuilder sql) {
      List<Part> values = new ArrayList<>(keys.size());
      for (K key : keys) {
        values.add(WhereClause.parameter(sql, key, association.keyType()));
      }
      Statements.in(sql, association.childColumn(), values);
    }
  }
}
