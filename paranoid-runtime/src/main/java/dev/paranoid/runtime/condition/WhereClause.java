package dev.paranoid.runtime.condition;

import dev.paranoid.runtime.internal.jdbc.AuditColumn;
import dev.paranoid.runtime.internal.jdbc.JdbcType;
import dev.paranoid.runtime.sql.SqlSink.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions as the parts of a statement's WHERE (see {@code Statements.where}): each one writes
 * itself, with its values bound, into the builder of the statement; {@code Condition.all()}
 * writes nothing, since "every row" needs no predicate.
 */
public final class WhereClause {

  private WhereClause() {}

  /** The parts that write {@code conditions} into {@code sql}. */
  public static <E> List<Part> parts(SqlBuilder sql, List<? extends SqlCondition<E>> conditions) {
    List<Part> parts = new ArrayList<>(conditions.size());
    for (SqlCondition<E> condition : conditions) {
      if (condition != Conditions.all()) {
        parts.add(sink -> condition.appendTo(sql));
      }
    }
    return parts;
  }

  /**
   * The part that binds a soft destroy's actor as {@code column}'s type (checked by
   * {@code Actors} before anything ran), or null for a table without a {@code @DeletedBy} column.
   */
  public static Part actor(SqlBuilder sql, AuditColumn<?> column, Object actor) {
    return column == null ? null : typedActor(sql, column, actor);
  }

  private static <T> Part typedActor(SqlBuilder sql, AuditColumn<T> column, Object actor) {
    return parameter(sql, column.valueType().cast(actor), column.type());
  }

  /** The part that binds {@code value} as one parameter of {@code sql}. */
  public static <T> Part parameter(SqlBuilder sql, T value, JdbcType<T> type) {
    return sink -> sql.parameter(value, type);
  }
}
