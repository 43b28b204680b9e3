package dev.paranoid.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between the supported databases. Generated SQL is written once, in standard SQL
 * with double-quoted identifiers; a dialect adapts it where a database disagrees.
 */
public enum Dialect {
  H2,
  POSTGRESQL,
  MARIADB {
    @Override
    public String adapt(String sql) {
      // Generated SQL has no string literals (every value is a parameter), so every double quote
      // is an identifier quote, which MariaDB/MySQL spell with backticks.
      return withoutDefaultValues(sql.indexOf('"') < 0 ? sql : sql.replace('"', '`'));
    }

    @Override
    public String limitForOffsetOnly() {
      // MySQL/MariaDB accept OFFSET only after a LIMIT; this is the documented "no limit" value.
      return " LIMIT 18446744073709551615";
    }
  };

  /** The dialect of the database behind {@code connection}, from its metadata. */
  public static Dialect detect(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("mariadb") || product.contains("mysql")) {
      return MARIADB;
    }
    throw new SQLException(
        "Paranoid supports H2, PostgreSQL and MariaDB/MySQL; this database is \""
            + metaData.getDatabaseProductName() + "\"");
  }

  /**
   * How many keys one {@code IN} list may hold, leaving room for the other parameters of a
   * statement: PostgreSQL's protocol allows 32,767 parameters per statement (pgjdbc), MariaDB
   * 65,535. H2 has no fixed limit but slows down sharply on very long lists (a 60,000-key list
   * took about a minute), so it gets chunks of 5,000.
   */
  public int maxInListSize() {
    return switch (this) {
      case POSTGRESQL -> 30_000;
      case MARIADB -> 60_000;
      case H2 -> 5_000;
    };
  }

  /**
   * {@code INSERT INTO t DEFAULT VALUES} (a row of defaults only, standard SQL) as MariaDB and
   * MySQL spell it: {@code INSERT INTO t () VALUES ()}.
   */
  private static String withoutDefaultValues(String sql) {
    return sql.startsWith("INSERT INTO ") && sql.endsWith(" DEFAULT VALUES")
        ? sql.substring(0, sql.length() - " DEFAULT VALUES".length()) + " () VALUES ()"
        : sql;
  }

  /** The statement as this database must receive it. */
  public String adapt(String sql) {
    return sql;
  }

  /**
   * What must stand before {@code OFFSET ?} when a query has an offset but no limit (with a
   * leading space), or "" when the database accepts a bare {@code OFFSET}.
   */
  public String limitForOffsetOnly() {
    return "";
  }
}
