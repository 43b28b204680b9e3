package dev.paranoid.runtime.include;

import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.condition.WhereClause;
import dev.paranoid.runtime.sql.Statements;
import java.util.ArrayList;
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
    List<SqlCondition<C>> conditions = new ArrayList<>(child.conditions());
    addRequired(child.nested(), alias, depth + 1, conditions);
    Statements.exists(sql, association.target().name(), alias, association.childColumn(),
        outer + '.' + association.parentColumn(), child.deletedPredicate(alias),
        WhereClause.parts(sql, conditions));
  }
}
