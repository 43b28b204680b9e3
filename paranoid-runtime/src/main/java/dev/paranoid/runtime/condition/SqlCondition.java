package dev.paranoid.runtime.condition;

import dev.paranoid.runtime.Condition;
import java.util.List;
import java.util.Objects;

/** The one implementation family of {@link Condition}: a node that renders itself as SQL. */
public abstract class SqlCondition<E> implements Condition<E> {

  /** Appends this condition, self-contained (compound conditions parenthesise themselves). */
  public abstract void appendTo(SqlBuilder sql);

  @Override
  public Condition<E> and(Condition<E> other) {
    return new Junction<>(" AND ", List.of(this, of(other, "other")));
  }

  @Override
  public Condition<E> or(Condition<E> other) {
    return new Junction<>(" OR ", List.of(this, of(other, "other")));
  }

  @Override
  public Condition<E> not() {
    return new Negation<>(this);
  }

  /** {@code condition} as a renderable node; conditions come only from column constants. */
  public static <E> SqlCondition<E> of(Condition<E> condition, String parameterName) {
    Objects.requireNonNull(condition, () -> parameterName + " must not be null");
    if (condition instanceof SqlCondition) {
      return (SqlCondition<E>) condition;
    }
    throw new IllegalArgumentException(
        parameterName + " is a " + condition.getClass().getName()
            + "; build conditions from the generated DAO's column constants");
  }

  @Override
  public String toString() {
    SqlBuilder sql = new SqlBuilder();
    appendTo(sql);
    return sql.sql();
  }

  private static final class Junction<E> extends SqlCondition<E> {
    private final String operator;
    private final List<SqlCondition<E>> parts;

    Junction(String operator, List<SqlCondition<E>> parts) {
      this.operator = operator;
      this.parts = parts;
    }

    @Override
    public void appendTo(SqlBuilder sql) {
      sql.append("(");
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) {
          sql.append(operator);
        }
        parts.get(i).appendTo(sql);
      }
      sql.append(")");
    }
  }

  private static final class Negation<E> extends SqlCondition<E> {
    private final SqlCondition<E> negated;

    Negation(SqlCondition<E> negated) {
      this.negated = negated;
    }

    @Override
    public void appendTo(SqlBuilder sql) {
      sql.append("NOT (");
      negated.appendTo(sql);
      sql.append(")");
    }
  }
}
