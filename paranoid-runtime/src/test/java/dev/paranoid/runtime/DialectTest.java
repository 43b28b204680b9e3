package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.testing.H2;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DialectTest {

  private static final String STANDARD_SQL =
      "SELECT \"order\", name FROM \"user\" WHERE \"group\" = ? ORDER BY \"order\"";

  @Test
  void h2IsDetectedFromTheConnectionMetadata() throws SQLException {
    DataSource dataSource = H2.newDatabase("dialect");
    try (Connection connection = dataSource.getConnection()) {
      assertEquals(Dialect.H2, Dialect.detect(connection));
    } finally {
      H2.shutdown(dataSource);
    }
  }

  @Test
  void h2InMariaDbModeIsStillH2() throws SQLException {
    org.h2.jdbcx.JdbcDataSource dataSource = H2.newDatabase("dialect-mode");
    dataSource.setURL(dataSource.getURL() + ";MODE=MariaDB");
    try (Connection connection = dataSource.getConnection()) {
      assertEquals(Dialect.H2, Dialect.detect(connection));
    } finally {
      H2.shutdown(dataSource);
    }
  }

  @Test
  void mariaDbQuotesIdentifiersWithBackticks() {
    assertEquals("SELECT `order`, name FROM `user` WHERE `group` = ? ORDER BY `order`",
        Dialect.MARIADB.adapt(STANDARD_SQL));
    assertEquals("SELECT id FROM t WHERE a = ?", Dialect.MARIADB.adapt("SELECT id FROM t WHERE a = ?"));
  }

  @Test
  void mariaDbSpellsARowOfDefaultsWithEmptyLists() {
    assertEquals("INSERT INTO `order` () VALUES ()",
        Dialect.MARIADB.adapt("INSERT INTO \"order\" DEFAULT VALUES"));
    assertEquals("INSERT INTO markers DEFAULT VALUES",
        Dialect.POSTGRESQL.adapt("INSERT INTO markers DEFAULT VALUES"));
    assertEquals("INSERT INTO markers DEFAULT VALUES",
        Dialect.H2.adapt("INSERT INTO markers DEFAULT VALUES"));
  }

  @Test
  void h2AndPostgreSqlTakeStandardSqlAsIs() {
    assertEquals(STANDARD_SQL, Dialect.H2.adapt(STANDARD_SQL));
    assertEquals(STANDARD_SQL, Dialect.POSTGRESQL.adapt(STANDARD_SQL));
  }

  @Test
  void onlyMariaDbNeedsALimitBeforeABareOffset() {
    assertEquals("", Dialect.H2.limitForOffsetOnly());
    assertEquals("", Dialect.POSTGRESQL.limitForOffsetOnly());
    assertEquals(" LIMIT 18446744073709551615", Dialect.MARIADB.limitForOffsetOnly());
  }
}
