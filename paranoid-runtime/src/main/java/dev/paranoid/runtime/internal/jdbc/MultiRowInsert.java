package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.sql.SqlText;
import dev.paranoid.runtime.sql.Statements;

/**
 * A DAO's single-row {@code INSERT} grown to many rows: {@code VALUES (?, ?), (?, ?), …}, at most
 * {@link #MAX_ROWS} rows per statement and never more parameters than the database takes.
 */
final class MultiRowInsert {

  /**
   * Rows per statement. Past about a thousand rows a longer statement saves no measurable time
   * (the round trip is already shared by them all) while the database parses and plans a longer
   * text, and the driver holds every value of it at once.
   */
  static final int MAX_ROWS = 1_000;

  private final String insert;
  private final int columns;

  private MultiRowInsert(String insert, int columns) {
    this.insert = insert;
    this.columns = columns;
  }

  /** The multi-row form of {@code insert}, a single-row {@code INSERT … VALUES (?, …)}. */
  static MultiRowInsert of(String insert) {
    int columns = 0;
    for (int i = insert.lastIndexOf(" VALUES ("); i >= 0 && i < insert.length(); i++) {
      if (insert.charAt(i) == '?') {
        columns++;
      }
    }
    return new MultiRowInsert(insert, columns);
  }

  /** The values one row binds; 0 for {@code INSERT INTO t DEFAULT VALUES}, which has one row only. */
  int columns() {
    return columns;
  }

  /**
   * How many rows one statement holds on {@code dialect}: {@link #MAX_ROWS}, or fewer where the
   * rows' parameters would pass the database's limit per statement (PostgreSQL's protocol counts
   * them in 16 bits, pgjdbc refuses more than 32,767; MariaDB and MySQL take 65,535 in a prepared
   * statement; H2 gets PostgreSQL's limit, its parse time grows with the text).
   */
  int rowsPerStatement(Dialect dialect) {
    if (columns == 0) {
      return 1;
    }
    int parameters = dialect == Dialect.MARIADB ? 65_535 : 32_767;
    return Math.max(1, Math.min(MAX_ROWS, parameters / columns));
  }

  /** The statement inserting {@code rows} rows, with {@code RETURNING key} when {@code key} is given. */
  String sql(int rows, String returning) {
    return SqlText.of(sql -> {
      sql.append(insert);
      Statements.moreRows(sql, columns, rows);
      if (returning != null) {
        Statements.returning(sql, returning);
      }
    });
  }
}
