package dev.paranoid.bench;

import dev.paranoid.bench.model.BenchProject;
import dev.paranoid.bench.model.BenchUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The limit of a JDBC data layer: the statements Paranoid's generated DAOs run (read from the
 * generated sources and the runtime, and checked against the statement counts), written by hand
 * with {@link PreparedStatement}, read by column index into the same entity classes. Timestamps
 * travel as UTC {@link LocalDateTime}, the drivers' own fast path. One connection from the pool
 * per operation, as the DAOs take it; a transaction only where Paranoid opens one (cascades).
 */
final class HandWrittenJdbc {

  private static final String USER_COLUMNS = "id, name, created_at, updated_at, deleted_at";
  private static final String PROJECT_COLUMNS =
      "id, title, user_id, created_at, updated_at, deleted_at";

  private final DataSource dataSource;
  private final boolean postgres;
  private final boolean mariadb;

  HandWrittenJdbc(DataSource dataSource, BenchDatabase database) {
    this.dataSource = dataSource;
    this.postgres = database == BenchDatabase.POSTGRESQL;
    this.mariadb = database == BenchDatabase.MARIADB;
  }

  BenchUser findUser(long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT " + USER_COLUMNS
            + " FROM bench_users WHERE deleted_at IS NULL AND id = ?")) {
      statement.setLong(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? readUser(rows) : null;
      }
    }
  }

  /** A page of live users in key order, each with its live projects in key order. */
  List<BenchUser> pageWithProjects(int limit, int offset) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      List<BenchUser> users = new ArrayList<>(limit);
      Map<Long, BenchUser> byId = new HashMap<>(limit * 2);
      try (PreparedStatement statement = connection.prepareStatement("SELECT " + USER_COLUMNS
          + " FROM bench_users WHERE deleted_at IS NULL ORDER BY id LIMIT ? OFFSET ?")) {
        statement.setLong(1, limit);
        statement.setLong(2, offset);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            BenchUser user = readUser(rows);
            user.setProjects(new ArrayList<>());
            users.add(user);
            byId.put(user.getId(), user);
          }
        }
      }
      if (users.isEmpty()) {
        return users;
      }
      StringBuilder sql = new StringBuilder("SELECT " + PROJECT_COLUMNS
          + " FROM bench_projects WHERE deleted_at IS NULL AND user_id IN (");
      appendPlaceholders(sql, users.size());
      sql.append(") ORDER BY id");
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        for (int i = 0; i < users.size(); i++) {
          statement.setLong(i + 1, users.get(i).getId());
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            BenchUser owner = byId.get(rows.getLong(3));
            BenchProject project = readProject(rows, owner);
            owner.getProjects().add(project);
          }
        }
      }
      return users;
    }
  }

  boolean destroyProject(long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "UPDATE bench_projects SET deleted_at = ? WHERE deleted_at IS NULL AND id = ?")) {
      statement.setObject(1, now());
      statement.setLong(2, id);
      return statement.executeUpdate() > 0;
    }
  }

  boolean restoreProject(long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "UPDATE bench_projects SET deleted_at = NULL WHERE deleted_at IS NOT NULL AND id = ?")) {
      statement.setLong(1, id);
      return statement.executeUpdate() > 0;
    }
  }

  BenchUser createUser(BenchUser user) throws SQLException {
    String sql = "INSERT INTO bench_users (name, created_at, updated_at) VALUES (?, ?, ?)";
    LocalDateTime now = now();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = postgres
            ? connection.prepareStatement(sql, new String[] {"id"})
            : connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      statement.setString(1, user.getName());
      statement.setObject(2, now);
      statement.setObject(3, now);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        user.setId(keys.getLong(1));
      }
    }
    Instant stamp = now.toInstant(ZoneOffset.UTC);
    user.setCreatedAt(stamp);
    user.setUpdatedAt(stamp);
    return user;
  }

  /**
   * Many users in one multi-row INSERT per 1,000 rows, in one transaction, each given its key:
   * pgjdbc and H2 return a key per row; MariaDB is asked with {@code RETURNING}.
   */
  List<BenchUser> createUsers(List<BenchUser> users) throws SQLException {
    LocalDateTime now = now();
    Instant stamp = now.toInstant(ZoneOffset.UTC);
    return inTransaction(connection -> {
      for (int from = 0; from < users.size(); from += 1_000) {
        List<BenchUser> chunk = users.subList(from, Math.min(users.size(), from + 1_000));
        StringBuilder sql =
            new StringBuilder("INSERT INTO bench_users (name, created_at, updated_at) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
          sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
        }
        if (mariadb) {
          sql.append(" RETURNING id");
        }
        try (PreparedStatement statement = postgres
            ? connection.prepareStatement(sql.toString(), new String[] {"id"})
            : mariadb ? connection.prepareStatement(sql.toString())
            : connection.prepareStatement(sql.toString(), Statement.RETURN_GENERATED_KEYS)) {
          int index = 1;
          for (BenchUser user : chunk) {
            statement.setString(index++, user.getName());
            statement.setObject(index++, now);
            statement.setObject(index++, now);
          }
          ResultSet keys;
          if (mariadb) {
            statement.execute();
            keys = statement.getResultSet();
          } else {
            statement.executeUpdate();
            keys = statement.getGeneratedKeys();
          }
          try (keys) {
            for (BenchUser user : chunk) {
              keys.next();
              user.setId(keys.getLong(1));
              user.setCreatedAt(stamp);
              user.setUpdatedAt(stamp);
            }
          }
        }
      }
      return users;
    });
  }

  /**
   * Paranoid's cascade, statement for statement: lock the root, lock its children by the foreign
   * key, then change the children and the root by their keys.
   */
  boolean destroyUserCascading(long id) throws SQLException {
    LocalDateTime now = now();
    return inTransaction(connection -> {
      LocalDateTime[] rootTime = new LocalDateTime[1];
      if (!lockRoot(connection, id, rootTime) || rootTime[0] != null) {
        return false;
      }
      List<Long> live = lockChildren(connection, id, null);
      if (!live.isEmpty()) {
        changeByKeys(connection, "UPDATE bench_projects SET deleted_at = ?", now, live);
      }
      return changeByKeys(connection, "UPDATE bench_users SET deleted_at = ?", now, List.of(id))
          > 0;
    });
  }

  /** Paranoid's exact restore, statement for statement (see {@link #destroyUserCascading}). */
  boolean restoreUserCascading(long id) throws SQLException {
    return inTransaction(connection -> {
      LocalDateTime[] rootTime = new LocalDateTime[1];
      if (!lockRoot(connection, id, rootTime) || rootTime[0] == null) {
        return false;
      }
      List<Long> deletedWithRoot = lockChildren(connection, id, rootTime[0]);
      if (!deletedWithRoot.isEmpty()) {
        changeByKeys(connection, "UPDATE bench_projects SET deleted_at = NULL", null,
            deletedWithRoot);
      }
      return changeByKeys(connection, "UPDATE bench_users SET deleted_at = NULL", null,
          List.of(id)) > 0;
    });
  }

  /**
   * The fewest statements a careful hand-written cascade needs: the root first (which locks it
   * and says whether it was live), then its live children by the foreign key, in one UPDATE.
   */
  boolean destroyUserByForeignKey(long id) throws SQLException {
    LocalDateTime now = now();
    return inTransaction(connection -> {
      try (PreparedStatement root = connection.prepareStatement(
          "UPDATE bench_users SET deleted_at = ? WHERE deleted_at IS NULL AND id = ?")) {
        root.setObject(1, now);
        root.setLong(2, id);
        if (root.executeUpdate() == 0) {
          return false;
        }
      }
      try (PreparedStatement children = connection.prepareStatement(
          "UPDATE bench_projects SET deleted_at = ? WHERE deleted_at IS NULL AND user_id = ?")) {
        children.setObject(1, now);
        children.setLong(2, id);
        children.executeUpdate();
      }
      return true;
    });
  }

  /** The exact restore with the fewest statements: the root's time, its children by it, the root. */
  boolean restoreUserByForeignKey(long id) throws SQLException {
    return inTransaction(connection -> {
      LocalDateTime deletedAt;
      try (PreparedStatement root = connection.prepareStatement(
          "SELECT deleted_at FROM bench_users WHERE id = ? FOR UPDATE")) {
        root.setLong(1, id);
        try (ResultSet rows = root.executeQuery()) {
          deletedAt = rows.next() ? rows.getObject(1, LocalDateTime.class) : null;
        }
      }
      if (deletedAt == null) {
        return false;
      }
      try (PreparedStatement children = connection.prepareStatement(
          "UPDATE bench_projects SET deleted_at = NULL WHERE user_id = ? AND deleted_at = ?")) {
        children.setLong(1, id);
        children.setObject(2, deletedAt);
        children.executeUpdate();
      }
      try (PreparedStatement root = connection.prepareStatement(
          "UPDATE bench_users SET deleted_at = NULL WHERE id = ?")) {
        root.setLong(1, id);
        return root.executeUpdate() > 0;
      }
    });
  }

  /** Soft-deletes the live projects of users {@code 1 .. lastUser}. */
  int destroyProjectsOfUsers(long lastUser) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "UPDATE bench_projects SET deleted_at = ? WHERE deleted_at IS NULL AND user_id <= ?")) {
      statement.setObject(1, now());
      statement.setLong(2, lastUser);
      return statement.executeUpdate();
    }
  }

  int restoreProjectsOfUsers(long lastUser) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "UPDATE bench_projects SET deleted_at = NULL WHERE deleted_at IS NOT NULL"
                + " AND user_id <= ?")) {
      statement.setLong(1, lastUser);
      return statement.executeUpdate();
    }
  }

  /** {@code SELECT id, deleted_at ... FOR UPDATE} of the root; false when it does not exist. */
  private static boolean lockRoot(Connection connection, long id, LocalDateTime[] deletedAt)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT id, deleted_at FROM bench_users WHERE id = ? ORDER BY id FOR UPDATE")) {
      statement.setLong(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return false;
        }
        deletedAt[0] = rows.getObject(2, LocalDateTime.class);
        return true;
      }
    }
  }

  /**
   * Locks every project of {@code userId} and returns the keys of those whose deletion time
   * equals {@code deletedAt} (null: the live ones).
   */
  private static List<Long> lockChildren(Connection connection, long userId,
      LocalDateTime deletedAt) throws SQLException {
    List<Long> keys = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT id, deleted_at FROM bench_projects WHERE user_id IN (?) ORDER BY id FOR UPDATE")) {
      statement.setLong(1, userId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          LocalDateTime time = rows.getObject(2, LocalDateTime.class);
          if (deletedAt == null ? time == null : deletedAt.equals(time)) {
            keys.add(rows.getLong(1));
          }
        }
      }
    }
    return keys;
  }

  /** {@code <update> WHERE id IN (?, ...)}, with {@code time} as the first parameter unless null. */
  private static int changeByKeys(Connection connection, String update, LocalDateTime time,
      List<Long> keys) throws SQLException {
    StringBuilder sql = new StringBuilder(update).append(" WHERE id IN (");
    appendPlaceholders(sql, keys.size());
    sql.append(')');
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      int index = 1;
      if (time != null) {
        statement.setObject(index++, time);
      }
      for (Long key : keys) {
        statement.setLong(index++, key);
      }
      return statement.executeUpdate();
    }
  }

  private static void appendPlaceholders(StringBuilder sql, int count) {
    for (int i = 0; i < count; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
  }

  private static BenchUser readUser(ResultSet rows) throws SQLException {
    BenchUser user = new BenchUser();
    user.setId(rows.getLong(1));
    user.setName(rows.getString(2));
    user.setCreatedAt(instant(rows, 3));
    user.setUpdatedAt(instant(rows, 4));
    user.setDeletedAt(instant(rows, 5));
    return user;
  }

  private static BenchProject readProject(ResultSet rows, BenchUser owner) throws SQLException {
    BenchProject project = new BenchProject();
    project.setId(rows.getLong(1));
    project.setTitle(rows.getString(2));
    project.setUser(owner);
    project.setCreatedAt(instant(rows, 4));
    project.setUpdatedAt(instant(rows, 5));
    project.setDeletedAt(instant(rows, 6));
    return project;
  }

  private static Instant instant(ResultSet rows, int index) throws SQLException {
    LocalDateTime utc = rows.getObject(index, LocalDateTime.class);
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  /** The operation's one timestamp, at the microseconds every supported database stores. */
  private static LocalDateTime now() {
    return LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** Work in one transaction on one pooled connection, committed, or rolled back on failure. */
  private <T> T inTransaction(TransactionWork<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  @FunctionalInterface
  private interface TransactionWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
