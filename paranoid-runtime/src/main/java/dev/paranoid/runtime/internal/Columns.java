package dev.paranoid.runtime.internal;

import dev.paranoid.runtime.Column;
import dev.paranoid.runtime.condition.SqlColumn;
import dev.paranoid.runtime.internal.jdbc.JdbcType;

/** Makes the column constants of generated DAOs. */
public final class Columns {

  private Columns() {}

  /**
   * The column named {@code sqlName} in SQL (already quoted if it must be), mapped to the entity's
   * property {@code fieldName} (named in error messages), its values bound and read as
   * {@code type}.
   */
  public static <E, T> Column<E, T> of(String sqlName, String fieldName, JdbcType<T> type) {
    return SqlColumn.of(sqlName, fieldName, type);
  }
}
