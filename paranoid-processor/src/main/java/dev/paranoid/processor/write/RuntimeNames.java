package dev.paranoid.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime and JDK types generated code refers to. */
final class RuntimeNames {

  private RuntimeNames() {}

  private static final String RUNTIME = "dev.paranoid.runtime";

  static final ClassName COLUMN = ClassName.get(RUNTIME, "Column");
  static final ClassName CONDITION = ClassName.get(RUNTIME, "Condition");
  static final ClassName QUERY = ClassName.get(RUNTIME, "Query");
  static final ClassName DIALECT = ClassName.get(RUNTIME, "Dialect");
  static final ClassName ASSOCIATION = ClassName.get(RUNTIME, "Association");
  static final ClassName OPTIMISTIC_LOCK_EXCEPTION =
      ClassName.get(RUNTIME, "OptimisticLockException");

  // for generated code only: dev.paranoid.runtime.internal and its jdbc package
  private static final String INTERNAL = RUNTIME + ".internal";
  private static final String INTERNAL_JDBC = INTERNAL + ".jdbc";
  static final ClassName COLUMNS = ClassName.get(INTERNAL, "Columns");
  static final ClassName ASSOCIATIONS = ClassName.get(INTERNAL, "Associations");
  static final ClassName PARANOID_TABLE = ClassName.get(INTERNAL, "ParanoidTable");
  static final ClassName JDBC_TYPE = ClassName.get(INTERNAL_JDBC, "JdbcType");
  static final ClassName JDBC_TYPES = ClassName.get(INTERNAL_JDBC, "JdbcTypes");
  static final ClassName SQL_EXECUTOR = ClassName.get(INTERNAL_JDBC, "SqlExecutor");
  static final ClassName STATEMENT_BINDER = ClassName.get(INTERNAL_JDBC, "StatementBinder");
  static final ClassName ROW = ClassName.get(INTERNAL_JDBC, "Row");
  static final ClassName ENTITY_TABLE = ClassName.get(INTERNAL_JDBC, "EntityTable");
  static final ClassName CASCADE_SPEC = ClassName.get(INTERNAL_JDBC, "CascadeSpec");

  // the schema helper
  static final ClassName TABLE_DEFINITION = ClassName.get(RUNTIME + ".schema", "TableDefinition");
  static final ClassName SQL_TYPE = ClassName.get(RUNTIME + ".schema", "SqlType");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");
  static final ClassName CLOCK = ClassName.get("java.time", "Clock");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
}
