package dev.paranoid.runtime.transaction;

import dev.paranoid.runtime.ParanoidException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** The exceptions for failures that happen before any statement is sent. */
public final class ConnectionFailures {

  private ConnectionFailures() {}

  /**
   * No connection could be taken from the DataSource. No SQL is named: none was sent. A pool
   * that timed out (HikariCP and others throw {@link SQLTransientConnectionException}) is named
   * as such, since the fix is in the pool's size or the work that holds its connections.
   */
  public static ParanoidException acquisition(SQLException e) {
    String message = e instanceof SQLTransientConnectionException
        ? "The connection pool gave no connection in time (every connection is in use, or the"
            + " database is unreachable); no statement was sent"
        : "Could not get a connection from the DataSource; no statement was sent";
    return new ParanoidException(message, e);
  }
}
