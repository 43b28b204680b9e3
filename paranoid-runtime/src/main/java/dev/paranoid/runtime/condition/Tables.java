package dev.paranoid.runtime.condition;

import dev.paranoid.runtime.internal.jdbc.CascadeSpec;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.sql.SqlTable;

/**
 * The statement renderer's view ({@link SqlTable}) of the tables generated DAOs describe. Kept out
 * of the descriptions themselves, which generated code sees, because the renderer is not exported.
 */
public final class Tables {

  private Tables() {}

  public static SqlTable of(EntityTable<?> table) {
    return new SqlTable(table.name(), table.idColumn(), table.selectList(), table.deletedColumn(),
        table.versionColumn(), table.deletedBy() == null ? null : table.deletedBy().column());
  }

  /** A cascade's child table; its statements select only the key and the deletion column. */
  public static SqlTable of(CascadeSpec level) {
    return new SqlTable(level.table(), level.key(), level.key(), level.deletedColumn(),
        level.versionColumn(), level.deletedBy() == null ? null : level.deletedBy().column());
  }
}
