package dev.paranoid.runtime.internal;

import dev.paranoid.runtime.Column;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Update;
import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlColumn;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.condition.WhereClause;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.JdbcType;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.internal.jdbc.TimestampType;
import dev.paranoid.runtime.sql.SqlSink.Part;
import dev.paranoid.runtime.sql.SqlTable;
import dev.paranoid.runtime.sql.Statements;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link Update} of a generated DAO:
 * {@code UPDATE t SET a = ?, b = ?[, updated_at = ?][, version = version + 1]
 * WHERE deleted_at IS NULL AND <where>}.
 */
final class BulkUpdate<E> implements Update<E> {

  private final EntityTable<E> table;
  private final SqlTable shape;
  private final SqlExecutor executor;
  private final Supplier<Instant> now;
  private final Map<String, Assignment<?>> assignments = new LinkedHashMap<>();
  private final List<SqlCondition<E>> conditions = new ArrayList<>();

  BulkUpdate(EntityTable<E> table, SqlTable shape, SqlExecutor executor, Supplier<Instant> now) {
    this.table = table;
    this.shape = shape;
    this.executor = executor;
    this.now = now;
  }

  @Override
  public <T> Update<E> set(Column<E, T> column, T value) {
    SqlColumn<E, T> sqlColumn = SqlColumn.checked(column, "column");
    String name = sqlColumn.sqlName();
    String refusal = refusal(name);
    if (refusal != null) {
      throw new IllegalArgumentException("update().set(" + name + ", ..): " + refusal);
    }
    if (assignments.containsKey(name)) {
      throw new IllegalArgumentException(
          "update().set(" + name + ", ..): the column is already set in this update");
    }
    assignments.put(name, new Assignment<>(name, value, sqlColumn.type()));
    return this;
  }

  /** Why a bulk update may not set {@code column}, or null when it may. */
  private String refusal(String column) {
    EntityTable.Managed managed = table.managed();
    if (column.equals(table.idColumn())) {
      return "the key names the row; it is never changed";
    } else if (column.equals(table.deletedColumn())) {
      return "the deletion column is changed by destroy and restore only";
    } else if (table.deletedBy() != null && column.equals(table.deletedBy().column())) {
      return "the @DeletedBy column is set by destroy and cleared by restore only";
    } else if (column.equals(table.versionColumn())) {
      return "the version is bumped by every update, never set";
    } else if (column.equals(managed.createdColumn())) {
      return "createdAt is set once, by create";
    } else if (column.equals(managed.updatedColumn())) {
      return "updatedAt is set by every update to its time";
    } else if (managed.readOnlyColumns().contains(column)) {
      return "the column is mapped updatable = false";
    }
    return null;
  }

  @Override
  public Update<E> where(Condition<E> condition) {
    conditions.add(SqlCondition.of(condition, "condition"));
    return this;
  }

  @Override
  public int execute() {
    if (assignments.isEmpty()) {
      throw new IllegalStateException("update().execute(): nothing to set; call set(column, value)"
          + " first");
    }
    if (conditions.isEmpty()) {
      throw new IllegalStateException("update().execute() was given no where(..); pass"
          + " Condition.all() to change every live row");
    }
    SqlBuilder sql = new SqlBuilder();
    List<Part> sets = new ArrayList<>(assignments.size() + 1);
    for (Assignment<?> assignment : assignments.values()) {
      sets.add(assignment.part(sql));
    }
    EntityTable.Managed managed = table.managed();
    if (managed.updatedColumn() != null) {
      sets.add(stamp(sql, managed.updatedColumn(), managed.updatedType(), now.get()));
    }
    Statements.bulkUpdate(sql, shape, sets, WhereClause.parts(sql, conditions));
    return executor.update(sql.sql(), sql.binder());
  }

  private static <T> Part stamp(SqlBuilder sql, String column, TimestampType<T> type,
      Instant instant) {
    return new Assignment<>(column, type.fromInstant(instant), type).part(sql);
  }

  /** {@code column = ?}, bound to {@code value}. */
  private record Assignment<T>(String column, T value, JdbcType<T> type) {
    Part part(SqlBuilder sql) {
      Part parameter = WhereClause.parameter(sql, value, type);
      return sink -> {
        sink.append(column).append(" = ");
        parameter.writeTo(sink);
      };
    }
  }
}
