package dev.paranoid.it;

import dev.paranoid.it.model.Account;
import dev.paranoid.it.model.AccountParanoidDao;
import dev.paranoid.it.support.CountingDataSource;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@code accounts} table (created here, not in TestTables) and an {@link AccountParanoidDao}
 * on a {@link CountingDataSource}, for the lifecycle-callback and {@code @Version} tests.
 */
abstract class AccountFixture extends DatabaseTestBase {

  protected CountingDataSource counting;
  protected AccountParanoidDao accounts;

  @BeforeEach
  void accountsTable() {
    Schema.create(db.dataSource(), AccountParanoidDao.TABLE_DEFINITION);
    counting = new CountingDataSource(db.dataSource());
    accounts = new AccountParanoidDao(counting.dataSource(), clock);
    Account.EVENTS.clear();
  }

  /** The callbacks run since the last call (and forgets them). */
  protected static List<String> events() {
    synchronized (Account.EVENTS) {
      List<String> events = List.copyOf(Account.EVENTS);
      Account.EVENTS.clear();
      return events;
    }
  }

  protected Account account(String name) {
    Account account = accounts.create(new Account(name));
    Account.EVENTS.clear();
    return account;
  }

  /** The stored row (every column but the key), or null when there is none. */
  protected Map<String, Object> row(Account account) {
    List<Map<String, Object>> rows = db.rows(
        "SELECT name, version, created_at, updated_at, deleted_at FROM accounts WHERE id = ?",
        account.getId());
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, Object> row = new LinkedHashMap<>(rows.get(0));
    row.put("version", ((Number) row.get("version")).longValue());
    return row;
  }

  protected long storedVersion(Account account) {
    return ((Number) db.row("SELECT version FROM accounts WHERE id = ?", account.getId())
        .get("version")).longValue();
  }

  protected Account read(Account account) {
    return accounts.findByPk(account.getId(), true).orElseThrow();
  }
}
