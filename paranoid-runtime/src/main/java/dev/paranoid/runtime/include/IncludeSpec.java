package dev.paranoid.runtime.include;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Include;
import dev.paranoid.runtime.Order;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.condition.SqlOrder;
import dev.paranoid.runtime.sql.DeletedFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An immutable include: an association and how to load it. Each option returns a copy. */
public final class IncludeSpec<P, C> implements Include<P, C> {

  private final AssociationSpec<P, C, ?> association;
  private final boolean includeDeleted;
  private final boolean required;
  private final List<SqlCondition<C>> conditions;
  private final List<Order<C>> orders;
  private final List<IncludeSpec<C, ?>> nested;

  private IncludeSpec(AssociationSpec<P, C, ?> association, boolean includeDeleted,
      boolean required, List<SqlCondition<C>> conditions, List<Order<C>> orders,
      List<IncludeSpec<C, ?>> nested) {
    this.association = association;
    this.includeDeleted = includeDeleted;
    this.required = required;
    this.conditions = List.copyOf(conditions);
    this.orders = List.copyOf(orders);
    this.nested = List.copyOf(nested);
  }

  static <P, C> IncludeSpec<P, C> of(AssociationSpec<P, C, ?> association) {
    return new IncludeSpec<>(association, false, false, List.of(), List.of(), List.of());
  }

  /** {@code include} as a spec; includes come only from generated association constants. */
  public static <P, C> IncludeSpec<P, C> from(Include<P, C> include, String parameterName) {
    Objects.requireNonNull(include, () -> parameterName + " must not contain null");
    if (include instanceof IncludeSpec) {
      return (IncludeSpec<P, C>) include;
    }
    if (include instanceof AssociationSpec) {
      return of((AssociationSpec<P, C, ?>) include);
    }
    throw new IllegalArgumentException(parameterName + " contains a " + include.getClass().getName()
        + "; build includes from the generated DAO's association constants");
  }

  @Override
  public Include<P, C> includeDeleted() {
    return new IncludeSpec<>(association, true, required, conditions, orders, nested);
  }

  @Override
  public Include<P, C> where(Condition<C> condition) {
    List<SqlCondition<C>> more = new ArrayList<>(conditions);
    more.add(SqlCondition.of(condition, "condition"));
    return new IncludeSpec<>(association, includeDeleted, required, more, orders, nested);
  }

  @Override
  public Include<P, C> required() {
    return new IncludeSpec<>(association, includeDeleted, true, conditions, orders, nested);
  }

  @Override
  @SafeVarargs
  public final Include<P, C> include(Include<C, ?>... includes) {
    Objects.requireNonNull(includes, "nested must not be null");
    List<IncludeSpec<C, ?>> more = new ArrayList<>(nested);
    for (Include<C, ?> include : includes) {
      more.add(from(include, "nested"));
    }
    return new IncludeSpec<>(association, includeDeleted, required, conditions, orders, more);
  }

  @Override
  @SafeVarargs
  public final Include<P, C> orderBy(Order<C>... orderings) {
    Objects.requireNonNull(orderings, "orders must not be null");
    List<Order<C>> more = new ArrayList<>(orders);
    for (Order<C> order : orderings) {
      more.add(SqlOrder.checked(order, "orders"));
    }
    return new IncludeSpec<>(association, includeDeleted, required, conditions, more, nested);
  }

  AssociationSpec<P, C, ?> association() {
    return association;
  }

  boolean isIncludeDeleted() {
    return includeDeleted;
  }

  boolean isRequired() {
    return required;
  }

  List<SqlCondition<C>> conditions() {
    return conditions;
  }

  List<Order<C>> orders() {
    return orders;
  }

  List<IncludeSpec<C, ?>> nested() {
    return nested;
  }

  /** The deleted filter on the child table, or null when this include sees every row. */
  /** Which child rows the include sees. */
  DeletedFilter filter() {
    return includeDeleted ? DeletedFilter.ALL : DeletedFilter.LIVE;
  }

  /** The include's deleted filter on its child rows as {@code qualifier} names them. */
  String deletedPredicate(String qualifier) {
    String column = association.target().deletedColumn();
    return filter().predicate(column == null ? null : qualifier + "." + column);
  }

  @Override
  public String toString() {
    return "include " + association.name() + (includeDeleted ? " includeDeleted" : "")
        + (required ? " required" : "") + (conditions.isEmpty() ? "" : " where " + conditions)
        + (nested.isEmpty() ? "" : " " + nested);
  }
}
