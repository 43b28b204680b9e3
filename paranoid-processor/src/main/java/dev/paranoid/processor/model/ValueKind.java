package dev.paranoid.processor.model;

/**
 * The Java types a column can hold, each tied to the runtime's {@code JdbcTypes} constant that
 * binds and reads it.
 */
public enum ValueKind {
  STRING("STRING", null),
  LONG("LONG", "0L"),
  INT("INT", "0"),
  SHORT("SHORT", "(short) 0"),
  BYTE("BYTE", "(byte) 0"),
  BOOLEAN("BOOLEAN", "false"),
  DOUBLE("DOUBLE", "0.0"),
  FLOAT("FLOAT", "0.0f"),
  CHAR("CHAR", "'\\0'"),
  BIG_DECIMAL("BIG_DECIMAL", null),
  BYTES("BYTES", null),
  UUID("UUID_TYPE", null),
  LOCAL_DATE("LOCAL_DATE", null),
  LOCAL_DATE_TIME("LOCAL_DATE_TIME", null),
  INSTANT("INSTANT", null),
  OFFSET_DATE_TIME("OFFSET_DATE_TIME", null),
  INSTANT_WITH_TIME_ZONE("INSTANT_WITH_TIME_ZONE", null),
  OFFSET_DATE_TIME_WITH_TIME_ZONE("OFFSET_DATE_TIME_WITH_TIME_ZONE", null),
  ENUM_BY_NAME("enumByName", null),
  ENUM_BY_ORDINAL("enumByOrdinal", null);

  private final String runtimeName;
  private final String primitiveDefault;

  ValueKind(String runtimeName, String primitiveDefault) {
    this.runtimeName = runtimeName;
    this.primitiveDefault = primitiveDefault;
  }

  /** The {@code JdbcTypes} member: a constant, or for enums a factory method. */
  public String runtimeName() {
    return runtimeName;
  }

  /** The Java literal a primitive field of this kind gets for SQL NULL (JDBC's convention). */
  public String primitiveDefault() {
    return primitiveDefault;
  }

  public boolean isEnum() {
    return this == ENUM_BY_NAME || this == ENUM_BY_ORDINAL;
  }

  /** Whether a managed timestamp (createdAt, updatedAt, deletedAt) may have this kind. */
  public boolean isTimestamp() {
    return this == INSTANT || this == OFFSET_DATE_TIME || this == LOCAL_DATE_TIME
        || this == INSTANT_WITH_TIME_ZONE || this == OFFSET_DATE_TIME_WITH_TIME_ZONE;
  }
}
