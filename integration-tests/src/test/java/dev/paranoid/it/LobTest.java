package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Attachment;
import dev.paranoid.it.model.AttachmentParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.schema.Schema;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Lob} on a String and a byte[] (issue 14): the schema helper makes the dialect's large
 * types, and values far beyond a VARCHAR's or VARBINARY's size go in and come back whole.
 */
class LobTest extends DatabaseTestBase {

  private AttachmentParanoidDao attachments;

  @BeforeEach
  void table() {
    Schema.create(db.dataSource(), AttachmentParanoidDao.TABLE_DEFINITION);
    attachments = new AttachmentParanoidDao(db.dataSource(), clock);
  }

  @Test
  void lobColumnsGetTheDialectsLargeTypes() {
    String ddl = String.join("\n", Schema.ddl(db.dialect(), AttachmentParanoidDao.TABLE_DEFINITION));
    List<String> expected = switch (db.dialect()) {
      case H2 -> List.of("body CLOB", "data BLOB");
      case POSTGRESQL -> List.of("body TEXT", "data BYTEA");
      case MARIADB -> List.of("body LONGTEXT", "data LONGBLOB");
    };
    for (String column : expected) {
      assertTrue(ddl.contains(column), ddl);
    }
    assertTrue(ddl.contains("name VARCHAR(255)"), ddl);
  }

  @Test
  void largeValuesRoundTripWhole() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 1_000_000) {
      text.append("Paranoid keeps every line of this text, ").append(text.length()).append('\n');
    }
    byte[] bytes = new byte[300_000];
    new Random(42).nextBytes(bytes);

    Attachment stored = attachments.create(new Attachment("report", text.toString(), bytes));
    Attachment read = attachments.findByPk(stored.id).orElseThrow();

    assertEquals(text.toString(), read.body);
    assertArrayEquals(bytes, read.data);

    read.body = "short now";
    read.data = new byte[] {1, 2, 3};
    assertTrue(attachments.update(read));
    Attachment updated = attachments.query().where(AttachmentParanoidDao.NAME.eq("report"))
        .first().orElseThrow();
    assertEquals("short now", updated.body);
    assertArrayEquals(new byte[] {1, 2, 3}, updated.data);
    assertTrue(attachments.destroy(updated));
    assertEquals(0, attachments.count());
  }
}
