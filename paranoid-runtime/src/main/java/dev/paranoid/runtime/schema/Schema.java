package dev.paranoid.runtime.schema;

import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.transaction.ConnectionLease;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Creates the tables of a set of DAOs ({@code UserParanoidDao.TABLE_DEFINITION}, ...) on H2,
 * PostgreSQL or MariaDB/MySQL: columns, primary key, an index on each deletion column, foreign
 * keys for join columns whose table is in the set (with an index on the join column: PostgreSQL
 * does not make one itself), and unique keys. On a paranoid table a unique key holds among live
 * rows only, so a value can be reused after a soft delete: a partial unique index on PostgreSQL;
 * on H2 and MariaDB/MySQL a generated column per key column that is NULL once the row is
 * deleted, with the unique key on those. MariaDB and MySQL get one DDL, limited to what MySQL 8
 * also accepts: no UUID type, no CREATE INDEX IF NOT EXISTS (the index is part of CREATE TABLE).
 *
 * <p>For demos and tests, and as a starting point for migrations: {@link #ddl} gives the
 * statements without running them.
 */
public final class Schema {

  private Schema() {}

  /** Runs {@link #ddl} on the database behind {@code dataSource}; existing tables are kept. */
  public static void create(DataSource dataSource, TableDefinition... tables) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    String[] current = {null};
    run(dataSource, "Creating the schema failed", current, connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String sql : ddl(Dialect.detect(connection), tables)) {
          current[0] = sql;
          statement.execute(sql);
        }
      }
      return null;
    });
  }

  /** Drops the tables (children first); missing tables are ignored. */
  public static void drop(DataSource dataSource, TableDefinition... tables) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    String[] current = {null};
    run(dataSource, "Dropping the schema failed", current, connection -> {
      try (Statement statement = connection.createStatement()) {
        Dialect dialect = Dialect.detect(connection);
        List<TableDefinition> ordered = new ArrayList<>(inDependencyOrder(tables));
        java.util.Collections.reverse(ordered);
        for (TableDefinition table : ordered) {
          current[0] = dialect.adapt("DROP TABLE IF EXISTS " + table.name());
          statement.execute(current[0]);
        }
      }
      return null;
    });
  }

  /**
   * Runs DDL on a leased connection: committed when it arrives with auto-commit off (PostgreSQL's
   * DDL is transactional, and a pool would roll it back on close).
   */
  private static void run(DataSource dataSource, String failure, String[] current,
      ConnectionLease.ConnectionWork<Void> work) {
    ConnectionLease.with(dataSource, lease -> lease.runCall(work),
        e -> new ParanoidException(failure, current[0], e));
  }

  /** The DDL for {@code tables} on {@code dialect}, referenced tables first. */
  public static List<String> ddl(Dialect dialect, TableDefinition... tables) {
    Objects.requireNonNull(dialect, "dialect must not be null");
    List<TableDefinition> ordered = inDependencyOrder(tables);
    Set<String> names = new LinkedHashSet<>();
    ordered.forEach(table -> names.add(table.name()));
    List<String> statements = new ArrayList<>();
    for (TableDefinition table : ordered) {
      statements.add(dialect.adapt(createTable(dialect, table, names)));
      if (table.deletedColumn() != null && dialect != Dialect.MARIADB) {
        statements.add(dialect.adapt("CREATE INDEX IF NOT EXISTS "
            + derivedName(table.name(), List.of(table.deletedColumn()), "idx")
            + " ON " + table.name() + " (" + table.deletedColumn() + ")"));
      }
      if (dialect == Dialect.POSTGRESQL) {
        // H2 and MariaDB index a foreign key's column by themselves; PostgreSQL does not, and
        // includes, required() and cascades all look rows up by their join column
        for (TableDefinition.ForeignKey key : table.foreignKeys()) {
          statements.add("CREATE INDEX IF NOT EXISTS "
              + derivedName(table.name(), List.of(key.column()), "idx")
              + " ON " + table.name() + " (" + key.column() + ")");
        }
      }
      if (table.deletedColumn() != null && dialect == Dialect.POSTGRESQL) {
        for (List<String> unique : table.uniqueKeys()) {
          statements.add("CREATE UNIQUE INDEX IF NOT EXISTS "
              + derivedName(table.name(), unique, "live_key") + " ON " + table.name()
              + " (" + String.join(", ", unique) + ") WHERE " + table.deletedColumn() + " IS NULL");
        }
      }
    }
    return statements;
  }

  private static String createTable(Dialect dialect, TableDefinition table, Set<String> created) {
    List<String> lines = new ArrayList<>();
    Map<String, ColumnDefinition> byName = new LinkedHashMap<>();
    for (ColumnDefinition column : table.columns()) {
      byName.put(column.name(), column);
      String type = column.name().equals(table.key()) && table.identity()
          ? ColumnTypes.identity(dialect, column) : ColumnTypes.of(dialect, column);
      lines.add(column.name() + " " + type + (column.nullable() ? "" : " NOT NULL"));
    }
    lines.add("PRIMARY KEY (" + table.key() + ")");
    boolean liveOnly = table.deletedColumn() != null;
    for (List<String> unique : table.uniqueKeys()) {
      if (!liveOnly) {
        lines.add("CONSTRAINT " + derivedName(table.name(), unique, "key")
            + " UNIQUE (" + String.join(", ", unique) + ")");
      } else if (dialect != Dialect.POSTGRESQL) {
        List<String> liveColumns = new ArrayList<>();
        for (String column : unique) {
          String live = unquote(column) + "_live";
          if (!liveColumns.contains(live) && byName.containsKey(column)
              && lines.stream().noneMatch(line -> line.startsWith(live + " "))) {
            lines.add(live + " " + ColumnTypes.withoutConstraints(ColumnTypes.of(dialect, byName.get(column)))
                + " GENERATED ALWAYS AS (CASE WHEN " + table.deletedColumn() + " IS NULL THEN "
                + column + " END)" + (dialect == Dialect.MARIADB ? " STORED" : ""));
          }
          liveColumns.add(live);
        }
        lines.add("CONSTRAINT " + derivedName(table.name(), unique, "live_key")
            + " UNIQUE (" + String.join(", ", liveColumns) + ")");
      }
    }
    if (table.deletedColumn() != null && dialect == Dialect.MARIADB) {
      // MySQL 8 has no CREATE INDEX IF NOT EXISTS: the index comes with CREATE TABLE IF NOT EXISTS
      lines.add("INDEX " + derivedName(table.name(), List.of(table.deletedColumn()), "idx")
          + " (" + table.deletedColumn() + ")");
    }
    for (TableDefinition.ForeignKey key : table.foreignKeys()) {
      if (created.contains(key.table())) {
        lines.add("CONSTRAINT " + derivedName(table.name(), List.of(key.column()), "fk")
            + " FOREIGN KEY (" + key.column() + ") REFERENCES " + key.table()
            + " (" + key.referencedColumn() + ")");
      }
    }
    return "CREATE TABLE IF NOT EXISTS " + table.name() + " (\n  " + String.join(",\n  ", lines)
        + "\n)";
  }

  /** Tables before the tables that reference them; cycles keep the given order. */
  private static List<TableDefinition> inDependencyOrder(TableDefinition... tables) {
    Map<String, TableDefinition> byName = new LinkedHashMap<>();
    for (TableDefinition table : tables) {
      byName.put(Objects.requireNonNull(table, "tables must not contain null").name(), table);
    }
    List<TableDefinition> ordered = new ArrayList<>();
    Set<String> visiting = new LinkedHashSet<>();
    for (TableDefinition table : byName.values()) {
      visit(table, byName, visiting, ordered);
    }
    return ordered;
  }

  private static void visit(TableDefinition table, Map<String, TableDefinition> byName,
      Set<String> visiting, List<TableDefinition> ordered) {
    if (ordered.contains(table) || !visiting.add(table.name())) {
      return;
    }
    for (TableDefinition.ForeignKey key : table.foreignKeys()) {
      TableDefinition referenced = byName.get(key.table());
      if (referenced != null && referenced != table) {
        visit(referenced, byName, visiting, ordered);
      }
    }
    ordered.add(table);
  }

  /** A constraint or index name from raw (unquoted) names: {@code users_username_live_key}. */
  private static String derivedName(String table, List<String> columns, String suffix) {
    StringBuilder name = new StringBuilder(unquote(table));
    for (String column : columns) {
      name.append('_').append(unquote(column));
    }
    name.append('_').append(suffix);
    // identifiers are limited to 63 characters (PostgreSQL); keep the end, which says what it is
    return name.length() <= 63 ? name.toString()
        : name.substring(0, 54) + Integer.toHexString(name.toString().hashCode() & 0xfffffff);
  }

  private static String unquote(String name) {
    return name.replace("\"", "");
  }
}
