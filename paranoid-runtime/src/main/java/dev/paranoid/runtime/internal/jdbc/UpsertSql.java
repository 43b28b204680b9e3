package dev.paranoid.runtime.internal.jdbc;

import java.util.Objects;

/**
 * An entity's upsert in each database's form (see {@code dev.paranoid.runtime.sql.Upserts}), with
 * the INSERT whose parameters every form binds.
 *
 * @param table the table, for messages
 * @param insert the single-row INSERT: its parameters are each form's first ones
 * @param postgresql PostgreSQL's {@code INSERT … ON CONFLICT … RETURNING}
 * @param mariadb MariaDB's {@code INSERT … ON DUPLICATE KEY UPDATE … RETURNING}
 * @param h2 H2's {@code MERGE … USING … ON …}
 * @param selectList the columns each form returns: H2 gives them as the MERGE's generated keys
 */
public record UpsertSql(String table, String insert, String postgresql, String mariadb, String h2,
    String selectList) {

  public UpsertSql {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(insert, "insert");
    Objects.requireNonNull(postgresql, "postgresql");
    Objects.requireNonNull(mariadb, "mariadb");
    Objects.requireNonNull(h2, "h2");
    Objects.requireNonNull(selectList, "selectList");
  }

  /** How many parameters the INSERT has: MariaDB's match values come after them. */
  int insertParameters() {
    return MultiRowInsert.of(insert).columns();
  }
}
