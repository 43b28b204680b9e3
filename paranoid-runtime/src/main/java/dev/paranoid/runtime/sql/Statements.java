package dev.paranoid.runtime.sql;

import dev.paranoid.runtime.sql.SqlSink.Part;
import java.util.List;

/**
 * The shape of every statement Paranoid runs, written once: the processor renders them into the
 * generated DAOs' constants and Javadoc, the runtime renders the dynamic ones with their values
 * bound. The parts a caller fills in (values, conditions, orderings) are {@link Part}s, so the
 * text around them cannot differ between the two.
 *
 * <p>Standard SQL with the identifiers as the processor validated them; the runtime's dialect
 * adapts quoting and the few forms a database spells its own way. No JDBC here: the processor
 * carries this package inside its own jar.
 */
public final class Statements {

  private Statements() {}

  /**
   * {@code INSERT INTO t (a, b) VALUES (?, ?)}, or {@code INSERT INTO t DEFAULT VALUES} when no
   * column has a value to send (standard SQL; "()" is refused by PostgreSQL).
   */
  public static void insert(SqlSink sql, String table, List<String> columns) {
    sql.append("INSERT INTO ").append(table);
    if (columns.isEmpty()) {
      sql.append(" DEFAULT VALUES");
      return;
    }
    sql.append(" (").append(String.join(", ", columns)).append(") VALUES (");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(")");
  }

  /**
   * {@code , (?, ?, ?)} once for each row after the first of a multi-row INSERT whose rows have
   * {@code columns} values each: appended to {@link #insert}'s statement, it inserts
   * {@code rows} rows.
   */
  public static void moreRows(SqlSink sql, int columns, int rows) {
    StringBuilder row = new StringBuilder(", (");
    for (int i = 0; i < columns; i++) {
      row.append(i == 0 ? "?" : ", ?");
    }
    String text = row.append(')').toString();
    for (int i = 1; i < rows; i++) {
      sql.append(text);
    }
  }

  /**
   * {@code  RETURNING column}: the inserted rows' generated keys as a result, in row order, for
   * databases whose drivers report only one key per statement (MariaDB; pgjdbc appends it itself).
   */
  public static void returning(SqlSink sql, String column) {
    sql.append(" RETURNING ").append(column);
  }

  /**
   * {@code UPDATE t SET a = ?, b = ?[, version = version + 1] WHERE deleted IS NULL AND key = ?[
   * AND version = ?]}: a live row by its key (and, when versioned, the version it was read at).
   * With nothing to set, the key is assigned to itself so that the row is still found.
   */
  public static void update(SqlSink sql, SqlTable table, List<String> columns) {
    sql.append("UPDATE ").append(table.name()).append(" SET ");
    if (columns.isEmpty() && !table.isVersioned()) {
      sql.append(table.key()).append(" = ").append(table.key());
    } else {
      sql.append(String.join(", ", columns.stream().map(column -> column + " = ?").toList()));
      if (table.isVersioned()) {
        sql.append(columns.isEmpty() ? "" : ", ");
        bump(sql, table.versionColumn());
      }
    }
    where(sql, DeletedFilter.LIVE.predicate(table.deletedColumn()), byKey(table));
  }

  /**
   * {@code SELECT columns FROM t WHERE <filter> AND <conditions>[ ORDER BY <orders>, key][ page]}:
   * with {@code ordered} false no ORDER BY (a read by key); {@code page} writes the limit and
   * offset, or is null.
   */
  public static void select(SqlSink sql, SqlTable table, String columns, DeletedFilter filter,
      List<Part> conditions, boolean ordered, List<Part> orders, Part page) {
    sql.append("SELECT ").append(columns).append(" FROM ").append(table.name());
    where(sql, filter.predicate(table.deletedColumn()), conditions);
    if (ordered) {
      sql.append(" ORDER BY ");
      for (Part order : orders) {
        order.writeTo(sql);
        sql.append(", ");
      }
      sql.append(table.key());
    }
    if (page != null) {
      page.writeTo(sql);
    }
  }

  /** {@code SELECT COUNT(*) FROM t WHERE <filter> AND <conditions>}. */
  public static void count(SqlSink sql, SqlTable table, DeletedFilter filter,
      List<Part> conditions) {
    sql.append("SELECT COUNT(*) FROM ").append(table.name());
    where(sql, filter.predicate(table.deletedColumn()), conditions);
  }

  /** {@code SELECT COUNT(*) FROM (<page>) page}: the rows one page of a query holds. */
  public static void countPage(SqlSink sql, Part page) {
    sql.append("SELECT COUNT(*) FROM (");
    page.writeTo(sql);
    sql.append(") page");
  }

  /**
   * {@code UPDATE t SET deleted = ?[, deleted_by = ?][, version = version + 1] WHERE <filter> AND
   * <conditions>}: a soft destroy (filter {@link DeletedFilter#LIVE}), or a cascade's change of
   * rows it locked and names by key (filter {@link DeletedFilter#ALL}). {@code deletedBy} writes
   * the actor of an audited table, and is ignored for another.
   */
  public static void softDestroy(SqlSink sql, SqlTable table, Part deletedAt, Part deletedBy,
      DeletedFilter filter, List<Part> conditions) {
    sql.append("UPDATE ").append(table.name()).append(" SET ").append(table.deletedColumn())
        .append(" = ");
    deletedAt.writeTo(sql);
    if (table.isAudited()) {
      sql.append(", ").append(table.deletedByColumn()).append(" = ");
      deletedBy.writeTo(sql);
    }
    if (table.isVersioned()) {
      sql.append(", ");
      bump(sql, table.versionColumn());
    }
    where(sql, filter.predicate(table.deletedColumn()), conditions);
  }

  /**
   * {@code UPDATE t SET a = ?, b = ?[, version = version + 1] WHERE deleted IS NULL AND
   * <conditions>}: a bulk update of live rows; {@code sets} are whole assignments
   * ({@code a = ?}), the managed timestamp among them.
   */
  public static void bulkUpdate(SqlSink sql, SqlTable table, List<Part> sets,
      List<Part> conditions) {
    sql.append("UPDATE ").append(table.name()).append(" SET ");
    for (int i = 0; i < sets.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      sets.get(i).writeTo(sql);
    }
    if (table.isVersioned()) {
      sql.append(sets.isEmpty() ? "" : ", ");
      bump(sql, table.versionColumn());
    }
    where(sql, DeletedFilter.LIVE.predicate(table.deletedColumn()), conditions);
  }

  /**
   * {@code UPDATE t SET deleted = NULL[, version = version + 1] WHERE <filter> AND <conditions>}:
   * a restore (filter {@link DeletedFilter#ONLY_DELETED}) or a cascade's change by key.
   */
  public static void restore(SqlSink sql, SqlTable table, DeletedFilter filter,
      List<Part> conditions) {
    sql.append("UPDATE ").append(table.name()).append(" SET ").append(table.deletedColumn())
        .append(" = NULL");
    if (table.isAudited()) {
      sql.append(", ").append(table.deletedByColumn()).append(" = NULL");
    }
    if (table.isVersioned()) {
      sql.append(", ");
      bump(sql, table.versionColumn());
    }
    where(sql, filter.predicate(table.deletedColumn()), conditions);
  }

  /** {@code DELETE FROM t WHERE <conditions>}: soft-deleted rows included. */
  public static void forceDestroy(SqlSink sql, SqlTable table, List<Part> conditions) {
    sql.append("DELETE FROM ").append(table.name());
    where(sql, null, conditions);
  }

  /**
   * {@code SELECT key[, deleted] FROM t WHERE <conditions> ORDER BY key FOR UPDATE}: a cascade
   * locks the rows in scope, whatever their state, in key order, and reads their state once
   * locked.
   */
  public static void lock(SqlSink sql, SqlTable table, List<Part> conditions) {
    sql.append("SELECT ").append(table.key());
    if (table.isParanoid()) {
      sql.append(", ").append(table.deletedColumn());
    }
    sql.append(" FROM ").append(table.name());
    where(sql, null, conditions);
    sql.append(" ORDER BY ").append(table.key()).append(" FOR UPDATE");
  }

  /** {@code column IN (v1, v2, ...)}; the Javadoc shows one {@code (?, …)}. */
  public static void in(SqlSink sql, String column, List<Part> values) {
    sql.append(column).append(" IN (");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      values.get(i).writeTo(sql);
    }
    sql.append(")");
  }

  /**
   * {@code EXISTS (SELECT 1 FROM child alias WHERE alias.childColumn = outer.parentColumn AND
   * <filter> AND <conditions>)}: the test of a {@code required()} include.
   */
  public static void exists(SqlSink sql, String childTable, String alias, String childColumn,
      String parentColumn, String deletedPredicate, List<Part> conditions) {
    sql.append("EXISTS (SELECT 1 FROM ").append(childTable).append(" ").append(alias)
        .append(" WHERE ").append(alias).append(".").append(childColumn).append(" = ")
        .append(parentColumn);
    if (deletedPredicate != null) {
      sql.append(" AND ").append(deletedPredicate);
    }
    for (Part condition : conditions) {
      sql.append(" AND ");
      condition.writeTo(sql);
    }
    sql.append(")");
  }

  /**
   * {@code WHERE <deleted predicate> AND <condition> AND ...}, or nothing when there is nothing
   * to test. The deleted predicate stands apart and first, so a condition can never replace it:
   * compound conditions parenthesise themselves, which keeps an {@code OR} inside its own group
   * (Sequelize issue #8406).
   */
  private static void where(SqlSink sql, String deletedPredicate, List<Part> conditions) {
    String separator = " WHERE ";
    if (deletedPredicate != null) {
      sql.append(separator).append(deletedPredicate);
      separator = " AND ";
    }
    for (Part condition : conditions) {
      sql.append(separator);
      condition.writeTo(sql);
      separator = " AND ";
    }
  }

  /** {@code key = ?[ AND version = ?]}: one row as an instance operation names it. */
  public static List<Part> byKey(SqlTable table) {
    Part key = Part.text(table.key() + " = ?");
    return table.isVersioned()
        ? List.of(key, Part.text(table.versionColumn() + " = ?"))
        : List.of(key);
  }

  /** A row that changes gets a new version, so that entities read before become stale. */
  private static void bump(SqlSink sql, String versionColumn) {
    sql.append(versionColumn).append(" = ").append(versionColumn).append(" + 1");
  }
}
