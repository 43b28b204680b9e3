package dev.paranoid.runtime.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The one statement of an upsert, in each database's own form, written once for the processor's
 * constants and Javadoc. The row is matched by {@code match} (the key, or a unique key) among live
 * rows only: a soft-deleted row is never changed, and on a unique key it never conflicts (the key
 * holds among live rows). Each form gives the stored row back, read with the table's select list.
 *
 * <p>Each form takes the INSERT's parameters, in the INSERT's order; MariaDB's also takes the
 * match columns' values once more, after them, to tell whether the row it returns is the one that
 * was matched.
 */
public final class Upserts {

  /** The column MariaDB's form adds to its returned row: 1 when the row was the match. */
  public static final String MATCHED = "paranoid_matched";

  private Upserts() {}

  /**
   * {@code INSERT … ON CONFLICT (match)[ WHERE deleted IS NULL] DO UPDATE SET c = EXCLUDED.c, …
   * WHERE t.deleted IS NULL RETURNING …}: on a unique key the arbiter is its partial index of live
   * rows; on the key, a soft-deleted holder fails the DO UPDATE's WHERE and no row comes back.
   */
  public static void postgresql(SqlSink sql, SqlTable table, List<String> inserted,
      List<String> match, List<String> set) {
    Statements.insert(sql, table.name(), inserted);
    sql.append(" ON CONFLICT (").append(String.join(", ", match)).append(")");
    if (!isKey(table, match)) {
      sql.append(" WHERE ").append(table.deletedColumn()).append(" IS NULL");
    }
    List<String> assignments = new ArrayList<>();
    for (String column : set) {
      assignments.add(column + " = EXCLUDED." + column);
    }
    if (table.isVersioned()) {
      assignments.add(table.versionColumn() + " = " + table.name() + "." + table.versionColumn()
          + " + 1");
    }
    if (assignments.isEmpty()) {
      assignments.add(match.get(0) + " = EXCLUDED." + match.get(0));
    }
    sql.append(" DO UPDATE SET ").append(String.join(", ", assignments))
        .append(" WHERE ").append(table.name()).append(".").append(table.deletedColumn())
        .append(" IS NULL RETURNING ").append(table.selectList());
  }

  /**
   * {@code INSERT … ON DUPLICATE KEY UPDATE c = IF(<matched>, VALUES(c), c), … RETURNING …,
   * (<matched>) AS paranoid_matched}. MariaDB updates the row of whichever unique key clashes, so
   * each assignment changes only the live row of the match, and the returned flag says whether the
   * row that came back is that one (it is not when the key's holder is soft-deleted, or when
   * another live row holds one of the entity's other unique values).
   */
  public static void mariadb(SqlSink sql, SqlTable table, List<String> inserted,
      List<String> match, List<String> set) {
    Statements.insert(sql, table.name(), inserted);
    StringBuilder matched = new StringBuilder(table.deletedColumn()).append(" IS NULL");
    StringBuilder returnedMatch = new StringBuilder(matched);
    for (String column : match) {
      matched.append(" AND ").append(column).append(" <=> VALUES(").append(column).append(")");
      returnedMatch.append(" AND ").append(column).append(" <=> ?");
    }
    List<String> assignments = new ArrayList<>();
    for (String column : set) {
      assignments.add(column + " = IF(" + matched + ", VALUES(" + column + "), " + column + ")");
    }
    if (table.isVersioned()) {
      String version = table.versionColumn();
      assignments.add(version + " = IF(" + matched + ", " + version + " + 1, " + version + ")");
    }
    if (assignments.isEmpty()) {
      assignments.add(match.get(0) + " = " + match.get(0));
    }
    sql.append(" ON DUPLICATE KEY UPDATE ").append(String.join(", ", assignments))
        .append(" RETURNING ").append(table.selectList())
        .append(", (").append(returnedMatch.toString()).append(") AS ").append(MATCHED);
  }

  /**
   * {@code MERGE INTO t USING (VALUES 1) ON t.deleted IS NULL AND t.m = ?1 WHEN MATCHED THEN UPDATE
   * SET c = ?3, … WHEN NOT MATCHED THEN INSERT (…) VALUES (?1, ?2, …)}: numbered parameters, so
   * that each of the INSERT's values is bound once wherever it stands. A soft-deleted holder of the
   * key is not matched, and the INSERT then fails on the key. The stored row comes back as the
   * statement's generated keys, asked for by the select list's columns (wrapped in
   * {@code FINAL TABLE}, a MERGE that fails on a unique key loses the row it was updating: H2
   * 2.3.232).
   */
  public static void h2(SqlSink sql, SqlTable table, List<String> inserted, List<String> match,
      List<String> set) {
    String name = table.name();
    sql.append("MERGE INTO ").append(name).append(" USING (VALUES 1) ON ").append(name).append(".")
        .append(table.deletedColumn()).append(" IS NULL");
    for (String column : match) {
      sql.append(" AND ").append(name).append(".").append(column).append(" = ")
          .append(parameter(inserted, column));
    }
    List<String> assignments = new ArrayList<>();
    for (String column : set) {
      assignments.add(column + " = " + parameter(inserted, column));
    }
    if (table.isVersioned()) {
      assignments.add(table.versionColumn() + " = " + name + "." + table.versionColumn() + " + 1");
    }
    if (assignments.isEmpty()) {
      assignments.add(match.get(0) + " = " + name + "." + match.get(0));
    }
    sql.append(" WHEN MATCHED THEN UPDATE SET ").append(String.join(", ", assignments))
        .append(" WHEN NOT MATCHED THEN INSERT (").append(String.join(", ", inserted))
        .append(") VALUES (");
    for (int i = 0; i < inserted.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?").append(Integer.toString(i + 1));
    }
    sql.append(")");
  }

  /** {@code ?n}: the INSERT's parameter for {@code column}. */
  private static String parameter(List<String> inserted, String column) {
    int index = inserted.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException(column + " is not among the inserted columns " + inserted);
    }
    return "?" + (index + 1);
  }

  private static boolean isKey(SqlTable table, List<String> match) {
    return match.size() == 1 && match.get(0).equals(table.key());
  }
}
