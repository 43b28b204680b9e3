package dev.paranoid.runtime;

import java.util.Collection;

/**
 * A mapped column of entity {@code E} holding values of type {@code T}; the generated DAO has one
 * constant per column ({@code UserParanoidDao.USERNAME}). Every value becomes a bound parameter.
 *
 * <p>{@code eq(null)} means {@code IS NULL} and {@code ne(null)} means {@code IS NOT NULL};
 * {@code in} of an empty collection matches nothing and {@code notIn} of one matches everything.
 */
public interface Column<E, T> {

  /** The column name as it appears in SQL (quoted when it is a reserved word). */
  String sqlName();

  Condition<E> eq(T value);

  Condition<E> ne(T value);

  Condition<E> gt(T value);

  Condition<E> gte(T value);

  Condition<E> lt(T value);

  Condition<E> lte(T value);

  Condition<E> in(Collection<? extends T> values);

  Condition<E> notIn(Collection<? extends T> values);

  Condition<E> between(T low, T high);

  Condition<E> isNull();

  Condition<E> isNotNull();

  /** SQL {@code LIKE} with {@code %} and {@code _} wildcards; text columns only. */
  Condition<E> like(String pattern);

  /** SQL {@code NOT LIKE}; text columns only. */
  Condition<E> notLike(String pattern);

  Order<E> asc();

  Order<E> desc();
}
