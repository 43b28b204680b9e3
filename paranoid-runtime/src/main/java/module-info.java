/**
 * The runtime the generated DAOs call.
 *
 * <ul>
 *   <li>{@code dev.paranoid.runtime}: the API users program against (columns, conditions, queries,
 *       includes, transactions, dialects, exceptions).
 *   <li>{@code dev.paranoid.runtime.schema}: the helper that creates the tables of a set of DAOs.
 *   <li>{@code dev.paranoid.runtime.internal} and {@code dev.paranoid.runtime.internal.jdbc}: for
 *       generated code only, with no compatibility promise; exported because generated DAOs live in
 *       the users' own packages.
 * </ul>
 *
 * <p>The engines behind them (transactions, conditions, queries, includes, cascades) are not
 * exported.
 */
module dev.paranoid.runtime {
  requires transitive java.sql;

  exports dev.paranoid.runtime;
  exports dev.paranoid.runtime.schema;
  exports dev.paranoid.runtime.internal;
  exports dev.paranoid.runtime.internal.jdbc;
}
