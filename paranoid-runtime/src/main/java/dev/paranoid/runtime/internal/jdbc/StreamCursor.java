package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.transaction.ConnectionLease;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a stream of {@link SqlExecutor#stream} holds open, closed once, in reverse order, on every
 * path: its result set, its statement and, when it took a connection of its own, the read-only
 * transaction it opened and the connection.
 */
final class StreamCursor {

  private final String sql;
  ConnectionLease lease;
  Connection connection;
  PreparedStatement statement;
  ResultSet rows;
  boolean autoCommitChanged;
  boolean commitOnClose;
  private boolean closed;

  StreamCursor(String sql) {
    this.sql = sql;
  }

  /** Closes everything; a failure to close is added to {@code failure}, or thrown. */
  void close(Throwable failure) {
    if (closed) {
      return;
    }
    closed = true;
    List<Exception> problems = new ArrayList<>();
    quietly(problems, () -> {
      if (rows != null) {
        rows.close();
      }
    });
    quietly(problems, () -> {
      if (statement != null) {
        statement.close();
      }
    });
    if (lease != null) {
      if (commitOnClose) {
        quietly(problems, () -> {
          if (failure == null) {
            connection.commit();
          } else {
            connection.rollback();
          }
        });
      }
      if (autoCommitChanged) {
        quietly(problems, () -> connection.setAutoCommit(true));
      }
      lease.close(failure);
    }
    if (problems.isEmpty()) {
      return;
    }
    if (failure != null) {
      problems.forEach(failure::addSuppressed);
      return;
    }
    ParanoidException closing =
        new ParanoidException("Could not close a stream's statement", sql, problems.get(0));
    problems.stream().skip(1).forEach(closing::addSuppressed);
    throw closing;
  }

  private static void quietly(List<Exception> problems, SqlAction action) {
    try {
      action.run();
    } catch (SQLException | RuntimeException e) {
      problems.add(e);
    }
  }

  @FunctionalInterface
  private interface SqlAction {
    void run() throws SQLException;
  }
}
