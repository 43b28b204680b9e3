package dev.paranoid.runtime.query;

import dev.paranoid.runtime.condition.Conditions;
import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlCondition;
import java.util.List;

/**
 * Writes {@code WHERE <deleted filter> AND <condition> AND ...}. The deleted filter stands apart
 * and first, so a condition can never replace it: compound conditions parenthesise themselves,
 * which keeps an {@code OR} inside its own group (Sequelize issue #8406).
 */
public final class WhereClause {

  private WhereClause() {}

  /** Appends the clause (with a leading space), or nothing when there is nothing to test. */
  public static <E> void append(
      SqlBuilder sql, String deletedPredicate, List<SqlCondition<E>> conditions) {
    String separator = " WHERE ";
    if (deletedPredicate != null) {
      sql.append(separator).append(deletedPredicate);
      separator = " AND ";
    }
    for (SqlCondition<E> condition : conditions) {
      if (condition == Conditions.all()) {
        continue; // "every row" needs no predicate
      }
      sql.append(separator);
      condition.appendTo(sql);
      separator = " AND ";
    }
  }
}
