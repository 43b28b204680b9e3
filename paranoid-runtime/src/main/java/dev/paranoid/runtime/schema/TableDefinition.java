package dev.paranoid.runtime.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shape of one entity's table, as the processor read it from the mapping annotations; the
 * generated DAO's {@code TABLE_DEFINITION}. {@link Schema} turns definitions into DDL.
 *
 * @param name the table as written in SQL
 * @param key the primary-key column
 * @param identity whether the database generates the key
 * @param columns every column, the key included
 * @param deletedColumn the deletion column, or null for a table that is not paranoid
 * @param foreignKeys join columns and what they reference
 * @param uniqueKeys column groups that must be unique (among live rows, on a paranoid table)
 */
public record TableDefinition(
    String name,
    String key,
    boolean identity,
    List<ColumnDefinition> columns,
    String deletedColumn,
    List<ForeignKey> foreignKeys,
    List<List<String>> uniqueKeys) {

  public TableDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    columns = List.copyOf(columns);
    foreignKeys = List.copyOf(foreignKeys);
    uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
  }

  /** A join column and the key it references. */
  public record ForeignKey(String column, String table, String referencedColumn) {}

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a definition; the generated DAOs use it so that their source reads like DDL. */
  public static final class Builder {
    private final String name;
    private String key;
    private boolean identity;
    private final List<ColumnDefinition> columns = new ArrayList<>();
    private String deletedColumn;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<List<String>> uniqueKeys = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** A primary key the database generates (IDENTITY / AUTO_INCREMENT). */
    public Builder identityKey(String column, SqlType type) {
      return key(column, type, true);
    }

    /** A primary key the application assigns. */
    public Builder key(String column, SqlType type) {
      return key(column, type, false);
    }

    /** A nullable column; follow with {@link #notNull()} and the other modifiers as needed. */
    public Builder column(String column, SqlType type) {
      return column(column, type, true);
    }

    /** Makes the last column NOT NULL. */
    public Builder notNull() {
      return replaceLast(last -> new ColumnDefinition(last.name(), last.type(), false,
          last.length(), last.precision(), last.scale(), last.definition()));
    }

    /** The primary key; {@code identity} when the database generates it. */
    public Builder key(String column, SqlType type, boolean identity) {
      this.key = column;
      this.identity = identity;
      return column(column, type, false);
    }

    public Builder column(String column, SqlType type, boolean nullable) {
      columns.add(new ColumnDefinition(column, type, nullable, 255, 38, 2, null));
      return this;
    }

    /** Sets the last column's VARCHAR length. */
    public Builder length(int length) {
      return replaceLast(last -> new ColumnDefinition(last.name(), last.type(), last.nullable(),
          length, last.precision(), last.scale(), last.definition()));
    }

    /** Sets the last column's DECIMAL precision and scale. */
    public Builder precision(int precision, int scale) {
      return replaceLast(last -> new ColumnDefinition(last.name(), last.type(), last.nullable(),
          last.length(), precision, scale, last.definition()));
    }

    /** Gives the last column a verbatim type ({@code @Column(columnDefinition)}). */
    public Builder definition(String definition) {
      return replaceLast(last -> new ColumnDefinition(last.name(), last.type(), last.nullable(),
          last.length(), last.precision(), last.scale(), definition));
    }

    public Builder deletedColumn(String column) {
      this.deletedColumn = column;
      return this;
    }

    public Builder foreignKey(String column, String table, String referencedColumn) {
      foreignKeys.add(new ForeignKey(column, table, referencedColumn));
      return this;
    }

    public Builder unique(String... columns) {
      uniqueKeys.add(List.of(columns));
      return this;
    }

    public TableDefinition build() {
      return new TableDefinition(
          name, key, identity, columns, deletedColumn, foreignKeys, uniqueKeys);
    }

    private Builder replaceLast(java.util.function.UnaryOperator<ColumnDefinition> change) {
      if (columns.isEmpty()) {
        throw new IllegalStateException("no column to modify yet");
      }
      columns.set(columns.size() - 1, change.apply(columns.get(columns.size() - 1)));
      return this;
    }
  }
}
