package dev.paranoid.it.concurrency;

import dev.paranoid.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every change to {@code users}, {@code stories} and {@code reviews}, as recorded by the triggers
 * of {@link JournalDdl}, read back with plain JDBC.
 */
final class Journal {

  /** One changed row: kind I(nsert), U(pdate) or D(elete); deletion times as stored (UTC). */
  record Entry(long seq, String table, long rowId, char kind, LocalDateTime oldDeletedAt,
      LocalDateTime newDeletedAt, long call) {

    boolean softDestroyed() {
      return kind == 'U' && oldDeletedAt == null && newDeletedAt != null;
    }

    boolean restored() {
      return kind == 'U' && oldDeletedAt != null && newDeletedAt == null;
    }

    /** An update that left the deletion time alone ({@code update(entity)}). */
    boolean plainUpdate() {
      return kind == 'U' && Objects.equals(oldDeletedAt, newDeletedAt);
    }

    boolean removed() {
      return kind == 'D';
    }

    /** The row's state after this change: live, deleted at a time, or gone. */
    RowState after() {
      return kind == 'D' ? RowState.GONE : RowState.of(newDeletedAt);
    }

    @Override
    public String toString() {
      return "#" + seq + " call " + call + " " + kind + " " + table + "#" + rowId + " "
          + oldDeletedAt + " -> " + newDeletedAt;
    }
  }

  /** A row's state: absent, live, or soft-deleted at {@code deletedAt}. */
  record RowState(boolean exists, LocalDateTime deletedAt) {

    static final RowState GONE = new RowState(false, null);

    static RowState of(LocalDateTime deletedAt) {
      return new RowState(true, deletedAt);
    }

    boolean live() {
      return exists && deletedAt == null;
    }

    @Override
    public String toString() {
      return !exists ? "gone" : deletedAt == null ? "live" : "deleted at " + deletedAt;
    }
  }

  private final TestDatabase db;

  private Journal(TestDatabase db) {
    this.db = db;
  }

  /** Creates the journal table and triggers in {@code db} (whose tables exist already). */
  static Journal install(TestDatabase db) {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : JournalDdl.statements(db.dialect())) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not install the journal", e);
    }
    return new Journal(db);
  }

  /** Every entry, in the order the changes were made. */
  List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (Map<String, Object> row : db.rows("SELECT seq, tbl, row_id, kind, old_deleted_at,"
        + " new_deleted_at, call_id FROM journal ORDER BY seq")) {
      Object call = row.get("call_id");
      entries.add(new Entry(((Number) row.get("seq")).longValue(), (String) row.get("tbl"),
          ((Number) row.get("row_id")).longValue(), row.get("kind").toString().charAt(0),
          (LocalDateTime) row.get("old_deleted_at"), (LocalDateTime) row.get("new_deleted_at"),
          call == null ? -1 : ((Number) call).longValue()));
    }
    return entries;
  }

  /** The entries of one call. */
  List<Entry> entriesOf(long call) {
    return entries().stream().filter(entry -> entry.call() == call).toList();
  }

  /** Each row's stored state now, as {@code "users#3" -> state}. */
  Map<String, RowState> storedState() {
    Map<String, RowState> state = new HashMap<>();
    for (String table : JournalDdl.TABLES) {
      for (Map<String, Object> row : db.rows("SELECT id, deleted_at FROM " + table)) {
        state.put(key(table, ((Number) row.get("id")).longValue()),
            RowState.of((LocalDateTime) row.get("deleted_at")));
      }
    }
    return state;
  }

  static String key(String table, long id) {
    return table + "#" + id;
  }
}
