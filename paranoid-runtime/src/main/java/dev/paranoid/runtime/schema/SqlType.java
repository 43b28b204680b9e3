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
  /** Large text ({@code @Lob String}): CLOB on H2, TEXT on PostgreSQL, LONGTEXT on MariaDB. */
  CLOB,
  /** Large binary ({@code @Lob byte[]}): BLOB on H2, BYTEA on PostgreSQL, LONGBLOB on MariaDB. */
  BLOB,
  UUID,
  DATE,
  /** Zone-less; Paranoid stores UTC wall-clock time in it. */
  TIMESTAMP,
  TIMESTAMP_WITH_TIME_ZONE
}
