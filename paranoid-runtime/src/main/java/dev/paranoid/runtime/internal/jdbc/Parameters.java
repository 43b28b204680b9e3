package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The parameters of one prepared statement, with what binding needs to know of the database: its
 * {@link Dialect} (known to the DAO, never looked up per value) and, on H2, which parameters are
 * zoned timestamps (learnt once per statement).
 */
public final class Parameters {

  private final PreparedStatement statement;
  private final Dialect dialect;
  private final TimestampKinds.Shape shape;

  Parameters(PreparedStatement statement, Dialect dialect, TimestampKinds.Shape shape) {
    this.statement = statement;
    this.dialect = dialect;
    this.shape = shape;
  }

  /** The statement whose parameters these are. */
  public PreparedStatement statement() {
    return statement;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Whether parameter {@code index} is a {@code TIMESTAMP WITH TIME ZONE} (asked on H2 only). */
  boolean zoned(int index) throws SQLException {
    return shape.zonedParameter(statement, index);
  }
}
