package dev.paranoid.processor.model;

/**
 * What {@code @Column} / {@code @JoinColumn} say about a column's DDL; used only for the table
 * definition the schema helper creates.
 *
 * @param nullable whether NULL is allowed ({@code nullable}; never for primitives)
 * @param length VARCHAR length ({@code length}, default 255)
 * @param precision DECIMAL precision ({@code precision}, default 38)
 * @param scale DECIMAL scale ({@code scale}, default 2)
 * @param definition {@code columnDefinition}, or null
 * @param unique {@code unique}
 * @param lob {@code @Lob}: the dialect's large text or binary type
 */
public record ColumnFacts(boolean nullable, int length, int precision, int scale,
    String definition, boolean unique, boolean lob) {}
