package dev.paranoid.runtime.include;

import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlCondition;
import java.util.List;

/**
 * What {@code required()} adds to the parent's WHERE: {@code EXISTS (SELECT 1 FROM <child> iN
 * WHERE iN.<child column> = <outer>.<parent column> AND <child's own filters>)}. Filtering parents
 * in SQL, not after loading, keeps {@code limit}, {@code offset} and {@code count} about parents.
 * The child's conditions use unqualified names, which SQL resolves to the innermost table first.
 */
final class ExistsCondition<P> extends SqlCondition<P> {

  private final IncludeSpec<P, ?> include;
  private final String outer;
  private final int depth;

  private ExistsCondition(IncludeSpec<P, ?> include, String outer, int depth) {
    this.include = include;
    this.outer = outer;
    this.depth = depth;
  }

  /** One EXISTS per required include in {@code includes}; {@code outer} names the parent rows. */
  static <P> void addRequired(
      List<IncludeSpec<P, ?>> includes, String outer, int depth, List<SqlCondition<P>> out) {
    for (IncludeSpec<P, ?> include : includes) {
      if (include.isRequired()) {
        out.add(new ExistsCondition<>(include, outer, depth));
      }
    }
  }

  @Override
  public void appendTo(SqlBuilder sql) {
    appendChild(sql, include);
  }

  private <C> void appendChild(SqlBuilder sql, IncludeSpec<P, C> child) {
    AssociationSpec<P, C, ?> association = child.association();
    String alias = "i" + depth;
    sql.append("EXISTS (SELECT 1 FROM ").append(association.target().name()).append(' ' + alias)
        .append(" WHERE ").append(alias + '.' + association.childColumn())
        .append(" = ").append(outer + '.' + association.parentColumn());
    String deleted = child.deletedPredicate(alias);
    if (deleted != null) {
      sql.append(" AND ").append(deleted);
    }
    for (SqlCondition<C> condition : child.conditions()) {
      sql.append(" AND ");
      condition.appendTo(sql);
    }
    List<SqlCondition<C>> nested = new java.util.ArrayList<>();
    addRequired(child.nested(), alias, depth + 1, nested);
    for (SqlCondition<C> condition : nested) {
      sql.append(" AND ");
      condition.appendTo(sql);
    }
    sql.append(")");
  }
}
