package dev.paranoid.runtime.query;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Include;
import dev.paranoid.runtime.Order;
import dev.paranoid.runtime.Page;
import dev.paranoid.runtime.Query;
import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.condition.SqlOrder;
import dev.paranoid.runtime.condition.Tables;
import dev.paranoid.runtime.condition.WhereClause;
import dev.paranoid.runtime.include.IncludeLoader;
import dev.paranoid.runtime.include.IncludeSpec;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.JdbcTypes;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.sql.DeletedFilter;
import dev.paranoid.runtime.sql.SqlSink.Part;
import dev.paranoid.runtime.sql.SqlTable;
import dev.paranoid.runtime.sql.Statements;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The {@link Query} of a generated DAO. Renders
 * {@code SELECT <columns> FROM <table> WHERE <deleted filter> AND (<where>) ... ORDER BY ...
 * LIMIT ? OFFSET ?}; without an {@code orderBy} rows come in primary-key order.
 */
public final class SelectQuery<E> implements Query<E> {

  private final SqlExecutor executor;
  private final EntityTable<E> table;
  /** The table as the statements name it. */
  private final SqlTable shape;
  private final List<SqlCondition<E>> conditions = new ArrayList<>();
  private final List<Order<E>> orders = new ArrayList<>();
  private final List<IncludeSpec<E, ?>> includes = new ArrayList<>();
  private DeletedFilter filter = DeletedFilter.LIVE;
  private Integer limit;
  private Integer offset;

  public SelectQuery(SqlExecutor executor, EntityTable<E> table) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.table = Objects.requireNonNull(table, "table");
    this.shape = Tables.of(this.table);
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
    SqlBuilder sql = new SqlBuilder();
    if (limit == null && offset == null) {
      Statements.count(sql, shape, filter, where(sql));
    } else {
      // the count of a page is the count of the rows list() would return
      Statements.countPage(sql, page -> select(sql, table.idColumn(), limit, offset));
    }
    return executor.count(sql.sql(), sql.binder());
  }

  @Override
  public Page<E> page() {
    return executor.inTransaction(() -> {
      List<E> rows = list();
      int skipped = offset == null ? 0 : offset;
      boolean last = limit == null || rows.size() < limit;
      if (last && (!rows.isEmpty() || skipped == 0)) {
        // the page ends before its limit, so it is the last one: it tells the total itself
        return new Page<>(rows, skipped + rows.size());
      }
      SqlBuilder sql = new SqlBuilder();
      Statements.count(sql, shape, filter, where(sql));
      long total = executor.count(sql.sql(), sql.binder());
      return new Page<>(rows, total);
    });
  }

  /** Rows a stream reads from the database at a time, and roots whose includes load together. */
  private static final int STREAM_CHUNK = 1_000;

  @Override
  public Stream<E> stream() {
    SqlBuilder sql = select(table.selectList(), limit, offset);
    Stream<E> rows = executor.stream(sql.sql(), sql.binder(), table.reader(), STREAM_CHUNK);
    if (includes.isEmpty()) {
      return rows;
    }
    List<IncludeSpec<E, ?>> loaded = List.copyOf(includes);
    Iterator<E> roots = rows.iterator();
    Spliterator<List<E>> chunks = new Spliterators.AbstractSpliterator<List<E>>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super List<E>> action) {
        List<E> chunk = new ArrayList<>(STREAM_CHUNK);
        while (chunk.size() < STREAM_CHUNK && roots.hasNext()) {
          chunk.add(roots.next());
        }
        if (chunk.isEmpty()) {
          return false;
        }
        IncludeLoader.load(executor, chunk, loaded);
        action.accept(chunk);
        return true;
      }
    };
    return StreamSupport.stream(chunks, false).onClose(rows::close).flatMap(List::stream);
  }

  @Override
  public boolean exists() {
    if (limit != null && limit == 0) {
      return false;
    }
    SqlBuilder sql = select(table.idColumn(), 1, offset);
    return !executor.list(sql.sql(), sql.binder(), row -> Boolean.TRUE).isEmpty();
  }

  private SqlBuilder select(String columns, Integer limit, Integer offset) {
    return select(new SqlBuilder(), columns, limit, offset);
  }

  private SqlBuilder select(SqlBuilder sql, String columns, Integer limit, Integer offset) {
    List<Part> orderParts = new ArrayList<>(orders.size());
    for (Order<E> order : orders) {
      orderParts.add(Part.text(order.sql()));
    }
    Part page = limit == null && offset == null ? null : sink -> {
      if (limit != null) {
        sql.append(" LIMIT ").parameter((long) limit, JdbcTypes.LONG);
      } else {
        sql.append(executor.dialect().limitForOffsetOnly());
      }
      if (offset != null) {
        sql.append(" OFFSET ").parameter((long) offset, JdbcTypes.LONG);
      }
    };
    Statements.select(sql, shape, columns, filter, where(sql), true, orderParts, page);
    return sql;
  }

  /** The query's conditions and its required includes' EXISTS tests. */
  private List<Part> where(SqlBuilder sql) {
    List<SqlCondition<E>> all = new ArrayList<>(conditions);
    all.addAll(IncludeLoader.requiredConditions(includes, table.name()));
    return WhereClause.parts(sql, all);
  }
}
