package dev.paranoid.runtime.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.Dialect;
import org.junit.jupiter.api.Test;

/** How a single-row INSERT grows to many rows, and how many rows one statement may hold. */
class MultiRowInsertTest {

  private static final String INSERT = "INSERT INTO users (username, created_at) VALUES (?, ?)";

  @Test
  void rowsRepeatTheValuesOfTheFirst() {
    MultiRowInsert insert = MultiRowInsert.of(INSERT);
    assertEquals(2, insert.columns());
    assertEquals(INSERT, insert.sql(1, null));
    assertEquals(INSERT + ", (?, ?), (?, ?)", insert.sql(3, null));
    assertEquals(INSERT + ", (?, ?) RETURNING id", insert.sql(2, "id"));
  }

  @Test
  void aThousandRowsUnlessTheirParametersWouldPassTheLimit() {
    assertEquals(1_000, MultiRowInsert.of(INSERT).rowsPerStatement(Dialect.POSTGRESQL));
    String wide = "INSERT INTO t (" + "c, ".repeat(49) + "c) VALUES (" + "?, ".repeat(49) + "?)";
    MultiRowInsert fifty = MultiRowInsert.of(wide);
    assertEquals(50, fifty.columns());
    assertEquals(655, fifty.rowsPerStatement(Dialect.POSTGRESQL), "32,767 / 50");
    assertEquals(655, fifty.rowsPerStatement(Dialect.H2));
    assertEquals(1_000, fifty.rowsPerStatement(Dialect.MARIADB), "65,535 / 50 is more");
    String widest = "INSERT INTO t (c) VALUES (" + "?, ".repeat(39_999) + "?)";
    assertEquals(1, MultiRowInsert.of(widest).rowsPerStatement(Dialect.POSTGRESQL),
        "never less than one row");
  }

  @Test
  void aRowOfDefaultsIsOneRowPerStatement() {
    MultiRowInsert defaults = MultiRowInsert.of("INSERT INTO markers DEFAULT VALUES");
    assertEquals(0, defaults.columns());
    assertEquals(1, defaults.rowsPerStatement(Dialect.H2));
  }

  @Test
  void onlyMariaDbFromTenFiveTakesInsertReturning() {
    assertEquals(true, ServerVersion.takesInsertReturning("10.11.6-MariaDB-0+deb12u1"));
    assertEquals(true, ServerVersion.takesInsertReturning("5.5.5-10.5.2-MariaDB-log"),
        "as MySQL Connector/J reports it");
    assertEquals(true, ServerVersion.takesInsertReturning("11.4.2-MariaDB"));
    assertEquals(false, ServerVersion.takesInsertReturning("10.4.30-MariaDB"));
    assertEquals(false, ServerVersion.takesInsertReturning("8.4.0"), "MySQL");
  }
}
