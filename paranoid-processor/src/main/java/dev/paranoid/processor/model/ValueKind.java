package dev.paranoid.processor.model;

/**
 * The Java types a column can hold. The writer maps each to the runtime's {@code JdbcTypes} member
 * that binds and reads it, and to the value a primitive field gets for SQL NULL.
 */
public enum ValueKind {
  STRING,
  LONG,
  INT,
  SHORT,
  BYTE,
  BOOLEAN,
  DOUBLE,
  FLOAT,
  CHAR,
  BIG_DECIMAL,
  BYTES,
  UUID,
  LOCAL_DATE,
  LOCAL_DATE_TIME,
  INSTANT,
  OFFSET_DATE_TIME,
  INSTANT_WITH_TIME_ZONE,
  OFFSET_DATE_TIME_WITH_TIME_ZONE,
  ENUM_BY_NAME,
  ENUM_BY_ORDINAL;

  public boolean isEnum() {
    return this == ENUM_BY_NAME || this == ENUM_BY_ORDINAL;
  }

  /** Whether a managed timestamp (createdAt, updatedAt, deletedAt) may have this kind. */
  public boolean isTimestamp() {
    return this == INSTANT || this == OFFSET_DATE_TIME || this == LOCAL_DATE_TIME
        || this == INSTANT_WITH_TIME_ZONE || this == OFFSET_DATE_TIME_WITH_TIME_ZONE;
  }
}
