package dev.paranoid.it;

import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.Dialect;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stored time values read with plain JDBC, independently of the DAOs and of any calendar: a
 * zone-less column as the database's own text, a zoned one with the driver's
 * {@code getObject(OffsetDateTime)}.
 */
final class StoredTime {

  /** {@code [-]y-MM-dd HH:mm:ss[.f][ BC]}: H2 writes a sign, PostgreSQL a BC suffix. */
  private static final Pattern TEXT = Pattern.compile(
      "(-?\\d{4,})-(\\d\\d)-(\\d\\d)[ T](\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,9}))?( BC)?");

  private StoredTime() {}

  /** A zone-less column (UTC wall-clock time by Paranoid's rule) as the database renders it. */
  static LocalDateTime zoneLess(TestDatabase db, String table, String column, Object id) {
    String text = db.dialect() == Dialect.MARIADB ? "CHAR" : "VARCHAR";
    String value = db.single(String.class,
        "SELECT CAST(" + column + " AS " + text + ") FROM " + table + " WHERE id = ?", id);
    return value == null ? null : parse(value.trim());
  }

  /** A zoned column (H2, PostgreSQL), through the driver's OffsetDateTime mapping. */
  static OffsetDateTime zoned(TestDatabase db, String table, String column, Object id) {
    return db.value(OffsetDateTime.class, table, column, id);
  }

  /** {@code [-]y-MM-dd[ BC]} as the database renders a date. */
  static LocalDate parseDate(String text) {
    boolean bc = text.endsWith(" BC");
    String day = bc ? text.substring(0, text.length() - 3) : text;
    return parse(day + " 00:00:00" + (bc ? " BC" : "")).toLocalDate();
  }

  static LocalDateTime parse(String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new AssertionError("Not a zone-less timestamp: " + text);
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(8) != null) {
      year = 1 - year; // 1 BC is year 0
    }
    String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
    return LocalDateTime.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
        Integer.parseInt(fraction));
  }
}
