package dev.paranoid.runtime;

import java.util.List;
import java.util.Objects;

/**
 * One page of a query and the size of the whole: {@link Query#page()}, Sequelize's
 * {@code findAndCountAll}.
 *
 * @param rows the rows of the query's {@code limit} and {@code offset}, as {@link Query#list()}
 *     returns them
 * @param total how many rows the query matches without its {@code limit} and {@code offset}
 */
public record Page<E>(List<E> rows, long total) {

  public Page {
    rows = List.copyOf(Objects.requireNonNull(rows, "rows must not be null"));
    if (total < rows.size()) {
      throw new IllegalArgumentException(
          "total " + total + " is less than the page's " + rows.size() + " rows");
    }
  }
}
