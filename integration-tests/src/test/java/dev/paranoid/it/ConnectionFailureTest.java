package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.ParanoidException;
import dev.paranoid.runtime.Transactions;
import dev.paranoid.runtime.transaction.BoundConnections;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Failures of the connection itself keep their cause: a session the server killed inside a
 * transaction reports the statement that failed, its SQLState and the driver's exception (the
 * failed rollback and auto-commit reset only as suppressed exceptions); a pool that times out
 * says so, without naming SQL that was never sent.
 */
class ConnectionFailureTest extends DatabaseTestBase {

  @Test
  void aSessionKilledInsideATransactionReportsTheStatementThatFailed() {
    users.create(new User("alice"));
    ParanoidException failure = assertThrows(ParanoidException.class,
        () -> Transactions.run(db.dataSource(), () -> {
          users.create(new User("carol"));
          kill(BoundConnections.current(db.dataSource()));
          users.create(new User("dave"));
        }));

    assertFalse(failure.getMessage().startsWith("Transaction failed"), failure.getMessage());
    assertNotNull(failure.getSql(), "the statement that failed: " + failure.getMessage());
    assertTrue(failure.getSql().startsWith("INSERT INTO users"), failure.getSql());
    assertNotNull(failure.getSqlState(), failure.getMessage());
    assertTrue(failure.getCause() instanceof SQLException, String.valueOf(failure.getCause()));
    assertEquals(1, db.countRows("users"), "carol went with the killed session");
  }

  /** Ends the session behind {@code connection} the way a server or an operator does. */
  private void kill(Connection connection) throws SQLException {
    switch (db.dialect()) {
      case H2 -> connection.close();
      case POSTGRESQL -> {
        long pid = single(connection, "SELECT pg_backend_pid()");
        try (Connection admin = db.dataSource().getConnection();
            Statement statement = admin.createStatement()) {
          statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
      }
      case MARIADB -> {
        long id = single(connection, "SELECT CONNECTION_ID()");
        try (Connection admin = db.dataSource().getConnection();
            Statement statement = admin.createStatement()) {
          statement.execute("KILL " + id);
        }
      }
    }
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void aPoolThatTimesOutSaysSoAndNamesNoStatement() throws SQLException {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setDataSource(db.dataSource());
      pool.setMaximumPoolSize(1);
      pool.setConnectionTimeout(250);
      UserParanoidDao pooled = new UserParanoidDao(pool, clock);
      try (Connection held = pool.getConnection()) {
        assertFalse(held.isClosed(), "the pool's only connection is taken");
        ParanoidException failure = assertThrows(ParanoidException.class, pooled::count);
        assertTrue(failure.getMessage().contains("pool gave no connection in time"),
            failure.getMessage());
        assertNull(failure.getSql(), "no statement was sent");
        assertTrue(failure.getCause() instanceof SQLException);

        ParanoidException inBlock = assertThrows(ParanoidException.class,
            () -> Transactions.run(pool, () -> pooled.create(new User("x"))));
        assertTrue(inBlock.getMessage().contains("pool gave no connection in time"),
            inBlock.getMessage());
      }
      assertEquals(0, pooled.count(), "the pool works again once the connection is back");
    }
  }
}
