package dev.paranoid.it.concurrency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * The journal trigger on H2 (see {@link JournalDdl}): H2 has no procedural trigger language, so
 * the row is written by this class, on the changing session's connection (same transaction, and
 * the session's {@code @paranoid_call}).
 */
public final class H2JournalTrigger implements Trigger {

  private static final String INSERT = "INSERT INTO journal"
      + " (tbl, row_id, kind, old_deleted_at, new_deleted_at, call_id)"
      + " VALUES (?, ?, ?, ?, ?, @paranoid_call)";

  private String table;
  private int idIndex = -1;
  private int deletedIndex = -1;

  @Override
  public void init(Connection connection, String schemaName, String triggerName,
      String tableName, boolean before, int type) throws SQLException {
    table = tableName.toLowerCase(Locale.ROOT);
    try (ResultSet columns =
        connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
      while (columns.next()) {
        String name = columns.getString("COLUMN_NAME");
        int index = columns.getInt("ORDINAL_POSITION") - 1;
        if (name.equalsIgnoreCase("id")) {
          idIndex = index;
        } else if (name.equalsIgnoreCase("deleted_at")) {
          deletedIndex = index;
        }
      }
    }
    if (idIndex < 0 || deletedIndex < 0) {
      throw new SQLException("journal trigger on " + tableName + ": no id or deleted_at column");
    }
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    String kind = oldRow == null ? "I" : newRow == null ? "D" : "U";
    Object[] row = newRow != null ? newRow : oldRow;
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, table);
      insert.setObject(2, row[idIndex]);
      insert.setString(3, kind);
      insert.setObject(4, oldRow == null ? null : oldRow[deletedIndex]);
      insert.setObject(5, newRow == null ? null : newRow[deletedIndex]);
      insert.executeUpdate();
    }
  }
}
