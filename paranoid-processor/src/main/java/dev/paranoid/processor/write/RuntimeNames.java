package dev.paranoid.processor.write;

import com.palantir.javapoet.ClassName;
import dev.paranoid.processor.model.ValueKind;

/**
 * Every type outside the entity's own code that generated code names: the runtime's API and its
 * package for generated code, the schema helper, the JDK, and the injection annotations of each
 * component model. The processor does not load these classes; it only writes their names.
 */
final class RuntimeNames {

  private RuntimeNames() {}

  private static final String RUNTIME = "dev.paranoid.runtime";

  static final ClassName COLUMN = ClassName.get(RUNTIME, "Column");
  static final ClassName CONDITION = ClassName.get(RUNTIME, "Condition");
  static final ClassName QUERY = ClassName.get(RUNTIME, "Query");
  static final ClassName UPDATE = ClassName.get(RUNTIME, "Update");
  static final ClassName FOUND_OR_CREATED = ClassName.get(RUNTIME, "FoundOrCreated");
  static final ClassName DIALECT = ClassName.get(RUNTIME, "Dialect");
  static final ClassName ASSOCIATION = ClassName.get(RUNTIME, "Association");
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
  static final ClassName PARAMETERS = ClassName.get(INTERNAL_JDBC, "Parameters");
  static final ClassName ROW = ClassName.get(INTERNAL_JDBC, "Row");
  static final ClassName ENTITY_TABLE = ClassName.get(INTERNAL_JDBC, "EntityTable");
  static final ClassName UPSERT_SQL = ClassName.get(INTERNAL_JDBC, "UpsertSql");
  static final ClassName CASCADE_SPEC = ClassName.get(INTERNAL_JDBC, "CascadeSpec");
  static final ClassName AUDIT_COLUMN = ClassName.get(INTERNAL_JDBC, "AuditColumn");
  static final ClassName DAO_CONFIG = ClassName.get(RUNTIME, "DaoConfig");
  static final ClassName AUDITOR = ClassName.get(RUNTIME, "Auditor");

  // the schema helper
  static final ClassName TABLE_DEFINITION = ClassName.get(RUNTIME + ".schema", "TableDefinition");
  static final ClassName SQL_TYPE = ClassName.get(RUNTIME + ".schema", "SqlType");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");
  static final ClassName CLOCK = ClassName.get("java.time", "Clock");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName SUPPLIER = ClassName.get("java.util.function", "Supplier");
  static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
  static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");

  // the component models' annotations and providers
  static final ClassName JAKARTA_INJECT = ClassName.get("jakarta.inject", "Inject");
  static final ClassName JAKARTA_SINGLETON = ClassName.get("jakarta.inject", "Singleton");
  static final ClassName JAVAX_INJECT = ClassName.get("javax.inject", "Inject");
  static final ClassName JAVAX_SINGLETON = ClassName.get("javax.inject", "Singleton");
  static final ClassName SPRING_REPOSITORY =
      ClassName.get("org.springframework.stereotype", "Repository");
  static final ClassName SPRING_AUTOWIRED =
      ClassName.get("org.springframework.beans.factory.annotation", "Autowired");
  static final ClassName SPRING_OBJECT_PROVIDER =
      ClassName.get("org.springframework.beans.factory", "ObjectProvider");
  static final ClassName CDI_APPLICATION_SCOPED =
      ClassName.get("jakarta.enterprise.context", "ApplicationScoped");
  static final ClassName CDI_INSTANCE = ClassName.get("jakarta.enterprise.inject", "Instance");

  /** The {@code JdbcTypes} member that binds and reads values of {@code kind}: a constant, or for enums a factory. */
  static String jdbcTypesMember(ValueKind kind) {
    return switch (kind) {
      case STRING -> "STRING";
      case LONG -> "LONG";
      case INT -> "INT";
      case SHORT -> "SHORT";
      case BYTE -> "BYTE";
      case BOOLEAN -> "BOOLEAN";
      case DOUBLE -> "DOUBLE";
      case FLOAT -> "FLOAT";
      case CHAR -> "CHAR";
      case BIG_DECIMAL -> "BIG_DECIMAL";
      case BYTES -> "BYTES";
      case UUID -> "UUID_TYPE";
      case LOCAL_DATE -> "LOCAL_DATE";
      case LOCAL_DATE_TIME -> "LOCAL_DATE_TIME";
      case INSTANT -> "INSTANT";
      case OFFSET_DATE_TIME -> "OFFSET_DATE_TIME";
      case INSTANT_WITH_TIME_ZONE -> "INSTANT_WITH_TIME_ZONE";
      case OFFSET_DATE_TIME_WITH_TIME_ZONE -> "OFFSET_DATE_TIME_WITH_TIME_ZONE";
      case ENUM_BY_NAME -> "enumByName";
      case ENUM_BY_ORDINAL -> "enumByOrdinal";
    };
  }
}
