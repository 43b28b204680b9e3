package dev.paranoid.it.concurrency;

import java.sql.SQLException;

/**
 * Tells the failures a racing call may meet apart, from the SQLException under a
 * ParanoidException: a deadlock or serialization failure (SQLState 40001 or 40P01, MariaDB error
 * 1213, H2's concurrent update 90131), which the caller may retry; a lock wait timeout
 * (PostgreSQL 55P03, MariaDB 1205, H2 50200); anything else is an error.
 */
enum Failures {
  DEADLOCK, LOCK_TIMEOUT, ERROR;

  static Failures classify(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql.getErrorCode();
        if (state.equals("40001") || state.equals("40P01") || code == 1213 || code == 90131) {
          return DEADLOCK;
        }
        if (state.equals("55P03") || code == 1205 || code == 50200) {
          return LOCK_TIMEOUT;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return ERROR;
  }
}
