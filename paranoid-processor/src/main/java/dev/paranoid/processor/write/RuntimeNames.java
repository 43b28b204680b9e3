package dev.paranoid.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime and JDK types generated code refers to. */
final class RuntimeNames {

  private RuntimeNames() {}

  private static final String RUNTIME = "dev.paranoid.runtime";

  static final ClassName COLUMN = ClassName.get(RUNTIME, "Column");
  static final ClassName CONDITION = ClassName.get(RUNTIME, "Condition");
  static final ClassName QUERY = ClassName.get(RUNTIME, "Query");
  static final ClassName SQL_COLUMN = ClassName.get(RUNTIME + ".condition", "SqlColumn");
  static final ClassName JDBC_TYPE = ClassName.get(RUNTIME + ".jdbc", "JdbcType");
  static final ClassName JDBC_TYPES = ClassName.get(RUNTIME + ".jdbc", "JdbcTypes");
  static final ClassName SQL_EXECUTOR = ClassName.get(RUNTIME + ".jdbc", "SqlExecutor");
  static final ClassName STATEMENT_BINDER = ClassName.get(RUNTIME + ".jdbc", "StatementBinder");
  static final ClassName DIALECT = ClassName.get(RUNTIME + ".jdbc", "Dialect");
  static final ClassName ENTITY_TABLE = ClassName.get(RUNTIME + ".table", "EntityTable");
  static final ClassName PARANOID_TABLE = ClassName.get(RUNTIME + ".table", "ParanoidTable");
  static final ClassName HELD_KEY_REGISTRY =
      ClassName.get(RUNTIME + ".include", "HeldKeyRegistry");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");
  static final ClassName CLOCK = ClassName.get("java.time", "Clock");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
  static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
}
