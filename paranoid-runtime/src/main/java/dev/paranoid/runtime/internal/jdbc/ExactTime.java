package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Writes and reads a point in time exactly, on zoned and zone-less columns alike, whatever the
 * JVM's zone and however old the value. Values travel as UTC wall-clock time: a zone-less column
 * stores it as is, a zoned one stores the instant it names.
 *
 * <ul>
 *   <li>PostgreSQL: an untyped literal with an explicit {@code +00} offset, which "timestamp"
 *       reads as UTC wall-clock time and "timestamptz" as the instant (a LocalDateTime would reach
 *       timestamptz through the session's, i.e. the JVM's, zone).
 *   <li>MariaDB (Connector/J and MySQL Connector/J): the text
 *       {@code yyyy-MM-dd HH:mm:ss.ffffff}. MySQL Connector/J sees MariaDB's "5.5.5-" version
 *       prefix and drops the fraction of a LocalDateTime or Timestamp; a string reaches the
 *       server as written.
 *   <li>H2: converts between its two kinds through the session's zone and has no literal that suits
 *       both, so the statement's metadata names the column kind, asked once per statement (see
 *       {@link TimestampKinds}): an OffsetDateTime at UTC for {@code TIMESTAMP WITH TIME ZONE},
 *       else a LocalDateTime.
 * </ul>
 *
 * <p>Literals are written from the value's own fields, so no calendar is involved: a
 * {@link java.sql.Timestamp} uses the Julian calendar before 1582-10-15 and shifts such values by
 * days. Values outside the range a database stores are refused ({@link StorableRange}).
 */
final class ExactTime {

  private ExactTime() {}

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  /** Dates every supported database and driver stores as given; no need to know which. */
  private static final LocalDate COMMON_FIRST_DATE = LocalDate.of(1000, 1, 1);
  private static final LocalDate COMMON_LAST_DATE = LocalDate.of(9999, 12, 31);

  /** Binds {@code utc}, the UTC wall-clock time of {@code value} (named in errors). */
  static void bind(Parameters parameters, int index, LocalDateTime utc, Object value)
      throws SQLException {
    PreparedStatement statement = parameters.statement();
    switch (parameters.dialect()) {
      case POSTGRESQL -> {
        StorableRange.POSTGRES_TIMESTAMP.check(utc, value);
        // nanoseconds as given: PostgreSQL rounds them to its microseconds
        statement.setObject(index, postgresDate(utc.toLocalDate()) + ' ' + time(utc, 9) + "+00"
            + era(utc.getYear()), Types.OTHER);
      }
      case MARIADB -> {
        StorableRange.MARIADB_DATETIME.check(utc, value);
        // microseconds, cut as MariaDB cuts them when it stores a value: an UPDATE whose WHERE
        // compares an indexed DATETIME(6) with a string of more fractional digits matches no row
        // (MariaDB 10.11), although a SELECT with the same condition finds it
        statement.setString(index, date(utc.getYear(), utc.toLocalDate()) + ' ' + time(utc, 6));
      }
      case H2 -> {
        if (parameters.zoned(index)) {
          statement.setObject(index, utc.atOffset(ZoneOffset.UTC));
        } else {
          statement.setObject(index, utc);
        }
      }
    }
  }

  /**
   * Reads a column as UTC wall-clock time: a zoned column's instant at UTC, a zone-less column's
   * value as stored. The result set's own metadata (no round trip) tells the kinds apart.
   */
  static LocalDateTime read(Row row, int index) throws SQLException {
    ResultSet resultSet = row.resultSet();
    if (readsAsOffset(row, index)) {
      OffsetDateTime stored = resultSet.getObject(index, OffsetDateTime.class);
      return stored == null ? null
          : stored.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
    if (row.dialect() == Dialect.H2) {
      // H2 hands its stored wall-clock time over as it is: no zone, no calendar (and no
      // calendar built per value, which was a fifth of a findByPk on H2, measured with JFR)
      return resultSet.getObject(index, LocalDateTime.class);
    }
    // A proleptic Gregorian UTC calendar: MariaDB Connector/J and MySQL Connector/J build the
    // Timestamp with the calendar they are given (H2 takes only its zone), so no Julian shift;
    // and not getObject(LocalDateTime): MariaDB Connector/J moves a time in the JVM zone's DST
    // gap by an hour on that path (and on getString).
    // One calendar per result set: building one per value was most of the cost of reading a
    // timestamp (JFR, on H2 before it moved to LocalDateTime)
    java.sql.Timestamp stored =
        resultSet.getTimestamp(index, row.calendar(ExactTime::prolepticUtc));
    return stored == null ? null : LocalDateTime.ofInstant(stored.toInstant(), ZoneOffset.UTC);
  }

  /**
   * Whether the driver's {@code getObject(OffsetDateTime)} is exact for the column: both of
   * pgjdbc's kinds ("timestamp" it returns at offset UTC; it reads a Timestamp through its own
   * Julian-switching calendar, whatever the calendar it is given), and H2's
   * {@code TIMESTAMP WITH TIME ZONE}. MariaDB's drivers read both of its kinds exactly as a
   * Timestamp in a proleptic UTC calendar.
   */
  private static boolean readsAsOffset(Row row, int index) throws SQLException {
    return switch (row.dialect()) {
      case POSTGRESQL -> true;
      case MARIADB -> false;
      case H2 -> row.zoned(index);
    };
  }

  /**
   * Binds a date. Inside 1000-01-01 .. 9999-12-31 every driver is exact with a LocalDate, and the
   * dialect is not looked up; outside, pgjdbc writes dates before 4713-01-01 BC as -infinity (so a
   * literal is sent) and MariaDB's range ends (so the date is refused).
   */
  static void bindDate(Parameters parameters, int index, LocalDate date)
      throws SQLException {
    PreparedStatement statement = parameters.statement();
    if (!date.isBefore(COMMON_FIRST_DATE) && !date.isAfter(COMMON_LAST_DATE)) {
      statement.setObject(index, date);
      return;
    }
    switch (parameters.dialect()) {
      case POSTGRESQL -> {
        StorableRange.POSTGRES_DATE.check(date);
        statement.setObject(index, postgresDate(date) + era(date.getYear()), Types.OTHER);
      }
      case MARIADB -> {
        StorableRange.MARIADB_DATE.check(date);
        statement.setObject(index, date);
      }
      case H2 -> statement.setObject(index, date);
    }
  }

  /** A calendar per call: drivers may modify the one they are given. */
  private static GregorianCalendar prolepticUtc() {
    GregorianCalendar calendar = new GregorianCalendar(UTC, Locale.ROOT);
    calendar.setGregorianChange(new Date(Long.MIN_VALUE));
    return calendar;
  }

  /** PostgreSQL counts years before 1 as BC: year 0 is 1 BC. */
  private static String postgresDate(LocalDate date) {
    int year = date.getYear();
    return date(year <= 0 ? 1 - year : year, date);
  }

  private static String era(int year) {
    return year <= 0 ? " BC" : "";
  }

  private static String date(int year, LocalDate date) {
    return pad(year, 4) + '-' + pad(date.getMonthValue(), 2) + '-' + pad(date.getDayOfMonth(), 2);
  }

  /** {@code HH:mm:ss.f} with {@code digits} (6 or 9) fractional digits, cut, not rounded. */
  private static String time(LocalDateTime value, int digits) {
    return pad(value.getHour(), 2) + ':' + pad(value.getMinute(), 2) + ':'
        + pad(value.getSecond(), 2) + '.' + pad(value.getNano(), 9).substring(0, digits);
  }

  private static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
