package dev.paranoid.runtime.testing;

import dev.paranoid.runtime.DaoConfig;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.internal.ParanoidTable;
import dev.paranoid.runtime.internal.jdbc.SqlExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;

/**
 * A fresh H2 database holding the {@link People} table with seven rows, two of them soft-deleted,
 * and a {@link ParanoidTable} over it whose clock is fixed at {@link #NOW}; statements go through a
 * {@link CountingDataSource}.
 *
 * <pre>
 * id name   age  nick_name deleted_at
 *  1 alice   30  ali       -
 *  2 bob     25  NULL      -
 *  3 carol   35  caz       DELETED_EARLIER
 *  4 dave   NULL d         -
 *  5 eve     28  NULL      DELETED_LATER
 *  6 frank   40  frankie   -
 *  7 grace   33  NULL      -
 * </pre>
 */
public final class PeopleDatabase {

  /** The fixed clock's instant; it has nanoseconds, which a stored timestamp cannot keep. */
  public static final Instant NOW = Instant.parse("2024-06-15T08:30:45.123456789Z");
  /** {@link #NOW} as H2 prints the TIMESTAMP(6) it stores. */
  public static final String NOW_STORED = "2024-06-15 08:30:45.123456";
  public static final Instant DELETED_EARLIER = Instant.parse("2024-01-01T10:00:00.111111Z");
  public static final String DELETED_EARLIER_STORED = "2024-01-01 10:00:00.111111";
  public static final Instant DELETED_LATER = Instant.parse("2024-02-02T20:00:00.222222Z");
  public static final String DELETED_LATER_STORED = "2024-02-02 20:00:00.222222";

  public final DataSource real;
  public final CountingDataSource counting;
  public final SqlExecutor executor;
  public final ParanoidTable<Person> table;

  private PeopleDatabase(DataSource real) {
    this.real = real;
    this.counting = new CountingDataSource(real);
    this.executor = new SqlExecutor(counting.dataSource(), Dialect.H2);
    this.table = tableAt(NOW);
  }

  public static PeopleDatabase withSampleRows(String label) {
    PeopleDatabase database = new PeopleDatabase(H2.newDatabase(label));
    DataSource real = database.real;
    People.createTable(real);
    People.insert(real, 1, "alice", 30, "ali", null);
    People.insert(real, 2, "bob", 25, null, null);
    People.insert(real, 3, "carol", 35, "caz", DELETED_EARLIER);
    People.insert(real, 4, "dave", null, "d", null);
    People.insert(real, 5, "eve", 28, null, DELETED_LATER);
    People.insert(real, 6, "frank", 40, "frankie", null);
    People.insert(real, 7, "grace", 33, null, null);
    return database;
  }

  /** Another table object over the same database whose clock stands at {@code instant}. */
  public ParanoidTable<Person> tableAt(Instant instant) {
    return new ParanoidTable<>(People.TABLE, executor,
        DaoConfig.builder().clock(Clock.fixed(instant, ZoneId.of("Europe/Paris"))).build());
  }

  /** Every row's deleted_at as stored (UTC wall clock), in id order; "null" for live rows. */
  public java.util.List<String> storedDeletedAt() {
    return People.storedDeletedAt(real);
  }

  public java.util.List<Long> allIds() {
    return H2.longs(real, "SELECT id FROM person ORDER BY id");
  }

  public void shutdown() {
    H2.shutdown(real);
  }
}
