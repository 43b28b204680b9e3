package dev.paranoid.runtime.condition;

/** Conditions that belong to no column. */
public final class Conditions {

  private Conditions() {}

  private static final SqlCondition<Object> ALL = new Fixed<>("1 = 1");
  private static final SqlCondition<Object> NONE = new Fixed<>("1 = 0");

  @SuppressWarnings("unchecked")
  public static <E> SqlCondition<E> all() {
    return (SqlCondition<E>) ALL;
  }

  /** Matches no row; what {@code in(emptyCollection)} means. */
  @SuppressWarnings("unchecked")
  public static <E> SqlCondition<E> none() {
    return (SqlCondition<E>) NONE;
  }

  /** A condition the user wrote as SQL, {@code ?} placeholders bound to {@code values}. */
  public static <E> SqlCondition<E> sql(String fragment, Object... values) {
    return SqlFragment.of(fragment, values);
  }

  /** A condition whose SQL has no parameters. */
  static <E> SqlCondition<E> fixed(String sql) {
    return new Fixed<>(sql);
  }

  private static final class Fixed<E> extends SqlCondition<E> {
    private final String sql;

    Fixed(String sql) {
      this.sql = sql;
    }

    @Override
    public void appendTo(SqlBuilder builder) {
      builder.append(sql);
    }
  }
}
