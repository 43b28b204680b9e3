/**
 * For generated code only; no compatibility promise. The JDBC layer generated DAOs talk to:
 * the value types that bind and read each supported Java type ({@link
 * dev.paranoid.runtime.internal.jdbc.JdbcTypes}) with the statement's dialect at hand ({@link
 * dev.paranoid.runtime.internal.jdbc.Parameters}, {@link dev.paranoid.runtime.internal.jdbc.Row}),
 * the descriptions of tables and cascades, and the {@link
 * dev.paranoid.runtime.internal.jdbc.SqlExecutor} that runs every statement on the right connection.
 * Depends on the transaction engine, the statement shapes and the API only.
 */
package dev.paranoid.runtime.internal.jdbc;
