package dev.paranoid.runtime.testing;

import dev.paranoid.runtime.condition.SqlColumn;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.JdbcTypes;
import dev.paranoid.runtime.internal.jdbc.RowReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A small paranoid table written by hand the way a generated DAO declares one: column constants,
 * an {@link EntityTable} and a {@link RowReader}. Two columns have SQL names that differ from their
 * field names ({@code nick_name}/nickname, {@code deleted_at}/deletedAt) so that messages can be
 * checked for naming the field.
 */
public final class People {

  private People() {}

  public static final String CREATE_TABLE =
      "CREATE TABLE person ("
          + "id BIGINT PRIMARY KEY, "
          + "name VARCHAR(50) NOT NULL, "
          + "age INT, "
          + "nick_name VARCHAR(50), "
          + "deleted_at TIMESTAMP(6))";

  public static final SqlColumn<Person, Long> ID = SqlColumn.of("id", "id", JdbcTypes.LONG);
  public static final SqlColumn<Person, String> NAME = SqlColumn.of("name", "name", JdbcTypes.STRING);
  public static final SqlColumn<Person, Integer> AGE = SqlColumn.of("age", "age", JdbcTypes.INT);
  public static final SqlColumn<Person, String> NICKNAME =
      SqlColumn.of("nick_name", "nickname", JdbcTypes.STRING);
  public static final SqlColumn<Person, Instant> DELETED_AT =
      SqlColumn.of("deleted_at", "deletedAt", JdbcTypes.INSTANT);

  public static final RowReader<Person> READER = row -> new Person(
      JdbcTypes.LONG.readOr(row, 1, 0L),
      JdbcTypes.STRING.read(row, 2),
      JdbcTypes.INT.read(row, 3),
      JdbcTypes.STRING.read(row, 4),
      JdbcTypes.INSTANT.read(row, 5));

  public static final EntityTable<Person> TABLE = new EntityTable<>(
      "person", "id", "id, name, age, nick_name, deleted_at", "deleted_at", JdbcTypes.INSTANT, READER);

  public static void createTable(DataSource dataSource) {
    H2.execute(dataSource, CREATE_TABLE);
  }

  /** Inserts with plain JDBC; {@code deletedAt} is stored as UTC wall-clock time. */
  public static void insert(
      DataSource dataSource, long id, String name, Integer age, String nickname, Instant deletedAt) {
    H2.update(dataSource,
        "INSERT INTO person (id, name, age, nick_name, deleted_at) VALUES (?, ?, ?, ?, ?)",
        id, name, age, nickname,
        deletedAt == null ? null : LocalDateTime.ofInstant(deletedAt, ZoneOffset.UTC));
  }

  /** The ids of {@code people}, in their order. */
  public static List<Long> ids(List<Person> people) {
    List<Long> ids = new ArrayList<>();
    for (Person person : people) {
      ids.add(person.id());
    }
    return ids;
  }

  /** Every row's deleted_at as H2 prints it (UTC wall clock), by id; "null" for live rows. */
  public static List<String> storedDeletedAt(DataSource dataSource) {
    return H2.strings(dataSource,
        "SELECT COALESCE(CAST(deleted_at AS VARCHAR), 'null') FROM person ORDER BY id");
  }
}
