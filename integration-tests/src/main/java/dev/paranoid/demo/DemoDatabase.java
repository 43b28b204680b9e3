package dev.paranoid.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An embedded, in-memory H2 database with the demo's tables. */
final class DemoDatabase {

  private DemoDatabase() {}

  static DataSource create() throws IOException, SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:paranoid-demo;DB_CLOSE_DELAY=-1");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String ddl : schema().split(";")) {
        if (!ddl.isBlank()) {
          statement.execute(ddl);
        }
      }
    }
    return dataSource;
  }

  private static String schema() throws IOException {
    try (InputStream in = DemoDatabase.class.getResourceAsStream("/schema/h2.sql")) {
      if (in == null) {
        throw new IOException("schema/h2.sql is not on the classpath");
      }
      StringBuilder sql = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.trim().startsWith("--")) {
          sql.append(line).append('\n');
        }
      }
      return sql.toString();
    }
  }
}
