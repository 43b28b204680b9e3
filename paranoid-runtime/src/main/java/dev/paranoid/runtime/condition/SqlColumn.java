package dev.paranoid.runtime.condition;

import dev.paranoid.runtime.Column;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Order;
import dev.paranoid.runtime.internal.jdbc.JdbcType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The {@link Column} implementation behind every generated column constant. */
public final class SqlColumn<E, T> implements Column<E, T> {

  private final String sqlName;
  private final String fieldName;
  private final JdbcType<T> type;

  private SqlColumn(String sqlName, String fieldName, JdbcType<T> type) {
    this.sqlName = Objects.requireNonNull(sqlName, "sqlName");
    this.fieldName = Objects.requireNonNull(fieldName, "fieldName");
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * A column named {@code sqlName} in SQL (already quoted if it must be), mapped to
   * {@code fieldName} of the entity.
   */
  public static <E, T> SqlColumn<E, T> of(String sqlName, String fieldName, JdbcType<T> type) {
    return new SqlColumn<>(sqlName, fieldName, type);
  }

  /** {@code column} as a renderable column; columns come only from the DAO's constants. */
  public static <E, T> SqlColumn<E, T> checked(Column<E, T> column, String parameterName) {
    Objects.requireNonNull(column, () -> parameterName + " must not be null");
    if (column instanceof SqlColumn<E, T> sqlColumn) {
      return sqlColumn;
    }
    throw new IllegalArgumentException(parameterName + " is a " + column.getClass().getName()
        + "; use the generated DAO's column constants");
  }

  @Override
  public String sqlName() {
    return sqlName;
  }

  public JdbcType<T> type() {
    return type;
  }

  /** The entity's field (or record component) the column maps. */
  public String fieldName() {
    return fieldName;
  }

  @Override
  public Condition<E> eq(T value) {
    return value == null ? isNull() : new Comparison<>(this, " = ", value);
  }

  @Override
  public Condition<E> ne(T value) {
    return value == null ? isNotNull() : new Comparison<>(this, " <> ", value);
  }

  @Override
  public Condition<E> gt(T value) {
    return new Comparison<>(this, " > ", required(value, "gt"));
  }

  @Override
  public Condition<E> gte(T value) {
    return new Comparison<>(this, " >= ", required(value, "gte"));
  }

  @Override
  public Condition<E> lt(T value) {
    return new Comparison<>(this, " < ", required(value, "lt"));
  }

  @Override
  public Condition<E> lte(T value) {
    return new Comparison<>(this, " <= ", required(value, "lte"));
  }

  @Override
  public Condition<E> in(Collection<? extends T> values) {
    return membership(values, false);
  }

  @Override
  public Condition<E> notIn(Collection<? extends T> values) {
    return membership(values, true);
  }

  @Override
  public Condition<E> between(T low, T high) {
    T from = required(low, "between (low)");
    T to = required(high, "between (high)");
    return new SqlCondition<E>() {
      @Override
      public void appendTo(SqlBuilder sql) {
        sql.append(sqlName).append(" BETWEEN ").parameter(from, type)
            .append(" AND ").parameter(to, type);
      }
    };
  }

  @Override
  public Condition<E> isNull() {
    return Conditions.fixed(sqlName + " IS NULL");
  }

  @Override
  public Condition<E> isNotNull() {
    return Conditions.fixed(sqlName + " IS NOT NULL");
  }

  @Override
  public Condition<E> like(String pattern) {
    return textMatch(pattern, " LIKE ", "like");
  }

  @Override
  public Condition<E> notLike(String pattern) {
    return textMatch(pattern, " NOT LIKE ", "notLike");
  }

  @Override
  public Order<E> asc() {
    return new SqlOrder<>(sqlName + " ASC");
  }

  @Override
  public Order<E> desc() {
    return new SqlOrder<>(sqlName + " DESC");
  }

  @Override
  public String toString() {
    return fieldName + " (" + sqlName + ")";
  }

  private Condition<E> membership(Collection<? extends T> values, boolean negated) {
    String operation = negated ? "notIn" : "in";
    Objects.requireNonNull(values, () -> operation + "(values) on " + fieldName + ": values must not be null");
    List<T> present = new ArrayList<>(values.size());
    boolean withNull = false;
    for (T value : values) {
      if (value == null) {
        withNull = true;
      } else {
        present.add(value);
      }
    }
    // SQL's "x IN (NULL)" never matches; a null element means IS NULL, as eq(null) does.
    SqlCondition<E> list = present.isEmpty()
        ? (negated ? Conditions.all() : Conditions.none())
        : new InList<>(this, present, negated);
    if (!withNull) {
      return list;
    }
    return negated ? list.and(isNotNull()) : list.or(isNull());
  }

  private Condition<E> textMatch(String pattern, String operator, String operation) {
    Objects.requireNonNull(pattern, () -> operation + "(pattern) on " + fieldName + ": pattern must not be null");
    if (!type.isText()) {
      throw new IllegalArgumentException(
          operation + "(\"" + pattern + "\") needs a text column; " + fieldName + " is not one");
    }
    @SuppressWarnings("unchecked")
    JdbcType<String> text = (JdbcType<String>) type;
    return new SqlCondition<E>() {
      @Override
      public void appendTo(SqlBuilder sql) {
        sql.append(sqlName).append(operator).parameter(pattern, text);
      }
    };
  }

  private T required(T value, String operation) {
    if (value == null) {
      throw new IllegalArgumentException(
          operation + "(null) on " + fieldName + " matches nothing in SQL; use isNull() or eq(null)");
    }
    return value;
  }

  private static final class Comparison<E, T> extends SqlCondition<E> {
    private final SqlColumn<E, T> column;
    private final String operator;
    private final T value;

    Comparison(SqlColumn<E, T> column, String operator, T value) {
      this.column = column;
      this.operator = operator;
      this.value = value;
    }

    @Override
    public void appendTo(SqlBuilder sql) {
      sql.append(column.sqlName).append(operator).parameter(value, column.type);
    }
  }

  private static final class InList<E, T> extends SqlCondition<E> {
    private final SqlColumn<E, T> column;
    private final List<T> values;
    private final boolean negated;

    InList(SqlColumn<E, T> column, List<T> values, boolean negated) {
      this.column = column;
      this.values = List.copyOf(values);
      this.negated = negated;
    }

    @Override
    public void appendTo(SqlBuilder sql) {
      sql.append(column.sqlName).append(negated ? " NOT IN (" : " IN (");
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          sql.append(", ");
        }
        sql.parameter(values.get(i), column.type);
      }
      sql.append(")");
    }
  }
}
