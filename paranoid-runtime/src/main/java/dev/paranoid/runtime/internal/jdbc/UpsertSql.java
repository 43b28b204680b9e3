package dev.paranoid.runtime.internal.jdbc;

import java.util.Locale;
import java.util.Objects;

/**
 * An entity's upsert in each database's form (see {@code dev.paranoid.runtime.sql.Upserts}), with
 * the INSERT whose parameters every form binds. What each call needs of the texts is worked out
 * once, here.
 */
public final class UpsertSql {

  private final String table;
  private final String insert;
  private final String postgresql;
  private final String mariadb;
  private final String h2;
  private final int insertParameters;
  private final String[] h2Columns;

  /**
   * @param table the table, for messages
   * @param insert the single-row INSERT: its parameters are each form's first ones
   * @param postgresql PostgreSQL's {@code INSERT … ON CONFLICT … RETURNING}
   * @param mariadb MariaDB's {@code INSERT … ON DUPLICATE KEY UPDATE … RETURNING}
   * @param h2 H2's {@code MERGE … USING … ON …}
   * @param selectList the columns each form returns: H2 gives them as the MERGE's generated keys
   */
  public UpsertSql(String table, String insert, String postgresql, String mariadb, String h2,
      String selectList) {
    this.table = Objects.requireNonNull(table, "table");
    this.insert = Objects.requireNonNull(insert, "insert");
    this.postgresql = Objects.requireNonNull(postgresql, "postgresql");
    this.mariadb = Objects.requireNonNull(mariadb, "mariadb");
    this.h2 = Objects.requireNonNull(h2, "h2");
    this.insertParameters = MultiRowInsert.of(insert).columns();
    this.h2Columns = h2Names(Objects.requireNonNull(selectList, "selectList"));
  }

  /**
   * The select list's columns as H2 stores their names, which its driver is asked for by name: a
   * quoted name as written, an unquoted one in upper case.
   */
  private static String[] h2Names(String selectList) {
    String[] names = selectList.split(", ");
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      names[i] = name.startsWith("\"") && name.endsWith("\"")
          ? name.substring(1, name.length() - 1)
          : name.toUpperCase(Locale.ROOT);
    }
    return names;
  }

  String table() {
    return table;
  }

  String insert() {
    return insert;
  }

  String postgresql() {
    return postgresql;
  }

  String mariadb() {
    return mariadb;
  }

  String h2() {
    return h2;
  }

  /** How many parameters the INSERT has: MariaDB's match values come after them. */
  int insertParameters() {
    return insertParameters;
  }

  /** The columns H2's MERGE is asked to return as generated keys (shared: not to be changed). */
  String[] h2Columns() {
    return h2Columns;
  }
}
