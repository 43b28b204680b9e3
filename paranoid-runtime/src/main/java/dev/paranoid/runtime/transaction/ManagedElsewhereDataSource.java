package dev.paranoid.runtime.transaction;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} whose connections, when they arrive with auto-commit off, are in a
 * transaction that someone else commits: a Jakarta EE container's JTA DataSource, a hand-made
 * transaction-aware wrapper. Made by {@link dev.paranoid.runtime.Transactions#managedElsewhere};
 * everything else is delegated.
 */
public final class ManagedElsewhereDataSource implements DataSource {

  private final DataSource target;

  public ManagedElsewhereDataSource(DataSource target) {
    this.target = Objects.requireNonNull(target, "dataSource must not be null");
  }

  /** The DataSource this one wraps. */
  public DataSource target() {
    return target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return target.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || target.isWrapperFor(type);
  }

  @Override
  public String toString() {
    return "ManagedElsewhere[" + target + "]";
  }
}
