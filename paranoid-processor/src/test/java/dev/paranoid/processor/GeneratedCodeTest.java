package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.compile;
import static dev.paranoid.processor.ProcessorTesting.generatedSource;
import static dev.paranoid.processor.ProcessorTesting.source;
import static dev.paranoid.processor.ProcessorTesting.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The quality of the generated DAOs: they compile cleanly, read well, and are reproducible. */
class GeneratedCodeTest {

  private static final String ID =
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";
  private static final String DELETED_AT = "  @DeletedAt Instant deletedAt;";

  /** Every mappable kind of field, bean and field access, a nested entity and two references. */
  static JavaFileObject[] shop() {
    return new JavaFileObject[] {
        source("shop.Status",
            "public enum Status { DRAFT, ON_SALE, RETIRED }"),
        source("shop.Size",
            "public enum Size { S, M, L }"),
        source("shop.Category",
            "@Entity",
            "@Table(name = \"categories\")",
            "@Paranoid",
            "public class Category {",
            "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;",
            "  private String name;",
            "  @DeletedAt private Instant deletedAt;",
            "  public Integer getId() { return id; }",
            "  public void setId(Integer id) { this.id = id; }",
            "  public String getName() { return name; }",
            "  public void setName(String name) { this.name = name; }",
            "  public Instant getDeletedAt() { return deletedAt; }",
            "  public void setDeletedAt(Instant deletedAt) { this.deletedAt = deletedAt; }",
            "}"),
        source("shop.Catalog",
            "public class Catalog {",
            "  @Entity",
            "  @Paranoid",
            "  public static class Section {",
            "    @Id UUID id;",
            "    String title;",
            "    @CreatedAt Instant createdAt;",
            "    @DeletedAt LocalDateTime deletedAt;",
            "  }",
            "}"),
        source("shop.Product",
            "@Entity",
            "@Paranoid",
            "public class Product {",
            "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
            "  private String name;",
            "  private boolean discontinued;",
            "  int quantity;",
            "  long views;",
            "  short rank;",
            "  byte flags;",
            "  boolean active;",
            "  double weight;",
            "  float ratio;",
            "  char grade;",
            "  Integer stock;",
            "  Long total;",
            "  Short shelf;",
            "  Byte bin;",
            "  Boolean featured;",
            "  Double width;",
            "  Float height;",
            "  Character initial;",
            "  BigDecimal price;",
            "  byte[] image;",
            "  UUID externalId;",
            "  @Enumerated(EnumType.STRING) Status status;",
            "  @Enumerated(EnumType.ORDINAL) Size size;",
            "  Size defaultSize;",
            "  LocalDate releasedOn;",
            "  LocalDateTime availableFrom;",
            "  OffsetDateTime lastSoldAt;",
            "  Instant checkedAt;",
            "  @Column(columnDefinition = \"TIMESTAMP WITH TIME ZONE\") Instant auditedAt;",
            "  @ManyToOne @JoinColumn(name = \"category_id\") Category category;",
            "  @ManyToOne Catalog.Section section;",
            "  @Transient String scratch;",
            "  static int instances;",
            "  @CreatedAt LocalDateTime createdAt;",
            "  @UpdatedAt OffsetDateTime updatedAt;",
            "  @DeletedAt Instant deletedAt;",
            "  public Long getId() { return id; }",
            "  public void setId(Long id) { this.id = id; }",
            "  public String getName() { return name; }",
            "  public void setName(String name) { this.name = name; }",
            "  public boolean isDiscontinued() { return discontinued; }",
            "  public void setDiscontinued(boolean discontinued) { this.discontinued = discontinued; }",
            "}"),
    };
  }

  static final List<String> SHOP_DAOS = List.of(
      "shop.ProductParanoidDao", "shop.CategoryParanoidDao", "shop.Catalog_SectionParanoidDao");

  /**
   * The processor claims Paranoid's annotations: javac's {@code -Xlint:processing} lists only the
   * ones nobody handles (here the JPA annotations), never {@code @Paranoid} or {@code @DeletedAt}.
   */
  @Test
  void theProcessorClaimsParanoidsOwnAnnotations() {
    JavaFileObject note = source("test.Note",
        "@Entity",
        "@Paranoid",
        "public class Note {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @CreatedAt Instant createdAt;",
        "  @DeletedAt Instant deletedAt;",
        "  @DeletedBy String deletedBy;",
        "}");
    Compilation compilation = compile(List.of("-Xlint:processing"), note);
    assertThat(compilation).succeeded();
    List<String> unclaimed = compilation.warnings().stream()
        .map(warning -> warning.getMessage(null))
        .filter(message -> message.contains("No processor claimed"))
        .toList();
    // javac warns once per round: the entity's round, then the round of the generated DAO
    assertTrue(unclaimed.stream().anyMatch(message -> message.contains("jakarta.persistence.Entity")),
        unclaimed.toString());
    assertTrue(unclaimed.stream().noneMatch(message -> message.contains("dev.paranoid")),
        unclaimed.toString());
  }

  @Test
  void manyFieldTypesCompileWithoutAnyWarning() {
    Compilation compilation = compile(shop());
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.warnings().isEmpty(), compilation.warnings()::toString);
    for (String dao : SHOP_DAOS) {
      assertThat(compilation).generatedSourceFile(dao);
    }
    String product = generatedSource(compilation, "shop.ProductParanoidDao");
    assertTrue(product.contains("public static final Column<Product, Boolean> DISCONTINUED"), product);
    assertTrue(product.contains("entity.setDiscontinued("), product);
    assertTrue(product.contains("entity.isDiscontinued()"), product);
    // a join column without a field of its own: its constant is named after the column
    assertTrue(product.contains("public static final Column<Product, Integer> CATEGORY_ID ="), product);
    assertTrue(product.contains("public static final Column<Product, UUID> SECTION_ID ="), product);
    assertTrue(product.contains("public static final Association<Product, Category> CATEGORY ="), product);
    assertTrue(product.contains("public static final Association<Product, Catalog.Section> SECTION ="),
        product);
    assertTrue(product.contains("public static final Column<Product, byte[]> IMAGE"), product);
    assertFalse(product.contains("scratch"), product);
    assertFalse(product.contains("instances"), product);
  }

  @Test
  void nestedEntityGetsOuterUnderscoreInnerDao() {
    Compilation compilation = compile(shop());
    assertThat(compilation).succeeded();
    String section = generatedSource(compilation, "shop.Catalog_SectionParanoidDao");
    assertTrue(section.contains("public final class Catalog_SectionParanoidDao {"), section);
    assertTrue(section.contains("Column<Catalog.Section, UUID> ID"), section);
    assertTrue(section.contains("FROM section WHERE"), section);
  }

  @Test
  void generatedSourceIsIdiomatic() {
    Compilation compilation = compile(shop());
    assertThat(compilation).succeeded();
    Pattern qualified = Pattern.compile(
        "\\b(dev\\.paranoid\\.runtime|java\\.sql|javax\\.sql|java\\.time|java\\.util|java\\.math)\\.[A-Za-z]");
    for (String dao : SHOP_DAOS) {
      String text = generatedSource(compilation, dao);
      assertTrue(text.contains("@Generated("), dao + " lacks @Generated:\n" + text);
      assertTrue(text.contains("import javax.annotation.processing.Generated;"), text);
      assertTrue(text.contains("value = \"dev.paranoid.processor.ParanoidProcessor\""), text);
      assertTrue(text.contains("import dev.paranoid.runtime.Column;"), text);
      assertTrue(text.contains("<pre>{@code SELECT "), dao + " lacks the SQL Javadoc:\n" + text);
      assertTrue(text.contains("<pre>{@code UPDATE "), text);
      assertTrue(text.contains("<pre>{@code DELETE FROM "), text);
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.startsWith("import ") || line.startsWith("package ")) {
          continue;
        }
        assertFalse(qualified.matcher(line).find(),
            dao + " line " + (i + 1) + " uses a fully qualified name instead of an import: " + line);
        assertFalse(line.endsWith(" "), dao + " line " + (i + 1) + " has trailing blanks: " + line);
        assertFalse(line.contains("\t"), dao + " line " + (i + 1) + " has a tab: " + line);
      }
      assertTrue(text.endsWith("}\n"), dao + " must end with one newline");
    }
  }

  /**
   * Issue 10: an entity with no column but its generated key and its deletion time inserts a row
   * of defaults in standard SQL (the runtime's Dialect rewrites it for MariaDB/MySQL), and says so.
   */
  @Test
  void anEntityWithOnlyAGeneratedKeyInsertsDefaultValues() {
    Compilation compilation = compile(source("shop.Marker",
        "@Entity", "@Table(name = \"markers\")", "@Paranoid", "public class Marker {",
        ID, DELETED_AT, "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "shop.MarkerParanoidDao");
    assertTrue(dao.contains("\"INSERT INTO markers DEFAULT VALUES\""), dao);
    assertTrue(dao.contains("<pre>{@code INSERT INTO markers DEFAULT VALUES}</pre>"), dao);
    assertTrue(dao.contains("receive {@code INSERT INTO markers () VALUES ()}"), dao);
    assertFalse(dao.contains("()\""), "no empty column list in any statement:\n" + dao);
    assertTrue(dao.contains("executor.insert(Sql.INSERT, \"id\", StatementBinder.NONE, JdbcTypes.LONG)"), dao);
    assertTrue(dao.contains("import dev.paranoid.runtime.internal.jdbc.StatementBinder;"), dao);
  }

  @Test
  void compilingTwiceGivesByteIdenticalSources() {
    JavaFileObject[] sources = withoutEnumFields();
    Map<String, String> first = generatedSources(compile(sources));
    Map<String, String> second = generatedSources(compile(sources));
    assertEquals(SHOP_DAOS.size(), first.size(), first.keySet()::toString);
    assertEquals(first.keySet(), second.keySet());
    for (String name : first.keySet()) {
      assertEquals(first.get(name), second.get(name), name + " differs between two compilations");
    }
  }

  /**
   * The same with enum fields. Their private JdbcType constants are kept in an IdentityHashMap,
   * whose order depends on identity hash codes, so it differs from one run to the next: several
   * compilations make a lucky pass unlikely.
   */
  @Test
  void compilingRepeatedlyGivesByteIdenticalSourcesWithEnumFields() {
    Map<String, String> first = generatedSources(compile(shop()));
    assertEquals(SHOP_DAOS.size(), first.size(), first.keySet()::toString);
    for (int run = 2; run <= 5; run++) {
      Map<String, String> again = generatedSources(compile(shop()));
      assertEquals(first.keySet(), again.keySet());
      for (String name : first.keySet()) {
        assertEquals(first.get(name), again.get(name), name + " differs in compilation " + run);
      }
    }
  }

  /** {@link #shop()} with the enum fields of Product dropped. */
  private static JavaFileObject[] withoutEnumFields() {
    JavaFileObject[] shop = shop();
    String product = text(shop[4]);
    String[] lines = product.lines()
        .filter(line -> !line.contains("Status status;") && !line.contains("Size size;")
            && !line.contains("Size defaultSize;"))
        .toArray(String[]::new);
    shop[4] = JavaFileObjects.forSourceLines("shop.Product", lines);
    return shop;
  }

  /**
   * DESIGN.md's "Generated DAO" section, compiled: a user class that calls every public member with
   * the documented types.
   */
  @Test
  void daoApiMatchesTheDesign() {
    JavaFileObject user = source("app.User",
        "@Entity",
        "@Table(name = \"users\")",
        "@Paranoid",
        "public class User {",
        ID,
        "  String username;",
        "  @CreatedAt Instant createdAt;",
        "  @UpdatedAt Instant updatedAt;",
        "  @DeletedAt @Column(name = \"deleted_at\") Instant deletedAt;",
        "}");
    JavaFileObject usage = source("app.Usage",
        "import dev.paranoid.runtime.Column;",
        "import dev.paranoid.runtime.Condition;",
        "import dev.paranoid.runtime.Query;",
        "import java.time.Clock;",
        "import java.util.List;",
        "import java.util.Optional;",
        "import javax.sql.DataSource;",
        "",
        "class Usage {",
        "  static void use(DataSource dataSource, Clock clock) {",
        "    UserParanoidDao dao = new UserParanoidDao(dataSource);",
        "    dao = new UserParanoidDao(dataSource, clock);",
        "    Column<User, Long> id = UserParanoidDao.ID;",
        "    Column<User, String> username = UserParanoidDao.USERNAME;",
        "    Column<User, Instant> createdAt = UserParanoidDao.CREATED_AT;",
        "    Column<User, Instant> updatedAt = UserParanoidDao.UPDATED_AT;",
        "    Column<User, Instant> deletedAt = UserParanoidDao.DELETED_AT;",
        "    Condition<User> where = username.eq(\"ann\");",
        "    User created = dao.create(new User());",
        "    boolean updated = dao.update(created);",
        "    Optional<User> byPk = dao.findByPk(1L);",
        "    Optional<User> byPkWithDeleted = dao.findByPk(1L, true);",
        "    List<User> all = dao.findAll();",
        "    List<User> some = dao.findAll(where);",
        "    Optional<User> one = dao.findOne(where);",
        "    long count = dao.count();",
        "    long someCount = dao.count(where);",
        "    Query<User> query = dao.query();",
        "    boolean destroyed = dao.destroy(created);",
        "    boolean forced = dao.destroy(created, true);",
        "    boolean destroyedByPk = dao.destroyByPk(1L);",
        "    boolean forcedByPk = dao.destroyByPk(1L, true);",
        "    int destroyedRows = dao.destroy(where);",
        "    int forcedRows = dao.destroy(where, true);",
        "    boolean restored = dao.restore(created);",
        "    boolean restoredByPk = dao.restoreByPk(1L);",
        "    int restoredRows = dao.restore(where);",
        "  }",
        "}");
    Compilation compilation = compile(user, usage);
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "app.UserParanoidDao");
    assertTrue(dao.contains("public final class UserParanoidDao {"), dao);
  }

  /** DESIGN.md: "public static final Association<User, Story> STORIES; // one per association field". */
  @Test
  void associationConstantsOfTheDesign() {
    JavaFileObject author = source("blog.Author",
        "@Entity",
        "@Paranoid",
        "public class Author {",
        ID,
        "  String name;",
        "  @OneToMany(mappedBy = \"author\", cascade = CascadeType.REMOVE) java.util.List<Story> stories;",
        DELETED_AT,
        "}");
    JavaFileObject story = source("blog.Story",
        "@Entity",
        "@Paranoid",
        "public class Story {",
        ID,
        "  String title;",
        "  @ManyToOne Author author;",
        DELETED_AT,
        "}");
    JavaFileObject usage = source("blog.Usage",
        "import dev.paranoid.runtime.Association;",
        "class Usage {",
        "  Association<Author, Story> stories = AuthorParanoidDao.STORIES;",
        "  Association<Story, Author> author = StoryParanoidDao.AUTHOR;",
        "}");
    assertThat(compile(author, story, usage)).succeededWithoutWarnings();
  }

  /** A field's UPPER_SNAKE constant must not clash with the DAO's own private constants. */
  @Test
  void fieldNamedLikeAPrivateConstantOfTheDao() {
    JavaFileObject seat = source("test.Seat",
        "@Entity",
        "@Paranoid",
        "public class Seat {",
        ID,
        "  Integer table;",
        "  String update;",
        "  String insert;",
        "  String tableDefinition;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(seat);
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "test.SeatParanoidDao");
    assertTrue(dao.contains("public static final Column<Seat, Integer> TABLE"), dao);
    assertTrue(dao.contains("public static final Column<Seat, String> UPDATE"), dao);
    assertTrue(dao.contains("public static final Column<Seat, String> TABLE_DEFINITION"), dao);
  }

  @Test
  void associationNamedLikeAPrivateConstantOfTheDao() {
    JavaFileObject author = source("blog.Author",
        "@Entity",
        "@Paranoid",
        "public class Author {",
        ID,
        "  String storyTable;",
        "  @OneToMany(mappedBy = \"author\") java.util.List<Story> table;",
        DELETED_AT,
        "}");
    JavaFileObject story = source("blog.Story",
        "@Entity",
        "@Paranoid",
        "public class Story {",
        ID,
        "  String title;",
        "  @ManyToOne Author author;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(author, story);
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "blog.AuthorParanoidDao");
    assertTrue(dao.contains("public static final Association<Author, Story> TABLE"), dao);
    assertTrue(dao.contains("public static final Column<Author, String> STORY_TABLE"), dao);
  }

  @Test
  void enumFieldBesideAFieldNamedLikeItsTypeConstant() {
    JavaFileObject job = source("test.Job",
        "@Entity",
        "@Paranoid",
        "public class Job {",
        ID,
        "  enum Status { QUEUED, DONE }",
        "  @Enumerated(EnumType.STRING) Status status;",
        "  String statusType;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(job);
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generatedSource(compilation, "test.JobParanoidDao");
    assertTrue(dao.contains("public static final Column<Job, String> STATUS_TYPE"), dao);
  }

  /**
   * The DAO refuses an entity without id before it touches the database, with a message that
   * reads well for each operation.
   */
  @Test
  void operationsOnAnEntityWithoutIdExplainThemselves() throws Exception {
    JavaFileObject note = source("test.Note",
        "@Entity",
        "@Paranoid",
        "public class Note {",
        ID,
        "  String text;",
        DELETED_AT,
        "}");
    Compilation compilation = compile(note);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = new GeneratedClassLoader(compilation);
    Class<?> entity = loader.loadClass("test.Note");
    Class<?> daoClass = loader.loadClass("test.NoteParanoidDao");
    Object dao = daoClass.getConstructor(DataSource.class).newInstance(unusableDataSource());
    Object unsaved = entity.getConstructor().newInstance();
    assertEquals("update: the Note has no id; create it first",
        invokeForMessage(daoClass.getMethod("update", entity), dao, unsaved));
    assertEquals("restore: the Note has no id; create it first",
        invokeForMessage(daoClass.getMethod("restore", entity), dao, unsaved));
    assertEquals("destroy: the Note has no id; create it first",
        invokeForMessage(daoClass.getMethod("destroy", entity), dao, unsaved));
  }

  // ---------------------------------------------------------------- helpers

  static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      sources.put(file.toUri().getPath(), text(file));
    }
    return sources;
  }

  private static String invokeForMessage(Method method, Object target, Object argument) {
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
        () -> method.invoke(target, argument));
    assertTrue(thrown.getCause() instanceof IllegalArgumentException, thrown.getCause()::toString);
    return thrown.getCause().getMessage();
  }

  /** A DataSource whose every method fails: the tested paths must not reach the database. */
  private static DataSource unusableDataSource() {
    return (DataSource) Proxy.newProxyInstance(GeneratedCodeTest.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (method.getName().equals("toString")) {
            return "unusable DataSource";
          }
          throw new AssertionError("the database was used: " + method);
        });
  }

  /** Loads the classes of one successful compilation; everything else from the test class path. */
  static final class GeneratedClassLoader extends ClassLoader {
    private final Compilation compilation;

    GeneratedClassLoader(Compilation compilation) {
      super(GeneratedCodeTest.class.getClassLoader());
      this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      String path = "/" + name.replace('.', '/') + ".class";
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith(path)) {
          try (InputStream in = file.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      throw new ClassNotFoundException(name);
    }
  }
}
