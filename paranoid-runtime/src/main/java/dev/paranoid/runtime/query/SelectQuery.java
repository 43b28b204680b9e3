package dev.paranoid.runtime.query;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Include;
import dev.paranoid.runtime.Order;
import dev.paranoid.runtime.Query;
import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.condition.SqlOrder;
import dev.paranoid.runtime.include.IncludeLoader;
import dev.paranoid.runtime.include.IncludeSpec;
import dev.paranoid.runtime.jdbc.JdbcTypes;
import dev.paranoid.runtime.jdbc.SqlExecutor;
import dev.paranoid.runtime.table.EntityTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link Query} of a generated DAO. Renders
 * {@code SELECT <columns> FROM <table> WHERE <deleted filter> AND (<where>) ... ORDER BY ...
 * LIMIT ? OFFSET ?}; without an {@code orderBy} rows come in primary-key order.
 */
public final class SelectQuery<E> implements Query<E> {

  private final SqlExecutor executor;
  private final EntityTable<E> table;
  private final List<SqlCondition<E>> conditions = new ArrayList<>();
  private final List<Order<E>> orders = new ArrayList<>();
  private final List<IncludeSpec<E, ?>> includes = new ArrayList<>();
  private DeletedFilter filter = DeletedFilter.LIVE;
  private Integer limit;
  private Integer offset;

  public SelectQuery(SqlExecutor executor, EntityTable<E> table) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public Query<E> where(Condition<E> condition) {
    conditions.add(SqlCondition.of(condition, "condition"));
    return this;
  }

  @Override
  public Query<E> includeDeleted() {
    filter = DeletedFilter.ALL;
    return this;
  }

  @Override
  public Query<E> onlyDeleted() {
    filter = DeletedFilter.ONLY_DELETED;
    return this;
  }

  @Override
  @SafeVarargs
  public final Query<E> include(Include<E, ?>... includes) {
    Objects.requireNonNull(includes, "includes must not be null");
    for (Include<E, ?> include : includes) {
      this.includes.add(IncludeSpec.from(include, "includes"));
    }
    return this;
  }

  @Override
  @SafeVarargs
  public final Query<E> orderBy(Order<E>... orders) {
    Objects.requireNonNull(orders, "orders must not be null");
    for (Order<E> order : orders) {
      this.orders.add(SqlOrder.checked(order, "orders"));
    }
    return this;
  }

  @Override
  public Query<E> limit(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + n);
    }
    limit = n;
    return this;
  }

  @Override
  public Query<E> offset(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + n);
    }
    offset = n;
    return this;
  }

  @Override
  public List<E> list() {
    SqlBuilder sql = select(table.selectList(), limit, offset);
    List<E> roots = executor.list(sql.sql(), sql.binder(), table.reader());
    IncludeLoader.load(executor, roots, includes);
    return roots;
  }

  @Override
  public Optional<E> first() {
    SqlBuilder sql = select(table.selectList(), limit == null ? 1 : Math.min(1, limit), offset);
    List<E> rows = executor.list(sql.sql(), sql.binder(), table.reader());
    IncludeLoader.load(executor, rows, includes);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  @Override
  public long count() {
    if (limit == null && offset == null) {
      SqlBuilder sql = new SqlBuilder().append("SELECT COUNT(*) FROM ").append(table.name());
      appendWhere(sql);
      return executor.count(sql.sql(), sql.binder());
    }
    // the count of a page is the count of the rows list() would return
    SqlBuilder page = select(table.idColumn(), limit, offset);
    SqlBuilder sql = new SqlBuilder().append("SELECT COUNT(*) FROM (").append(page.sql())
        .append(") page");
    return executor.count(sql.sql(), page.binder());
  }

  private SqlBuilder select(String columns, Integer limit, Integer offset) {
    SqlBuilder sql = new SqlBuilder()
        .append("SELECT ").append(columns).append(" FROM ").append(table.name());
    appendWhere(sql);
    appendOrderBy(sql);
    if (limit != null) {
      sql.append(" LIMIT ").parameter((long) limit, JdbcTypes.LONG);
    } else if (offset != null) {
      sql.append(executor.dialect().limitForOffsetOnly());
    }
    if (offset != null) {
      sql.append(" OFFSET ").parameter((long) offset, JdbcTypes.LONG);
    }
    return sql;
  }

  private void appendWhere(SqlBuilder sql) {
    List<SqlCondition<E>> all = new ArrayList<>(conditions);
    all.addAll(IncludeLoader.requiredConditions(includes, table.name()));
    WhereClause.append(sql, filter.predicate(table.deletedColumn()), all);
  }

  private void appendOrderBy(SqlBuilder sql) {
    sql.append(" ORDER BY ");
    for (Order<E> order : orders) {
      sql.append(order.sql()).append(", ");
    }
    sql.append(table.idColumn());
  }
}
