package dev.paranoid.runtime.condition;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import dev.paranoid.runtime.testing.H2;
import dev.paranoid.runtime.testing.People;
import dev.paranoid.runtime.testing.Person;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the condition tests: renders a condition to SQL and runs it against a real H2 table.
 *
 * <pre>
 * id name  age  nick_name
 *  1 alice  30  ali
 *  2 bob    25  NULL
 *  3 carol  35  caz
 *  4 dave  NULL d
 *  5 eve    28  NULL
 *  6 frank  40  frankie
 * </pre>
 */
abstract class ConditionsOnH2 {

  static final List<Long> EVERY_ROW = List.of(1L, 2L, 3L, 4L, 5L, 6L);

  DataSource dataSource;
  SqlExecutor executor;

  @BeforeEach
  void createPeople() {
    dataSource = H2.newDatabase(getClass().getSimpleName());
    People.createTable(dataSource);
    People.insert(dataSource, 1, "alice", 30, "ali", null);
    People.insert(dataSource, 2, "bob", 25, null, null);
    People.insert(dataSource, 3, "carol", 35, "caz", null);
    People.insert(dataSource, 4, "dave", null, "d", null);
    People.insert(dataSource, 5, "eve", 28, null, null);
    People.insert(dataSource, 6, "frank", 40, "frankie", null);
    executor = new SqlExecutor(dataSource, Dialect.H2);
  }

  @AfterEach
  void dropDatabase() {
    H2.shutdown(dataSource);
  }

  /** The condition's SQL and parameters, as a statement would receive them. */
  static SqlBuilder render(Condition<Person> condition) {
    SqlBuilder sql = new SqlBuilder();
    SqlCondition.of(condition, "condition").appendTo(sql);
    return sql;
  }

  /** The ids of the rows {@code condition} matches, in id order. */
  List<Long> idsMatching(Condition<Person> condition) {
    SqlBuilder sql = new SqlBuilder().append("SELECT id FROM person WHERE ");
    SqlCondition.of(condition, "condition").appendTo(sql);
    sql.append(" ORDER BY id");
    return executor.list(sql.sql(), sql.binder(), row -> row.resultSet().getLong(1));
  }
}
