package dev.paranoid.runtime.internal.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a driver says about a unique-key violation: whether an exception is one, and which
 * constraint refused the statement. The runtime depends on no driver, so the names come from the
 * drivers' messages, except on PostgreSQL, whose driver hands the constraint over as a field
 * (read reflectively: it holds whatever the server's message language).
 */
final class UniqueViolation {

  /** MariaDB/MySQL (both drivers): {@code Duplicate entry 'x' for key 'name'}; the last one. */
  private static final Pattern MARIADB = Pattern.compile("(?s).*for key '(.+)'");
  /** H2: {@code ...violation: "PUBLIC.NAME_INDEX_4 ON PUBLIC.T(C) VALUES ..."}. */
  private static final Pattern H2_INDEX = Pattern.compile("violation: \"(?:[^\"\\s.]+\\.)?(\\S+) ON ");
  private static final Pattern H2_SUFFIX = Pattern.compile("_INDEX_[0-9A-F]+$");
  /** PostgreSQL's message, when its driver's field is out of reach. */
  private static final Pattern POSTGRES = Pattern.compile("unique constraint \"([^\"]+)\"");

  private UniqueViolation() {}

  /** SQLState 23505 (H2, PostgreSQL), or MariaDB/MySQL's duplicate-key error 1062. */
  static boolean is(SQLException e) {
    return "23505".equals(e.getSQLState())
        || ("23000".equals(e.getSQLState()) && e.getErrorCode() == 1062);
  }

  /** The constraint named by the database, or null when its message does not say. */
  static String constraintOf(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e.getErrorCode() == 1062) {
      Matcher key = MARIADB.matcher(message);
      // MySQL 8.0.19+ writes 'table.key'; MariaDB the key alone
      return key.find() ? key.group(1).substring(key.group(1).lastIndexOf('.') + 1) : null;
    }
    String postgres = postgresConstraint(e);
    if (postgres != null) {
      return postgres;
    }
    if (message.contains("\"PRIMARY KEY ON ")) {
      // H2's primary key without an index of its own
      return "PRIMARY KEY";
    }
    Matcher index = H2_INDEX.matcher(message);
    if (index.find()) {
      // H2 names the index of constraint C "C_INDEX_n"
      return H2_SUFFIX.matcher(index.group(1)).replaceFirst("");
    }
    Matcher constraint = POSTGRES.matcher(message);
    return constraint.find() ? constraint.group(1) : null;
  }

  /** pgjdbc's {@code PSQLException.getServerErrorMessage().getConstraint()}, or null. */
  private static String postgresConstraint(SQLException e) {
    if (!e.getClass().getName().toLowerCase(Locale.ROOT).contains("postgresql")) {
      return null;
    }
    try {
      Method serverMessage = e.getClass().getMethod("getServerErrorMessage");
      Object details = serverMessage.invoke(e);
      if (details == null) {
        return null;
      }
      Object constraint = details.getClass().getMethod("getConstraint").invoke(details);
      return constraint instanceof String ? (String) constraint : null;
    } catch (ReflectiveOperationException | RuntimeException notThere) {
      return null;
    }
  }

  /** The exception's message: which constraint refused which kind of statement. */
  static String describe(String constraint, String sql) {
    String statement = "the statement";
    if (sql != null) {
      String verb = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
      statement = verb.isEmpty() ? statement : "the " + verb;
    }
    return (constraint == null ? "A unique constraint" : "Unique constraint \"" + constraint + "\"")
        + " refused " + statement
        + ": another row, live or soft-deleted, already holds the value; nothing was changed";
  }
}
