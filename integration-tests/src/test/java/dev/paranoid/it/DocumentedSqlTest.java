package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.support.DocumentedCall;
import dev.paranoid.it.support.DocumentedSql;
import dev.paranoid.it.support.DocumentedSql.Documentation;
import dev.paranoid.it.support.SqlShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tools of {@link JavadocSqlTest} on their own, without a database: the Javadoc format it
 * reads (issue 11 §1), the differences it forgives and the placeholders it knows, and the order
 * rule of a call's statements. They must be strict, or that test proves nothing.
 */
class DocumentedSqlTest {

  private static final String SOURCE = String.join("\n",
      "/** A DAO. */",
      "@Generated(value = \"x\", comments = \"from User\")",
      "public final class UserParanoidDao {",
      "  /**",
      "   * Include {@code stories}.",
      "   *",
      "   * <pre>{@code SELECT id FROM stories WHERE user_id IN (?, \u2026)}</pre>",
      "   */",
      "  public static final Association<User, Story> STORIES = AssociationSpec.oneToMany(",
      "      \"stories\");",
      "",
      "  /** A DAO on {@code dataSource}. */",
      "  public UserParanoidDao(DataSource dataSource) {",
      "  }",
      "",
      "  /**",
      "   * Soft-deletes, or with {@code force} deletes. Runs, in one transaction:",
      "   *",
      "   * <pre>{@code",
      "   * SELECT id, deleted_at FROM users WHERE \"id\" = ? FOR UPDATE",
      "   * UPDATE users SET deleted_at = ? WHERE id IN (?, \u2026)",
      "   * }</pre>",
      "   * or, with {@code force}:",
      "   * <pre>{@code DELETE FROM users WHERE <where>}</pre>",
      "   */",
      "  @Override",
      "  public int destroy(Condition<User> where, boolean force) {",
      "    return 0;",
      "  }",
      "",
      "  /** Not documented SQL. */",
      "  private static Long keyOf(User target) {",
      "    return null;",
      "  }",
      "}");

  @Test
  void readsEachPublicMemberWithItsVariants() {
    Map<String, Documentation> members = DocumentedSql.parse(SOURCE);

    assertEquals(List.of("STORIES", "destroy(Condition, boolean)"),
        new ArrayList<>(members.keySet()),
        "public fields and methods only: not the class, the constructor or a private method");
    Documentation destroy = members.get("destroy(Condition, boolean)");
    assertEquals(List.of("where", "force"), destroy.parameterNames());
    assertEquals(Map.of(
        DocumentedSql.PLAIN, List.of(
            "SELECT id, deleted_at FROM users WHERE \"id\" = ? FOR UPDATE",
            "UPDATE users SET deleted_at = ? WHERE id IN (?, \u2026)"),
        "force", List.of("DELETE FROM users WHERE <where>")), destroy.variants());
    assertEquals(Map.of(DocumentedSql.PLAIN,
        List.of("SELECT id FROM stories WHERE user_id IN (?, \u2026)")),
        members.get("STORIES").variants());
  }

  @Test
  void forgivesIdentifierQuotesAndMariaDbsEmptyInsertOnly() {
    SqlShape update = SqlShape.of("UPDATE \"order\" SET \"group\" = ? WHERE id = ?");
    assertTrue(update.matches("UPDATE `order` SET `group` = ? WHERE id = ?"));
    assertTrue(update.matches("UPDATE order  SET group = ?\n WHERE id = ?"));
    assertFalse(update.matches("UPDATE order SET group = ? WHERE (id = ?)"));
    assertTrue(SqlShape.of("INSERT INTO markers DEFAULT VALUES")
        .matches("INSERT INTO `markers` () VALUES ()"));
    assertFalse(SqlShape.of("SELECT id FROM t ORDER BY id LIMIT 1")
        .matches("SELECT id FROM t ORDER BY id LIMIT ?"), "a literal is not a parameter");
  }

  @Test
  void placeholdersStandForAnyTextAndForInLists() {
    SqlShape select = SqlShape.of(
        "SELECT id FROM t WHERE deleted_at IS NULL AND <where> ORDER BY id <limit/offset>");
    assertTrue(select.matches("SELECT id FROM t WHERE deleted_at IS NULL AND (a = ? OR b = ?)"
        + " ORDER BY id LIMIT ? OFFSET ?"));
    assertTrue(select.matches("SELECT id FROM t WHERE deleted_at IS NULL AND a = ? ORDER BY id"),
        "a placeholder after a space may stand for nothing");
    assertFalse(select.matches("SELECT id FROM t WHERE a = ? ORDER BY id"));
    assertEquals(List.of("<where>", "<limit/offset>"), select.placeholders());

    SqlShape in = SqlShape.of("UPDATE t SET x = NULL WHERE id IN (?, \u2026)");
    assertTrue(in.matches("UPDATE t SET x = NULL WHERE id IN (?)"));
    assertTrue(in.matches("UPDATE t SET x = NULL WHERE id IN (?, ?, ?)"));
    assertFalse(in.matches("UPDATE t SET x = NULL WHERE id IN ()"));
    assertFalse(in.matches("UPDATE t SET x = NULL WHERE id IN (?, 1)"));
  }

  @Test
  void aCallMustRunDocumentedStatementsInDocumentedOrder() {
    List<List<List<DocumentedCall.Statement>>> cascade = List.of(List.of(statements(
        "SELECT id FROM users WHERE id = ? FOR UPDATE",
        "SELECT id FROM stories WHERE user_id IN (?, \u2026) FOR UPDATE",
        "UPDATE stories SET deleted_at = ? WHERE id IN (?, \u2026)",
        "UPDATE users SET deleted_at = ? WHERE id IN (?, \u2026)")));

    assertNotNull(DocumentedCall.match(List.of(
        "SELECT id FROM users WHERE id = ? FOR UPDATE",
        "SELECT id FROM stories WHERE user_id IN (?) FOR UPDATE",
        "UPDATE users SET deleted_at = ? WHERE id IN (?)"), cascade),
        "a level with no rows is skipped");
    assertNull(DocumentedCall.match(List.of(
        "SELECT id FROM users WHERE id = ? FOR UPDATE",
        "UPDATE users SET deleted_at = ? WHERE id IN (?)",
        "UPDATE stories SET deleted_at = ? WHERE id IN (?)"), cascade), "out of order");
    assertNull(DocumentedCall.match(List.of(
        "SELECT id FROM users WHERE id = ? FOR UPDATE",
        "SELECT id FROM users WHERE id = ? FOR UPDATE"), cascade), "run twice, documented once");
    assertNull(DocumentedCall.match(List.of("DELETE FROM users WHERE id = ?"), cascade),
        "undocumented");
  }

  @Test
  void aQueryMayTakeAnyVariantThenEachIncludeInTurn() {
    List<List<List<DocumentedCall.Statement>>> slots = List.of(
        List.of(statements("SELECT id FROM users ORDER BY id"),
            statements("SELECT COUNT(*) FROM users")),
        List.of(statements("SELECT id FROM stories WHERE user_id IN (?, \u2026)")));

    assertNotNull(DocumentedCall.match(List.of("SELECT COUNT(*) FROM users"), slots));
    String users = "SELECT id FROM users ORDER BY id";
    String stories = "SELECT id FROM stories WHERE user_id IN (?, ?)";
    assertNotNull(DocumentedCall.match(List.of(users, stories), slots));
    assertNull(DocumentedCall.match(List.of(stories, users), slots), "includes after their parents");
  }

  private static List<DocumentedCall.Statement> statements(String... texts) {
    List<DocumentedCall.Statement> statements = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      statements.add(new DocumentedCall.Statement("X.m()", DocumentedSql.PLAIN, i,
          SqlShape.of(texts[i])));
    }
    return statements;
  }
}
