package dev.paranoid.runtime.schema;

/** The portable column types of a {@link TableDefinition}; each dialect spells them its own way. */
public enum SqlType {
  VARCHAR,
  CHAR,
  BIGINT,
  INTEGER,
  SMALLINT,
  BOOLEAN,
  DOUBLE,
  REAL,
  DECIMAL,
  BINARY,
  UUID,
  DATE,
  /** Zone-less; Paranoid stores UTC wall-clock time in it. */
  TIMESTAMP,
  TIMESTAMP_WITH_TIME_ZONE
}
