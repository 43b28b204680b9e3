/**
 * The runtime the generated DAOs call. The root package is the API users see; the others are the
 * machinery behind it, exported because generated code in the users' own packages refers to it.
 */
module dev.paranoid.runtime {
  requires transitive java.sql;

  exports dev.paranoid.runtime;
  exports dev.paranoid.runtime.cascade;
  exports dev.paranoid.runtime.condition;
  exports dev.paranoid.runtime.include;
  exports dev.paranoid.runtime.jdbc;
  exports dev.paranoid.runtime.query;
  exports dev.paranoid.runtime.schema;
  exports dev.paranoid.runtime.table;
}
