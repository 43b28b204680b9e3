package dev.paranoid.runtime.cascade;

import dev.paranoid.runtime.condition.SqlBuilder;
import dev.paranoid.runtime.condition.SqlCondition;
import dev.paranoid.runtime.jdbc.Dialect;
import dev.paranoid.runtime.jdbc.TimestampType;
import dev.paranoid.runtime.table.EntityTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements a cascade runs, deepest level first. Each statement finds its rows through an
 * EXISTS chain up to the root rows the operation targets; the root rows change last, so every
 * chain is evaluated on the state before the operation. One statement per cascade level, however
 * many rows: set-based, never a statement per child.
 *
 * <ul>
 *   <li>soft destroy: live children of live parents: {@code UPDATE child SET deleted = ? WHERE
 *       deleted IS NULL AND EXISTS (SELECT 1 FROM parent a1 WHERE a1.key = child.fk AND
 *       a1.deleted IS NULL AND ...)}
 *   <li>restore: children deleted at the same instant as their parent: {@code ... a1.deleted =
 *       child.deleted ...}, so children deleted earlier on their own stay deleted; the comparison
 *       is the dialect's {@link Dialect#sameInstant}, exact when the two columns differ in kind
 *       (zoned and zone-less)
 *   <li>force destroy: every child of the root rows, paranoid or not
 * </ul>
 */
public final class CascadeStatements {

  private CascadeStatements() {}

  /** How a cascade level relates to its parent. */
  private enum Mode { SOFT_DESTROY, RESTORE, FORCE_DESTROY }

  public static <E> List<SqlBuilder> softDestroy(
      EntityTable<E> root, List<CascadeSpec> cascades, SqlCondition<E> where, Instant now) {
    return statements(root, cascades, where, Mode.SOFT_DESTROY, now, null);
  }

  public static <E> List<SqlBuilder> restore(EntityTable<E> root, List<CascadeSpec> cascades,
      SqlCondition<E> where, Dialect dialect) {
    return statements(root, cascades, where, Mode.RESTORE, null, dialect);
  }

  public static <E> List<SqlBuilder> forceDestroy(
      EntityTable<E> root, List<CascadeSpec> cascades, SqlCondition<E> where) {
    return statements(root, cascades, where, Mode.FORCE_DESTROY, null, null);
  }

  private static <E> List<SqlBuilder> statements(EntityTable<E> root, List<CascadeSpec> cascades,
      SqlCondition<E> where, Mode mode, Instant now, Dialect dialect) {
    List<SqlBuilder> statements = new ArrayList<>();
    Level rootLevel = new Level(root.name(), root.idColumn(), root.deletedColumn(), null, null);
    for (CascadeSpec cascade : cascades) {
      collect(cascade, List.of(rootLevel), where, mode, now, dialect, statements);
    }
    return statements;
  }

  /** Adds the statements of {@code cascade}'s subtree (children first), then its own. */
  private static <E> void collect(CascadeSpec cascade, List<Level> ancestors, SqlCondition<E> where,
      Mode mode, Instant now, Dialect dialect, List<SqlBuilder> out) {
    if (mode != Mode.FORCE_DESTROY && !cascade.isParanoid()) {
      return; // a plain child is not soft-deleted, nor are its descendants through it
    }
    Level level = new Level(cascade.table(), cascade.key(), cascade.deletedColumn(),
        cascade.foreignKey(), cascade.parentKey());
    List<Level> chain = new ArrayList<>(ancestors);
    chain.add(level);
    for (CascadeSpec child : cascade.children()) {
      collect(child, chain, where, mode, now, dialect, out);
    }
    out.add(statement(cascade, chain, where, mode, now, dialect));
  }

  private static <E> SqlBuilder statement(CascadeSpec cascade, List<Level> chain,
      SqlCondition<E> where, Mode mode, Instant now, Dialect dialect) {
    SqlBuilder sql = new SqlBuilder();
    String table = cascade.table();
    switch (mode) {
      case SOFT_DESTROY -> {
        sql.append("UPDATE ").append(table).append(" SET ").append(cascade.deletedColumn())
            .append(" = ");
        bindTimestamp(sql, cascade.deletedType(), now);
        sql.append(" WHERE ").append(cascade.deletedColumn()).append(" IS NULL AND ");
      }
      case RESTORE -> sql.append("UPDATE ").append(table).append(" SET ")
          .append(cascade.deletedColumn()).append(" = NULL WHERE ")
          .append(cascade.deletedColumn()).append(" IS NOT NULL AND ");
      case FORCE_DESTROY -> sql.append("DELETE FROM ").append(table).append(" WHERE ");
    }
    appendAncestors(sql, chain, chain.size() - 1, table, where, mode, dialect);
    return sql;
  }

  /**
   * {@code EXISTS (SELECT 1 FROM <parent of chain[index]> aN WHERE aN.key = <rows>.fk AND ...)},
   * up to the root, whose test is the operation's condition.
   */
  private static <E> void appendAncestors(SqlBuilder sql, List<Level> chain, int index,
      String rows, SqlCondition<E> where, Mode mode, Dialect dialect) {
    Level child = chain.get(index);
    Level parent = chain.get(index - 1);
    String alias = "a" + (index - 1);
    sql.append("EXISTS (SELECT 1 FROM ").append(parent.table()).append(' ' + alias)
        .append(" WHERE ").append(alias + '.' + child.parentKey()).append(" = ")
        .append(rows + '.' + child.foreignKey());
    if (mode == Mode.SOFT_DESTROY) {
      sql.append(" AND ").append(alias + '.' + parent.deletedColumn()).append(" IS NULL");
    } else if (mode == Mode.RESTORE) {
      sql.append(" AND ").append(dialect.sameInstant(
          alias + '.' + parent.deletedColumn(), rows + '.' + child.deletedColumn()));
    }
    sql.append(" AND ");
    if (index - 1 == 0) {
      // the root: unqualified names in the condition resolve to the innermost table, a0
      where.appendTo(sql);
    } else {
      appendAncestors(sql, chain, index - 1, alias, where, mode, dialect);
    }
    sql.append(")");
  }

  private static <T> void bindTimestamp(SqlBuilder sql, TimestampType<T> type, Instant instant) {
    sql.parameter(type.fromInstant(instant), type);
  }

  private record Level(
      String table, String key, String deletedColumn, String foreignKey, String parentKey) {}
}
