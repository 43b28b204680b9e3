package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.compile;
import static dev.paranoid.processor.ProcessorTesting.generatedSource;
import static dev.paranoid.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.paranoid.processor.GeneratedCodeTest.GeneratedClassLoader;
import dev.paranoid.runtime.Column;
import dev.paranoid.runtime.internal.Columns;
import dev.paranoid.runtime.internal.jdbc.JdbcTypes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The members of a generated DAO: every one is used, none clashes with another whatever the
 * entity's names, and the messages its checks throw read well.
 */
class GeneratedMembersTest {

  private static final String ID =
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";
  private static final String DELETED_AT = "  @DeletedAt Instant deletedAt;";
  private static final Pattern SQL_CONSTANT = Pattern.compile("static final String (\\w+) =");

  /**
   * A statement constant exists only when a method runs it: plain, versioned, cascading, and
   * versioned cascading entities (whose by-key operations go through the runtime's table).
   */
  @Test
  void everyStatementConstantIsRunBySomeMethod() {
    JavaFileObject[] sources = Stream.of("User", "Account", "Author", "Post", "Comment")
        .map(entity -> JavaFileObjects.forResource("golden/" + entity + ".java"))
        .toArray(JavaFileObject[]::new);
    Compilation compilation = compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    List<String> unused = new ArrayList<>();
    for (String dao : List.of("com.example.blog.UserParanoidDao",
        "com.example.billing.AccountParanoidDao", "com.example.blog.AuthorParanoidDao",
        "com.example.blog.PostParanoidDao", "com.example.blog.CommentParanoidDao")) {
      String source = generatedSource(compilation, dao);
      String statements = source.substring(source.indexOf("private static final class Sql {"));
      Matcher constant = SQL_CONSTANT.matcher(statements);
      int found = 0;
      while (constant.find()) {
        found++;
        if (!source.contains("Sql." + constant.group(1))) {
          unused.add(dao + ".Sql." + constant.group(1));
        }
      }
      assertTrue(found >= 4, dao + " has too few statement constants to be a fair test:\n" + source);
    }
    assertEquals(List.of(), unused, "statement constants that no method runs");
  }

  /**
   * What a cascade's Javadoc shows as the root rows' WHERE is what the runtime renders for the
   * condition the generated code gives it: {@code ID.eq(id)}, or with a version
   * {@code ID.eq(id).and(VERSION.eq(version))}.
   */
  @Test
  void theRootConditionACascadeDocumentsIsTheOneTheRuntimeRenders() {
    Column<Object, Long> id = Columns.of("id", "id", JdbcTypes.LONG);
    Column<Object, Long> version = Columns.of("version", "version", JdbcTypes.LONG);
    String byKey = id.eq(1L).toString();
    String byKeyAndVersion = id.eq(1L).and(version.eq(2L)).toString();
    JavaFileObject ledger = source("test.Ledger",
        "@Entity",
        "@Paranoid",
        "public class Ledger {",
        ID,
        "  @Version Long version;",
        "  @OneToMany(mappedBy = \"ledger\", cascade = CascadeType.REMOVE)",
        "  java.util.List<Entry> entries;",
        DELETED_AT,
        "}");
    JavaFileObject entry = source("test.Entry",
        "@Entity",
        "@Paranoid",
        "public class Entry {",
        ID,
        "  @ManyToOne Ledger ledger;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(ledger, entry);
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "test.LedgerParanoidDao");
    String lockRoots = "SELECT id, deleted_at FROM ledger WHERE %s ORDER BY id FOR UPDATE";
    assertTrue(dao.contains(String.format(lockRoots, byKey)), byKey + "\n" + dao);
    assertTrue(dao.contains(String.format(lockRoots, byKeyAndVersion)), byKeyAndVersion + "\n" + dao);
    assertTrue(dao.contains("table.softDestroy(ID.eq(id).and(VERSION.eq(version)), deletedAt)"), dao);
    assertTrue(dao.contains("table.softDestroy(ID.eq(id), deletedAt)"), dao);
  }

  /** A cascading entity runs its destroy and restore through the table: no by-key statement. */
  @Test
  void aCascadingEntityHasNoByKeyChangeStatements() {
    Compilation compilation = compile(
        JavaFileObjects.forResource("golden/Author.java"),
        JavaFileObjects.forResource("golden/Post.java"),
        JavaFileObjects.forResource("golden/Comment.java"));
    assertThat(compilation).succeededWithoutWarnings();
    String author = generatedSource(compilation, "com.example.blog.AuthorParanoidDao");
    assertFalse(author.contains("SOFT_DESTROY_BY_PK"), author);
    assertFalse(author.contains("RESTORE_BY_PK"), author);
    assertTrue(author.contains("return table.restore(ID.eq(id)) > 0;"), author);
  }

  /**
   * Names that would clash are allocated apart: an association named like the table definition,
   * two targets with one simple name in two packages (their tables, readers and factories), and an
   * enum field whose type constant a target's enum field would also get.
   */
  @Test
  void namesThatWouldClashAreAllocatedApart() {
    JavaFileObject buyer = source("people.Person",
        "@Entity",
        "public class Person {",
        "  @Id public Long id;",
        "  public enum Kind { PRIVATE, COMPANY }",
        "  @Enumerated(EnumType.STRING) public Kind kind;",
        "}");
    JavaFileObject seller = source("traders.Person",
        "@Entity",
        "public class Person {",
        "  @Id Long id;",
        "}");
    JavaFileObject deal = source("traders.Deal",
        "@Entity",
        "@Paranoid",
        "public class Deal {",
        ID,
        "  enum Kind { SALE, SWAP }",
        "  @Enumerated(EnumType.STRING) Kind personKind;",
        "  @ManyToOne people.Person buyer;",
        "  @ManyToOne Person seller;",
        "  @ManyToOne @JoinColumn(name = \"broker_id\") Person tableDefinition;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(buyer, seller, deal);
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "traders.DealParanoidDao");
    assertTrue(dao.contains("public static final TableDefinition TABLE_DEFINITION ="), dao);
    assertTrue(dao.contains("public static final Association<Deal, Person> TABLE_DEFINITION_ ="),
        dao);
    assertTrue(dao.contains("static final EntityTable<people.Person> PERSON_TABLE ="), dao);
    assertTrue(dao.contains("static final EntityTable<Person> PERSON_TABLE_ ="), dao);
    assertTrue(dao.contains("private static people.Person readPerson(Row row)"), dao);
    assertTrue(dao.contains("private static Person readPerson_(Row row)"), dao);
    assertTrue(dao.contains("static final JdbcType<Deal.Kind> PERSON_KIND_TYPE ="), dao);
    assertTrue(dao.contains("static final JdbcType<people.Person.Kind> PERSON_KIND_TYPE_ ="), dao);
  }

  /** A versioned entity that was never read or created has no version: each operation says so. */
  @Test
  void operationsOnAnEntityWithoutVersionExplainThemselves() throws Exception {
    JavaFileObject ticket = source("test.Ticket",
        "@Entity",
        "@Paranoid",
        "public class Ticket {",
        ID,
        "  @Version Integer version;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(ticket);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = new GeneratedClassLoader(compilation);
    Class<?> entity = loader.loadClass("test.Ticket");
    Class<?> daoClass = loader.loadClass("test.TicketParanoidDao");
    Object dao = daoClass.getConstructor(DataSource.class).newInstance(unusableDataSource());
    Object unread = entity.getConstructor().newInstance();
    java.lang.reflect.Field id = entity.getDeclaredField("id");
    id.setAccessible(true);
    id.set(unread, 7L);
    for (String operation : List.of("update", "destroy", "restore")) {
      InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
          () -> daoClass.getMethod(operation, entity).invoke(dao, unread));
      assertTrue(thrown.getCause() instanceof IllegalArgumentException, thrown::toString);
      String done = operation.endsWith("e") ? operation + "d" : operation + "ed";
      assertEquals(operation + ": the Ticket has no version; only an entity read or created by"
          + " the DAO can be " + done, thrown.getCause().getMessage());
    }
  }

  /** A DataSource whose every method fails: the tested paths must not reach the database. */
  private static DataSource unusableDataSource() {
    return (DataSource) Proxy.newProxyInstance(GeneratedMembersTest.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (method.getName().equals("toString")) {
            return "unusable DataSource";
          }
          throw new AssertionError("the database was used: " + method);
        });
  }
}
