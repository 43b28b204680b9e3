package dev.paranoid.runtime.internal.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the server behind {@code Dialect.MARIADB} can do, read from its version. */
final class ServerVersion {

  /**
   * MariaDB's own version in a product version string: "10.11.6-MariaDB-0+deb12u1" from its driver,
   * "5.5.5-10.11.6-MariaDB-…" from MySQL Connector/J (the prefix is MySQL 5.5's, kept for old clients).
   */
  private static final Pattern MARIADB = Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+-mariadb");

  private ServerVersion() {}

  /** Whether the server is MariaDB 10.5 or later, which has {@code INSERT … RETURNING} (MySQL has not). */
  static boolean takesInsertReturning(DatabaseMetaData metaData) throws SQLException {
    return takesInsertReturning(metaData.getDatabaseProductVersion());
  }

  static boolean takesInsertReturning(String productVersion) {
    Matcher version = MARIADB.matcher(productVersion.toLowerCase(Locale.ROOT));
    if (!version.find()) {
      return false;
    }
    int major = Integer.parseInt(version.group(1));
    int minor = Integer.parseInt(version.group(2));
    return major > 10 || major == 10 && minor >= 5;
  }
}
