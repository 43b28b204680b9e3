package dev.paranoid.runtime.condition;

import dev.paranoid.runtime.Order;
import java.util.Objects;

/** A sort key; rendered as written. */
public final class SqlOrder<E> implements Order<E> {

  private final String sql;

  SqlOrder(String sql) {
    this.sql = sql;
  }

  @Override
  public String sql() {
    return sql;
  }

  /** {@code order} as one of ours; orders come only from column constants. */
  public static <E> Order<E> checked(Order<E> order, String parameterName) {
    Objects.requireNonNull(order, () -> parameterName + " must not contain null");
    if (!(order instanceof SqlOrder)) {
      throw new IllegalArgumentException(
          parameterName + " contains a " + order.getClass().getName()
              + "; build orders with the generated DAO's column constants (asc(), desc())");
    }
    return order;
  }

  @Override
  public String toString() {
    return sql;
  }
}
