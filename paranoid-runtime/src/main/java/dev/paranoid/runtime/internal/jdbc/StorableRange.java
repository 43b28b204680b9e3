package dev.paranoid.runtime.internal.jdbc;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The points in time one database stores in one column type, as UTC wall-clock time (or dates).
 * A value outside is refused while its statement is bound, before it runs: the database would
 * reject it with a less helpful message, or (pgjdbc, for dates) silently store -infinity.
 */
record StorableRange(String where, LocalDateTime min, LocalDateTime max) {

  /** PostgreSQL's timestamp and timestamptz: 4714-11-24 BC .. 294276 AD, microseconds. */
  static final StorableRange POSTGRES_TIMESTAMP = new StorableRange(
      "PostgreSQL stores in a timestamp column", LocalDateTime.of(-4713, 11, 24, 0, 0),
      LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000));

  /** PostgreSQL's date: 4714-11-24 BC .. 5874897 AD. */
  static final StorableRange POSTGRES_DATE = new StorableRange(
      "PostgreSQL stores in a date column", LocalDateTime.of(-4713, 11, 24, 0, 0),
      LocalDateTime.of(5_874_897, 12, 31, 0, 0));

  /** MariaDB's DATETIME, as documented: 1000-01-01 .. 9999-12-31, microseconds. */
  static final StorableRange MARIADB_DATETIME = new StorableRange(
      "MariaDB stores in a DATETIME column", LocalDateTime.of(1000, 1, 1, 0, 0),
      LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000));

  /** MariaDB's DATE: 1000-01-01 .. 9999-12-31. */
  static final StorableRange MARIADB_DATE = new StorableRange(
      "MariaDB stores in a DATE column", LocalDateTime.of(1000, 1, 1, 0, 0),
      LocalDateTime.of(9999, 12, 31, 0, 0));

  /** Refuses {@code utc}, the UTC wall-clock time of {@code value}, when outside the range. */
  void check(LocalDateTime utc, Object value) {
    if (utc.isBefore(min) || utc.isAfter(max)) {
      throw new IllegalArgumentException(value.getClass().getSimpleName() + " " + value
          + (value instanceof LocalDateTime ? "" : " (UTC " + utc + ")")
          + " is outside the range " + where + ": " + min + " .. " + max
          + " (UTC); the statement was not run");
    }
  }

  void check(LocalDate date) {
    if (date.isBefore(min.toLocalDate()) || date.isAfter(max.toLocalDate())) {
      throw new IllegalArgumentException("LocalDate " + date + " is outside the range " + where
          + ": " + min.toLocalDate() + " .. " + max.toLocalDate() + "; the statement was not run");
    }
  }
}
