package dev.paranoid.runtime.schema;

/**
 * One column of a {@link TableDefinition}.
 *
 * @param name the column as written in SQL (quoted when it is a reserved word)
 * @param type its portable type
 * @param nullable whether NULL is allowed
 * @param length for VARCHAR
 * @param precision for DECIMAL
 * @param scale for DECIMAL
 * @param definition a {@code @Column(columnDefinition)} used verbatim instead of the type, or null
 */
public record ColumnDefinition(
    String name, SqlType type, boolean nullable, int length, int precision, int scale,
    String definition) {}
