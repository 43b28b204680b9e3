package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.assertNotGenerated;
import static dev.paranoid.processor.ProcessorTesting.classpathWithoutInjection;
import static dev.paranoid.processor.ProcessorTesting.compile;
import static dev.paranoid.processor.ProcessorTesting.compileOn;
import static dev.paranoid.processor.ProcessorTesting.generatedSource;
import static dev.paranoid.processor.ProcessorTesting.occurrences;
import static dev.paranoid.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.paranoid.processor.report.Message;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One compilation per diagnostic of {@code report/Message} (those that need another processor or a
 * module path aside, see {@link #TESTED}): the exact {@code [Tag]}, a key part of the sentence,
 * and the line javac points at: the class line for a class problem, the field line for a field
 * problem, the annotation line when an annotation value is at fault.
 */
class DiagnosticsTest {

  private static final String ID =
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";
  private static final String DELETED_AT = "  @DeletedAt Instant deletedAt;";

  /**
   * The constants of {@link Message} that have a test in this class (BAD_OPTION under Options,
   * JOIN_TABLE under JoinTables...). Adding a diagnostic? Add its test here, then its constant.
   */
  private static final Set<Message> TESTED = EnumSet.of(
      Message.DELETED_BY_TYPE, Message.DELETED_BY_TWICE, Message.DELETED_BY_ROLE,
      Message.RECORD_INCLUDE, Message.CONVERTER, Message.AUTO_CONVERTER, Message.EMBEDDABLE_TYPE,
      Message.NESTED_EMBEDDABLE, Message.EMBEDDED_ASSOCIATION, Message.EMBEDDED_ROLE,
      Message.EMBEDDED_COLUMN, Message.EMBEDDED_CONSTANT, Message.UNKNOWN_OVERRIDE,
      Message.WRONG_KIND, Message.NESTED_NOT_STATIC, Message.NOT_ACCESSIBLE_CLASS,
      Message.GENERIC_CLASS, Message.RECORD_ASSOCIATION, Message.NO_CONSTRUCTOR, Message.NO_ID,
      Message.COMPOSITE_KEY, Message.GENERATED_ID_TYPE, Message.GENERATION_STRATEGY,
      Message.NO_DELETED_AT, Message.DUPLICATE_TIMESTAMP, Message.TIMESTAMP_TYPE,
      Message.TIMESTAMP_IS_KEY, Message.UNSUPPORTED_TYPE, Message.FINAL_FIELD,
      Message.INACCESSIBLE_FIELD, Message.DUPLICATE_COLUMN, Message.BAD_IDENTIFIER,
      Message.UNKNOWN_TARGET, Message.ASSOCIATION_TYPE, Message.MAPPED_BY_MISSING,
      Message.MAPPED_BY_UNKNOWN, Message.BAD_TARGET, Message.UNKNOWN_UNIQUE_COLUMN,
      Message.CASCADE_CYCLE, Message.VERSION_TYPE, Message.CALLBACK_SHAPE,
      Message.COMPONENT_MODEL_UNKNOWN, Message.COMPONENT_MODEL_MISSING,
      Message.JOIN_TABLE, Message.BAD_OPTION, Message.UNKNOWN_OPTION, Message.UNSUPPORTED_MAPPING,
      Message.MODULE_READS_COMPILER, // in ModularBuildTest (javac with a module path)
      Message.MISSING_TYPE, Message.LOMBOK_ORDER, Message.INTERNAL_ERROR); // in OtherProcessorsTest

  @Test
  void everyDiagnosticHasATest() {
    Set<Message> untested = EnumSet.complementOf(EnumSet.copyOf(TESTED));
    assertTrue(untested.isEmpty(), "Message constants without a test in DiagnosticsTest: " + untested
        + "; write one (tag, text and line) and add the constant to TESTED");
  }

  // ---------------------------------------------------------------- the class itself

  @Nested
  class ClassShape {

    @Test
    void interfaceIsNotAClass() {
      JavaFileObject shape = source("test.Shape",
          "@Paranoid",
          "public interface Shape {",
          "  Long id();",
          "}");
      Compilation compilation = compile(shape);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[ParanoidNotAClass] @Paranoid cannot be used on the interface \"Shape\"")
          .inFile(shape).onLineContaining("interface Shape");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void enumIsNotAClass() {
      JavaFileObject color = source("test.Color",
          "@Paranoid",
          "public enum Color {",
          "  RED, GREEN",
          "}");
      Compilation compilation = compile(color);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidNotAClass] @Paranoid cannot be used on the enum \"Color\"")
          .inFile(color).onLineContaining("enum Color");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void abstractClassIsNotUsable() {
      JavaFileObject base = source("test.Base",
          "@Entity",
          "@Paranoid",
          "public abstract class Base {",
          ID,
          DELETED_AT,
          "}");
      Compilation compilation = compile(base);
      assertThat(compilation)
          .hadErrorContaining(
              "[ParanoidNotAClass] @Paranoid cannot be used on the abstract class \"Base\"; put it on a concrete class")
          .inFile(base).onLineContaining("abstract class Base");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.BaseParanoidDao");
    }

    @Test
    void innerClassMustBeStatic() {
      JavaFileObject outer = source("test.Outer",
          "public class Outer {",
          "  @Entity",
          "  @Paranoid",
          "  public class Inner {",
          "  " + ID,
          "  " + DELETED_AT,
          "  }",
          "}");
      Compilation compilation = compile(outer);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidInnerClass] @Paranoid entity \"Inner\" is an inner class; make it static")
          .inFile(outer).onLineContaining("class Inner");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.Outer_InnerParanoidDao");
    }

    @Test
    void privateNestedClass() {
      JavaFileObject outer = source("test.Outer",
          "public class Outer {",
          "  @Entity",
          "  @Paranoid",
          "  private static class Hidden {",
          "  " + ID,
          "  " + DELETED_AT,
          "  }",
          "}");
      Compilation compilation = compile(outer);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidPrivateClass] @Paranoid entity \"Hidden\" is private")
          .inFile(outer).onLineContaining("class Hidden");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void genericClass() {
      JavaFileObject box = source("test.Box",
          "@Entity",
          "@Paranoid",
          "public class Box<T> {",
          ID,
          DELETED_AT,
          "}");
      Compilation compilation = compile(box);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidGenericClass] @Paranoid entity \"Box\" declares type parameters")
          .inFile(box).onLineContaining("class Box<T>");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void recordEntityIsReadThroughItsCanonicalConstructor() {
      JavaFileObject point = source("test.Point",
          "@Entity",
          "@Paranoid",
          "public record Point(@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id,",
          "    String label, Instant createdAt, @DeletedAt Instant deletedAt) {",
          "}");
      Compilation compilation = compile(point);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = ProcessorTesting.text(compilation.generatedSourceFile("test.PointParanoidDao").orElseThrow());
      assertTrue(dao.contains("return new Point("), dao);
      assertTrue(dao.contains("Point created = new Point("), dao);
      assertFalse(dao.contains("entity.setDeletedAt"), dao);
    }

    @Test
    void recordWithACollectionAssociation() {
      JavaFileObject tag = source("test.Tag",
          "@Entity",
          "@Paranoid",
          "public class Tag {",
          ID,
          "  @ManyToOne Album album;",
          DELETED_AT,
          "}");
      JavaFileObject album = source("test.Album",
          "@Entity",
          "@Paranoid",
          "public record Album(@Id Long id,",
          "    @OneToMany(mappedBy = \"album\") java.util.List<Tag> tags,",
          "    @DeletedAt Instant deletedAt) {",
          "}");
      Compilation compilation = compile(tag, album);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidRecord] component \"tags\" of the @Paranoid record \"Album\" is an"
              + " association collection")
          .inFile(album).onLineContaining("List<Tag> tags");
      // and a @ManyToOne cannot point to a record: it has no no-argument constructor
      assertThat(compilation).hadErrorContaining("[ParanoidUnknownTarget] \"album\" of \"Tag\"")
          .inFile(tag).onLineContaining("Album album");
      assertNotGenerated(compilation, "test.AlbumParanoidDao");
    }

    @Test
    void recordChildrenAndRecordTargetsTakePartInIncludes() {
      JavaFileObject author = source("test.Author",
          "@Entity",
          "@Paranoid",
          "public class Author {",
          ID,
          "  String name;",
          DELETED_AT,
          "  @OneToMany(mappedBy = \"author\") java.util.List<Note> notes;",
          "}");
      JavaFileObject note = source("test.Note",
          "@Entity",
          "@Paranoid",
          "public record Note(@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id,",
          "    String text,",
          "    @ManyToOne Author author,",
          "    @DeletedAt Instant deletedAt) {",
          "}");
      Compilation compilation = compile(author, note);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, "test.AuthorParanoidDao");
      assertTrue(dao.contains("return new Note("), dao);
      // the record's own @ManyToOne cannot be an include: said, not silently left out
      assertThat(compilation)
          .hadNoteContaining("[ParanoidRecordInclude] \"author\" of the record \"Note\" gets no"
              + " include constant: an include sets its target after the row is read")
          .inFile(note).onLineContaining("@ManyToOne Author author");
    }

    @Test
    void onlyAPrivateNoArgumentConstructor() {
      JavaFileObject thing = source("test.Thing",
          "@Entity",
          "@Paranoid",
          "public class Thing {",
          ID,
          DELETED_AT,
          "  private Thing() {}",
          "}");
      Compilation compilation = compile(thing);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidNoConstructor] @Paranoid entity \"Thing\" has no accessible"
              + " no-argument constructor; add \"public Thing() {}\"")
          .inFile(thing).onLineContaining("class Thing");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void onlyAConstructorWithArguments() {
      JavaFileObject thing = source("test.Thing",
          "@Entity",
          "@Paranoid",
          "public class Thing {",
          ID,
          "  String name;",
          DELETED_AT,
          "  public Thing(String name) {",
          "    this.name = name;",
          "  }",
          "}");
      Compilation compilation = compile(thing);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidNoConstructor] @Paranoid entity \"Thing\" has no accessible"
              + " no-argument constructor; add \"public Thing() {}\"")
          .inFile(thing).onLineContaining("class Thing");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  // ---------------------------------------------------------------- keys

  @Nested
  class Keys {

    @Test
    void missingId() {
      JavaFileObject note = source("test.Note",
          "@Entity",
          "@Paranoid",
          "public class Note {",
          "  String text;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(note);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidNoId] @Paranoid entity \"Note\" must declare an @Id field, e.g."
              + " \"@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\"")
          .inFile(note).onLineContaining("class Note");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.NoteParanoidDao");
    }

    @Test
    void compositeKey() {
      JavaFileObject pair = source("test.Pair",
          "@Entity",
          "@Paranoid",
          "public class Pair {",
          "  @Id Long leftId;",
          "  @Id Long rightId;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(pair);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidCompositeKey] @Paranoid entity \"Pair\" has a composite key"
              + " (\"leftId\", \"rightId\"); Paranoid DAOs need one @Id column")
          .inFile(pair).onLineContaining("class Pair");
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadWarningCount(0);
    }

    @Test
    void generatedValueOnAStringId() {
      JavaFileObject token = source("test.Token",
          "@Entity",
          "@Paranoid",
          "public class Token {",
          "  @Id",
          "  @GeneratedValue",
          "  String id;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(token);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidGeneratedIdType] @GeneratedValue id \"id\" of \"Token\" has type"
              + " java.lang.String; database-generated keys must be long, int or short")
          .inFile(token).onLineContaining("@GeneratedValue");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void sequenceStrategy() {
      JavaFileObject ticket = source("test.Ticket",
          "@Entity",
          "@Paranoid",
          "public class Ticket {",
          "  @Id",
          "  @GeneratedValue(strategy = GenerationType.SEQUENCE)",
          "  Long id;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(ticket);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidGenerationStrategy] @GeneratedValue(strategy = SEQUENCE) on \"id\""
              + " of \"Ticket\" is not supported; use GenerationType.IDENTITY")
          .inFile(ticket).onLineContaining("GenerationType.SEQUENCE");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void timestampThatIsAlsoTheKey() {
      JavaFileObject event = source("test.Event",
          "@Entity",
          "@Paranoid",
          "public class Event {",
          "  @Id",
          "  @CreatedAt",
          "  Instant createdAt;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(event);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidTimestampIsKey] \"createdAt\" of \"Event\" cannot be both the @Id"
              + " and a managed timestamp")
          .inFile(event).onLineContaining("Instant createdAt;");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  // ---------------------------------------------------------------- timestamps

  @Nested
  class Timestamps {

    @Test
    void missingDeletionField() {
      JavaFileObject memo = source("test.Memo",
          "@Entity",
          "@Paranoid",
          "public class Memo {",
          ID,
          "  String text;",
          "}");
      Compilation compilation = compile(memo);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidNoDeletedAt] @Paranoid entity \"Memo\" has no deletion field;"
              + " add \"@DeletedAt private Instant deletedAt;\"")
          .inFile(memo).onLineContaining("class Memo");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.MemoParanoidDao");
    }

    @Test
    void deletedAtOfWrongType() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          "  @DeletedAt",
          "  java.util.Date removedOn;",
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidTimestampType] @DeletedAt field \"removedOn\" of \"Doc\" has type"
              + " java.util.Date; use Instant, OffsetDateTime or LocalDateTime")
          .inFile(doc).onLineContaining("Date removedOn;");
      // one problem, one message: no "unsupported type" and no "no deletion field" on top
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void fieldNamedDeletedAtOfWrongType() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          "  Boolean deletedAt;",
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidTimestampType] \"deletedAt\" field \"deletedAt\" of \"Doc\" has type"
              + " java.lang.Boolean")
          .inFile(doc).onLineContaining("Boolean deletedAt;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void createdAtOfWrongType() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          "  @CreatedAt",
          "  LocalDate createdOn;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidTimestampType] @CreatedAt field \"createdOn\" of \"Doc\" has type"
              + " java.time.LocalDate; use Instant, OffsetDateTime or LocalDateTime")
          .inFile(doc).onLineContaining("LocalDate createdOn;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void fieldNamedUpdatedAtOfWrongType() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          "  String updatedAt;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidTimestampType] \"updatedAt\" field \"updatedAt\" of \"Doc\" has type"
              + " java.lang.String; use Instant, OffsetDateTime or LocalDateTime")
          .inFile(doc).onLineContaining("String updatedAt;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void duplicateDeletedAt() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          DELETED_AT,
          "  @DeletedAt",
          "  Instant removedAt;",
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidDuplicateTimestamp] \"removedAt\" of \"Doc\" is a second @DeletedAt"
              + " field (the first is \"deletedAt\"); keep the annotation on one field only")
          .inFile(doc).onLineContaining("Instant removedAt;");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  // ---------------------------------------------------------------- fields

  @Nested
  class Fields {

    @Test
    void dateIsNotMappable() {
      JavaFileObject person = source("test.Person",
          "@Entity",
          "@Paranoid",
          "public class Person {",
          ID,
          "  java.util.Date birthday;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(person);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnsupportedType] field \"birthday\" of \"Person\" has type"
              + " java.util.Date, which Paranoid cannot map")
          .inFile(person).onLineContaining("Date birthday;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void listWithoutAssociationIsNotMappable() {
      JavaFileObject person = source("test.Person",
          "@Entity",
          "@Paranoid",
          "public class Person {",
          ID,
          "  java.util.List<String> tags;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(person);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnsupportedType] field \"tags\" of \"Person\" has type"
              + " java.util.List<java.lang.String>, which Paranoid cannot map")
          .inFile(person).onLineContaining("List<String> tags;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void finalField() {
      JavaFileObject code = source("test.Code",
          "@Entity",
          "@Paranoid",
          "public class Code {",
          ID,
          "  final String value = \"x\";",
          DELETED_AT,
          "}");
      Compilation compilation = compile(code);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidFinalField] field \"value\" of \"Code\" is final, so the DAO cannot"
              + " set it when it reads a row")
          .inFile(code).onLineContaining("final String value");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void privateFieldWithoutAccessors() {
      JavaFileObject vault = source("test.Vault",
          "@Entity",
          "@Paranoid",
          "public class Vault {",
          ID,
          "  private String secret;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(vault);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidInaccessibleField] field \"secret\" of \"Vault\" is not visible"
              + " to the DAO (which is generated in the entity's package) and has no accessors it can"
              + " call; add \"public String getSecret()\" and \"public void setSecret(String)\", or make"
              + " the field visible")
          .inFile(vault).onLineContaining("private String secret;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void privateFieldWithOnlyAGetter() {
      JavaFileObject vault = source("test.Vault",
          "@Entity",
          "@Paranoid",
          "public class Vault {",
          ID,
          "  private String secret;",
          DELETED_AT,
          "  public String getSecret() { return secret; }",
          "}");
      Compilation compilation = compile(vault);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidInaccessibleField] field \"secret\" of \"Vault\" is not visible to the DAO")
          .inFile(vault).onLineContaining("private String secret;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoFieldsOnOneColumn() {
      JavaFileObject book = source("test.Book",
          "@Entity",
          "@Paranoid",
          "public class Book {",
          ID,
          "  String title;",
          "  @Column(name = \"title\")",
          "  String heading;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(book);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidDuplicateColumn] fields \"title\" and \"heading\" of \"Book\" are"
              + " both mapped to column \"title\"")
          .inFile(book).onLineContaining("String heading;");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.BookParanoidDao");
    }

    @Test
    void readOnlyScalarBesideItsJoinColumn() {
      JavaFileObject user = source("test.User",
          "@Entity",
          "@Paranoid",
          "public class User {",
          ID,
          DELETED_AT,
          "}");
      JavaFileObject post = source("test.Post",
          "@Entity",
          "@Paranoid",
          "public class Post {",
          ID,
          "  String title;",
          "  @Column(name = \"user_id\", insertable = false, updatable = false)",
          "  Long userId;",
          "  @ManyToOne",
          "  @JoinColumn(name = \"user_id\")",
          "  User user;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(user, post);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, "test.PostParanoidDao");
      // one column, one public constant: the scalar's (DESIGN: UPPER_SNAKE of the field name)
      assertEquals(1, occurrences(dao, "public static final Column<Post, Long> USER_ID"), dao);
      assertEquals(1, occurrences(dao, "Column<Post, Long> USER_ID"), dao);
      // the column is selected and inserted once; both fields are filled from it
      assertTrue(dao.contains("\"id, title, user_id, deleted_at\""), dao);
      assertTrue(dao.contains("INSERT INTO post (title, user_id) VALUES (?, ?)"), dao);
      assertTrue(dao.contains("UPDATE post SET title = ?, user_id = ? WHERE"), dao);
      assertTrue(dao.contains("entity.userId = JdbcTypes.LONG.read(row, 3);"), dao);
      assertTrue(dao.contains("entity.user = userWithId(JdbcTypes.LONG.read(row, 3));"), dao);
    }

    @Test
    void manyToOneToAClassWithoutId() {
      JavaFileObject owner = source("test.Owner",
          "public class Owner {",
          "  Long id;",
          "}");
      JavaFileObject pet = source("test.Pet",
          "@Entity",
          "@Paranoid",
          "public class Pet {",
          ID,
          "  @ManyToOne",
          "  Owner owner;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(owner, pet);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnknownTarget] \"owner\" of \"Pet\" refers to \"Owner\", which has"
              + " no @Id field; a @ManyToOne must point to an entity class")
          .inFile(pet).onLineContaining("Owner owner;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void manyToOneToAnInterface() {
      JavaFileObject named = source("test.Named",
          "public interface Named {",
          "}");
      JavaFileObject pet = source("test.Pet",
          "@Entity",
          "@Paranoid",
          "public class Pet {",
          ID,
          "  @ManyToOne",
          "  Named owner;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(named, pet);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnknownTarget] \"owner\" of \"Pet\" refers to test.Named, which is"
              + " not a class")
          .inFile(pet).onLineContaining("Named owner;");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  // ---------------------------------------------------------------- associations

  @Nested
  class Associations {

    private final JavaFileObject story = source("test.Story",
        "@Entity",
        "@Paranoid",
        "public class Story {",
        ID,
        "  String title;",
        "  @ManyToOne Author author;",
        DELETED_AT,
        "}");

    private JavaFileObject author(String... association) {
      String[] lines = new String[6 + association.length];
      lines[0] = "@Entity";
      lines[1] = "@Paranoid";
      lines[2] = "public class Author {";
      lines[3] = ID;
      System.arraycopy(association, 0, lines, 4, association.length);
      lines[4 + association.length] = DELETED_AT;
      lines[5 + association.length] = "}";
      return source("test.Author", lines);
    }

    @Test
    void oneToManyOfAMap() {
      JavaFileObject author = author(
          "  @OneToMany(mappedBy = \"author\")",
          "  java.util.Map<Long, Story> stories;");
      Compilation compilation = compile(author, story);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidAssociationType] @OneToMany field \"stories\" of \"Author\" has"
              + " type java.util.Map<java.lang.Long,test.Story>; declare it as List<T>, Set<T> or"
              + " Collection<T> of an entity class")
          .inFile(author).onLineContaining("@OneToMany");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void oneToManyWithoutMappedBy() {
      JavaFileObject author = author(
          "  @OneToMany",
          "  java.util.List<Story> stories;");
      Compilation compilation = compile(author, story);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidMappedBy] @OneToMany field \"stories\" of \"Author\" needs mappedBy"
              + " naming the @ManyToOne field of \"Story\" that points back, e.g."
              + " @OneToMany(mappedBy = \"author\")")
          .inFile(author).onLineContaining("@OneToMany");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void mappedByNamingNoBackReference() {
      JavaFileObject author = author(
          "  @OneToMany(mappedBy = \"writer\")",
          "  java.util.Set<Story> stories;");
      Compilation compilation = compile(author, story);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidMappedBy] @OneToMany(mappedBy = \"writer\") on \"stories\" of"
              + " \"Author\" names no @ManyToOne field of \"Story\" that refers to \"Author\"; fields that"
              + " do: \"author\"")
          .inFile(author).onLineContaining("mappedBy = \"writer\"");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void mappedByWhenTheTargetHasNoBackReferenceAtAll() {
      JavaFileObject note = source("test.Note",
          "@Entity",
          "@Paranoid",
          "public class Note {",
          ID,
          "  String text;",
          DELETED_AT,
          "}");
      JavaFileObject author = author(
          "  @OneToMany(mappedBy = \"author\")",
          "  java.util.Collection<Note> notes;");
      Compilation compilation = compile(author, note);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidMappedBy] @OneToMany(mappedBy = \"author\") on \"notes\" of"
              + " \"Author\" names no @ManyToOne field of \"Note\" that refers to \"Author\"; \"Note\" has"
              + " none; add one")
          .inFile(author).onLineContaining("mappedBy = \"author\"");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void manyToOneToAParanoidEntityWithoutDeletionField() {
      JavaFileObject owner = source("test.Owner",
          "@Entity",
          "@Paranoid",
          "public class Owner {",
          ID,
          "}");
      JavaFileObject pet = source("test.Pet",
          "@Entity",
          "@Paranoid",
          "public class Pet {",
          ID,
          "  String name;",
          "  @ManyToOne",
          "  Owner owner;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(owner, pet);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadTarget] association \"owner\" of \"Pet\" targets \"Owner\","
              + " which an include cannot load: it is @Paranoid but has no deletion field")
          .inFile(pet).onLineContaining("@ManyToOne");
      // and Owner's own problem, on Owner
      assertThat(compilation)
          .hadErrorContaining("[ParanoidNoDeletedAt] @Paranoid entity \"Owner\"")
          .inFile(owner).onLineContaining("class Owner");
      assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void oneToManyToATargetWithAPrivateFieldWithoutAccessors() {
      JavaFileObject brokenStory = source("test.Story",
          "@Entity",
          "@Paranoid",
          "public class Story {",
          ID,
          "  private String title;",
          "  @ManyToOne Author author;",
          DELETED_AT,
          "}");
      JavaFileObject author = author(
          "  @OneToMany(mappedBy = \"author\")",
          "  java.util.List<Story> stories;");
      Compilation compilation = compile(author, brokenStory);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadTarget] association \"stories\" of \"Author\" targets"
              + " \"Story\", which an include cannot load: field \"title\" of \"Story\" is not visible to the DAO")
          .inFile(author).onLineContaining("@OneToMany");
      assertThat(compilation)
          .hadErrorContaining("[ParanoidInaccessibleField] field \"title\" of \"Story\"")
          .inFile(brokenStory).onLineContaining("private String title;");
      assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void targetInAnotherPackageWithPublicMembersIsFine() {
      JavaFileObject author = source("a.Author",
          "@Entity",
          "@Paranoid",
          "public class Author {",
          "  @Id @GeneratedValue public Long id;",
          "  @OneToMany(mappedBy = \"author\")",
          "  public java.util.List<b.Story> stories;",
          "  @DeletedAt public Instant deletedAt;",
          "}");
      JavaFileObject otherStory = source("b.Story",
          "@Entity",
          "@Paranoid",
          "public class Story {",
          "  @Id @GeneratedValue private Long id;",
          "  @ManyToOne public a.Author author;",
          "  @DeletedAt public Instant deletedAt;",
          "  public Long getId() { return id; }",
          "  public void setId(Long id) { this.id = id; }",
          "}");
      Compilation compilation = compile(author, otherStory);
      assertThat(compilation).succeededWithoutWarnings();
      generatedSource(compilation, "a.AuthorParanoidDao");
      generatedSource(compilation, "b.StoryParanoidDao");
    }

    /**
     * The target's field is package-private in another package: the advice must be to make it
     * public (or add public accessors), not "make the field package-private", which it already is.
     */
    @Test
    void targetInAnotherPackageIsNotCalledPrivate() {
      JavaFileObject author = source("a.Author",
          "@Entity",
          "@Paranoid",
          "public class Author {",
          "  @Id @GeneratedValue public Long id;",
          "  @OneToMany(mappedBy = \"author\")",
          "  public java.util.List<b.Story> stories;",
          "  @DeletedAt public Instant deletedAt;",
          "}");
      JavaFileObject otherStory = source("b.Story",
          "@Entity",
          "@Paranoid",
          "public class Story {",
          ID,
          "  @ManyToOne a.Author author;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(author, otherStory);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadTarget] association \"stories\" of \"Author\" targets"
              + " \"Story\", which an include cannot load: field \"id\" of \"Story\"")
          .inFile(author).onLineContaining("@OneToMany");
      String message = compilation.errors().get(0).getMessage(null);
      assertFalse(message.contains("is private"), message);
      assertFalse(message.contains("make the field package-private"), message);
      assertTrue(message.contains("public"), message);
    }

    @Test
    void cascadeOnASelfReference() {
      JavaFileObject folder = source("test.Folder",
          "@Entity",
          "@Paranoid",
          "public class Folder {",
          ID,
          "  @ManyToOne Folder parent;",
          "  @OneToMany(mappedBy = \"parent\", cascade = CascadeType.REMOVE)",
          "  java.util.List<Folder> children;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(folder);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidCascadeCycle] the cascade (REMOVE or ALL) on \"children\" of"
              + " \"Folder\" leads back to \"Folder\" (Folder -> Folder); cascades run one statement per"
              + " level, so they must form a tree")
          .inFile(folder).onLineContaining("@OneToMany");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.FolderParanoidDao");
    }

    @Test
    void cascadeCycleThroughTwoEntitiesIsReportedOnBoth() {
      JavaFileObject a = source("test.A",
          "@Entity",
          "@Paranoid",
          "public class A {",
          ID,
          "  @ManyToOne B b;",
          "  @OneToMany(mappedBy = \"a\", cascade = CascadeType.REMOVE)",
          "  java.util.List<B> bs;",
          DELETED_AT,
          "}");
      JavaFileObject b = source("test.B",
          "@Entity",
          "@Paranoid",
          "public class B {",
          ID,
          "  @ManyToOne A a;",
          "  @OneToMany(mappedBy = \"b\", cascade = CascadeType.ALL)",
          "  java.util.List<A> as;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(a, b);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidCascadeCycle] the cascade (REMOVE or ALL) on \"bs\" of \"A\""
              + " leads back to \"A\" (A -> B -> A)")
          .inFile(a).onLineContaining("@OneToMany");
      assertThat(compilation)
          .hadErrorContaining("on \"as\" of \"B\" leads back to \"B\" (B -> A -> B)")
          .inFile(b).onLineContaining("@OneToMany");
      assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void cascadeWithoutCycleIsFine() {
      JavaFileObject author = author(
          "  @OneToMany(mappedBy = \"author\", cascade = CascadeType.ALL)",
          "  java.util.List<Story> stories;");
      assertThat(compile(author, story)).succeededWithoutWarnings();
    }

    @Test
    void aGoodAssociationCompilesCleanly() {
      JavaFileObject author = author(
          "  String name;",
          "  @OneToMany(mappedBy = \"author\", cascade = CascadeType.REMOVE)",
          "  java.util.List<Story> stories;");
      Compilation compilation = compile(author, story);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, "test.AuthorParanoidDao");
      assertTrue(dao.contains("public static final Association<Author, Story> STORIES ="), dao);
    }
  }

  // ---------------------------------------------------------------- JPA mappings not carried out

  @Nested
  class UnsupportedMappings {

    private final JavaFileObject tag = source("test.Tag",
        "@Entity",
        "public class Tag {",
        ID,
        "  String name;",
        "}");

    @Test
    void manyToManyAndElementCollectionSayWhatToDoInstead() {
      JavaFileObject post = source("test.Post",
          "@Entity",
          "@Paranoid",
          "public class Post {",
          ID,
          DELETED_AT,
          "  @ManyToMany java.util.List<Tag> tags;",
          "  @ElementCollection java.util.List<String> labels;",
          "}");
      Compilation compilation = compile(post, tag);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnsupportedMapping] @ManyToMany on \"tags\" of \"Post\" is a"
              + " JPA mapping Paranoid does not carry out; map the join table as an entity of its own"
              + " with two @ManyToOne")
          .inFile(post).onLineContaining("@ManyToMany");
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnsupportedMapping] @ElementCollection on \"labels\" of"
              + " \"Post\" is a JPA mapping Paranoid does not carry out; map the values as an entity")
          .inFile(post).onLineContaining("@ElementCollection");
      assertThat(compilation).hadErrorCount(2);
      assertNotGenerated(compilation, "test.PostParanoidDao");
    }

    @Test
    void overrideOffAnEmbeddedOrderByAndEntityListenersAreRefusedNotIgnored() {
      JavaFileObject post = source("test.Post",
          "@Entity",
          "@Paranoid",
          "@EntityListeners(Object.class)",
          "public class Post {",
          ID,
          DELETED_AT,
          "  @AttributeOverride(name = \"city\", column = @Column(name = \"town\")) String address;",
          "  @OneToMany(mappedBy = \"post\") @OrderBy(\"id DESC\") java.util.List<Tag> tags;",
          "}");
      Compilation compilation = compile(post, tag);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnsupportedMapping] @EntityListeners on \"Post\" of"
              + " \"Post\" is a JPA mapping Paranoid does not carry out; Paranoid runs the callbacks"
              + " the entity declares itself")
          .inFile(post).onLineContaining("@EntityListeners");
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnsupportedMapping] @AttributeOverride on \"address\" of"
              + " \"Post\" is a JPA mapping Paranoid does not carry out; @AttributeOverride renames"
              + " the columns of an embedded field, and \"address\" is none: name its column with"
              + " @Column")
          .inFile(post).onLineContaining("@AttributeOverride");
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnsupportedMapping] @OrderBy on \"tags\" of \"Post\" is a"
              + " JPA mapping Paranoid does not carry out; an include reads its rows in key order")
          .inFile(post).onLineContaining("@OrderBy");
    }

    @Test
    void enumeratedOnAStringIsRefused() {
      JavaFileObject post = source("test.Post",
          "@Entity",
          "@Paranoid",
          "public class Post {",
          ID,
          DELETED_AT,
          "  @Enumerated(EnumType.STRING) String status;",
          "}");
      Compilation compilation = compile(post);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnsupportedMapping] @Enumerated on \"status\" of \"Post\" is"
              + " a JPA mapping Paranoid does not carry out; @Enumerated applies to enum fields, and"
              + " \"status\" is a java.lang.String: remove it, or make the field an enum")
          .inFile(post).onLineContaining("@Enumerated(EnumType.STRING) String status;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void transientFieldsMayCarryAnything() {
      JavaFileObject post = source("test.Post",
          "@Entity",
          "@Paranoid",
          "public class Post {",
          ID,
          DELETED_AT,
          "  @Transient @ManyToMany java.util.List<Tag> tags;",
          "}");
      assertThat(compile(post, tag)).succeededWithoutWarnings();
    }
  }

  // ---------------------------------------------------------------- attribute converters

  @Nested
  class AttributeConverters {

    private final JavaFileObject money = source("test.Money",
        "public record Money(long cents) {}");

    private final JavaFileObject cents = source("test.Cents",
        "public class Cents implements AttributeConverter<Money, Long> {",
        "  @Override public Long convertToDatabaseColumn(Money money) { return money.cents(); }",
        "  @Override public Money convertToEntityAttribute(Long cents) { return new Money(cents); }",
        "}");

    @Test
    void theGeneratedCodeCallsTheConverterItself() {
      JavaFileObject product = source("test.Product",
          "@Entity",
          "@Paranoid",
          "public class Product {",
          ID,
          DELETED_AT,
          "  @Convert(converter = Cents.class) Money price;",
          "}");
      Compilation compilation = compile(product, money, cents);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, "test.ProductParanoidDao");
      assertTrue(dao.contains("static final Cents PRICE_CONVERTER = new Cents();"), dao);
      assertTrue(dao.contains("static final JdbcType<Money> PRICE_TYPE = JdbcTypes.converted(JdbcTypes.LONG,"), dao);
      assertTrue(dao.contains("PRICE_CONVERTER::convertToDatabaseColumn"), dao);
      assertTrue(dao.contains("public static final Column<Product, Money> PRICE = Columns.of(\"price\", \"price\", Mapping.PRICE_TYPE);"), dao);
      assertTrue(dao.contains(".column(\"price\", SqlType.BIGINT)"), dao);
    }

    @Test
    void aConverterOfAnotherTypeIsRefused() {
      JavaFileObject product = source("test.Product",
          "@Entity",
          "@Paranoid",
          "public class Product {",
          ID,
          DELETED_AT,
          "  @Convert(converter = Cents.class) String price;",
          "}");
      Compilation compilation = compile(product, money, cents);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidConverter] @Convert on \"price\" of \"Product\": \"Cents\""
              + " converts test.Money, but the field is a java.lang.String")
          .inFile(product).onLineContaining("String price;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aConverterWithoutANoArgumentConstructorIsRefused() {
      JavaFileObject strict = source("test.Strict",
          "public class Strict implements AttributeConverter<Money, Long> {",
          "  public Strict(int scale) {}",
          "  @Override public Long convertToDatabaseColumn(Money money) { return money.cents(); }",
          "  @Override public Money convertToEntityAttribute(Long cents) { return new Money(cents); }",
          "}");
      JavaFileObject product = source("test.Product",
          "@Entity",
          "@Paranoid",
          "public class Product {",
          ID,
          DELETED_AT,
          "  @Convert(converter = Strict.class) Money price;",
          "}");
      Compilation compilation = compile(product, money, strict);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidConverter] @Convert on \"price\" of \"Product\": the DAO"
              + " makes one \"Strict\" with its no-argument constructor")
          .inFile(product).onLineContaining("Money price;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anAutoAppliedConverterIsCalledForEveryFieldOfItsType() {
      JavaFileObject auto = source("test.AutoCents",
          "@Converter(autoApply = true)",
          "public class AutoCents implements AttributeConverter<Money, Long> {",
          "  @Override public Long convertToDatabaseColumn(Money money) { return money.cents(); }",
          "  @Override public Money convertToEntityAttribute(Long cents) { return new Money(cents); }",
          "}");
      JavaFileObject product = source("test.Product",
          "@Entity",
          "@Paranoid",
          "public class Product {",
          ID,
          DELETED_AT,
          "  Money price;",
          "  Money discount;",
          "  @Convert(converter = Cents.class) Money deposit;",
          "}");
      Compilation compilation = compile(product, money, cents, auto);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, "test.ProductParanoidDao");
      assertTrue(dao.contains("static final AutoCents PRICE_CONVERTER = new AutoCents();"), dao);
      assertTrue(dao.contains("static final AutoCents DISCOUNT_CONVERTER = new AutoCents();"), dao);
      assertTrue(dao.contains("static final Cents DEPOSIT_CONVERTER = new Cents();"), dao);
      assertTrue(dao.contains(".column(\"price\", SqlType.BIGINT)"), dao);
    }

    @Test
    void twoAutoAppliedConvertersOfOneTypeAreRefused() {
      JavaFileObject first = source("test.FirstCents",
          "@Converter(autoApply = true)",
          "public class FirstCents extends Cents {}");
      JavaFileObject second = source("test.SecondCents",
          "@Converter(autoApply = true)",
          "public class SecondCents extends Cents {}");
      JavaFileObject product = source("test.Product",
          "@Entity",
          "@Paranoid",
          "public class Product {",
          ID,
          DELETED_AT,
          "  Money price;",
          "  @Convert(converter = Cents.class) Money deposit;",
          "}");
      Compilation compilation = compile(product, money, cents, first, second);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidConverter] the auto-applied converter of \"price\" of"
              + " \"Product\": \"FirstCents\" and \"SecondCents\" are all"
              + " @Converter(autoApply = true) for its type")
          .inFile(product).onLineContaining("Money price;");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  // ---------------------------------------------------------------- embeddables

  @Nested
  class Embeddables {

    private final JavaFileObject money = source("test.Money",
        "@Embeddable",
        "public class Money {",
        "  BigDecimal amount;",
        "  String currency;",
        "}");

    private JavaFileObject purchase(String... fields) {
      List<String> lines = new java.util.ArrayList<>(List.of("@Entity", "@Paranoid",
          "public class Purchase {", ID, DELETED_AT));
      lines.addAll(List.of(fields));
      lines.add("}");
      return source("test.Purchase", lines.toArray(new String[0]));
    }

    @Test
    void twoEmbeddedFieldsOfOneTypeNeedAnOverride() {
      JavaFileObject purchase = purchase(
          "  @Embedded Money total;",
          "  @Embedded Money shipping;");
      Compilation compilation = compile(purchase, money);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidEmbeddedColumn] embedded field \"shipping\" of \"Purchase\""
              + " maps \"amount\" of \"Money\" to column \"amount\", which \"amount\" of embedded"
              + " field \"total\" also maps; give it a column of its own with"
              + " @AttributeOverride(name = \"amount\", column = @Column(name = \"...\")) on"
              + " \"shipping\"")
          .inFile(purchase).onLineContaining("Money shipping;");
      assertThat(compilation).hadErrorContaining("column \"currency\"")
          .inFile(purchase).onLineContaining("Money shipping;");
      assertThat(compilation).hadErrorCount(2);
      assertNotGenerated(compilation, "test.PurchaseParanoidDao");
    }

    @Test
    void overriddenTheyCompile() {
      JavaFileObject purchase = purchase(
          "  @Embedded Money total;",
          "  @Embedded",
          "  @AttributeOverrides({",
          "      @AttributeOverride(name = \"amount\", column = @Column(name = \"shipping_amount\")),",
          "      @AttributeOverride(name = \"currency\", column = @Column(name = \"shipping_currency\"))})",
          "  Money shipping;");
      assertThat(compile(purchase, money)).succeededWithoutWarnings();
    }

    @Test
    void aColumnConstantTakenTwiceIsRefused() {
      JavaFileObject purchase = purchase(
          "  String totalAmount;",
          "  @Embedded @AttributeOverride(name = \"amount\", column = @Column(name = \"sum\"))",
          "  Money total;");
      Compilation compilation = compile(purchase, money);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidEmbeddedConstant] embedded field \"total\" of \"Purchase\""
              + " would give column \"sum\" the constant TOTAL_AMOUNT, which is already the"
              + " constant of field \"totalAmount\"; rename one of the fields")
          .inFile(purchase).onLineContaining("Money total;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anOverrideNamingNoFieldIsRefused() {
      JavaFileObject purchase = purchase(
          "  @Embedded",
          "  @AttributeOverride(name = \"amont\", column = @Column(name = \"total_amount\"))",
          "  Money total;");
      Compilation compilation = compile(purchase, money);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnknownOverride] @AttributeOverride(name = \"amont\") on"
              + " \"total\" of \"Purchase\" names no column field of embeddable \"Money\"; use one"
              + " of \"amount\", \"currency\"")
          .inFile(purchase).onLineContaining("name = \"amont\"");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anEmbeddableInAnEmbeddableIsRefused() {
      JavaFileObject priced = source("test.Priced",
          "@Embeddable",
          "public class Priced {",
          "  String label;",
          "  Money price;",
          "}");
      JavaFileObject purchase = purchase("  @Embedded Priced item;");
      Compilation compilation = compile(purchase, priced, money);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidNestedEmbeddable] field \"price\" of embeddable \"Priced\""
              + " is itself embedded (Money is embeddable); Paranoid flattens one level of"
              + " embedding: declare its fields in \"Priced\" itself")
          .inFile(priced).onLineContaining("Money price;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anAssociationInAnEmbeddableIsRefused() {
      JavaFileObject owned = source("test.Owned",
          "@Embeddable",
          "public class Owned {",
          "  String note;",
          "  @ManyToOne Purchase origin;",
          "}");
      JavaFileObject purchase = purchase("  @Embedded Owned owned;");
      Compilation compilation = compile(purchase, owned);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidEmbeddedAssociation] @ManyToOne on \"origin\" of embeddable"
              + " \"Owned\": an embeddable holds plain columns only; declare the association on the"
              + " entity that embeds \"Owned\"")
          .inFile(owned).onLineContaining("@ManyToOne Purchase origin;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aVersionInsideAnEmbeddableIsRefused() {
      JavaFileObject stamp = source("test.Stamp",
          "@Embeddable",
          "public record Stamp(String by, @Version Long revision) {}");
      JavaFileObject purchase = purchase("  @Embedded Stamp stamp;");
      Compilation compilation = compile(purchase, stamp);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidEmbeddedRole] field \"revision\" of \"Stamp\" is its"
              + " @Version; the key, the version, the deletion and audit fields must be plain"
              + " fields of the entity, neither embedded nor inside an embeddable")
          .inFile(stamp).onLineContaining("@Version Long revision");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anEmbeddedKeyOrDeletionFieldIsRefused() {
      JavaFileObject stamp = source("test.Stamp",
          "@Embeddable",
          "public record Stamp(Instant at, String by) {}");
      JavaFileObject purchase = source("test.Purchase",
          "@Entity",
          "@Paranoid",
          "public class Purchase {",
          ID,
          "  @DeletedAt @Embedded Stamp deleted;",
          "}");
      Compilation compilation = compile(purchase, stamp);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidEmbeddedRole] embedded field \"deleted\" of \"Purchase\""
              + " is its @DeletedAt; the key, the version, the deletion and audit fields must be"
              + " plain fields of the entity")
          .inFile(purchase).onLineContaining("Stamp deleted;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anEmbeddedIdIsACompositeKeyReportedOnce() {
      JavaFileObject key = source("test.Key",
          "@Embeddable",
          "public record Key(String shop, Long number) {}");
      JavaFileObject purchase = source("test.Purchase",
          "@Entity",
          "@Paranoid",
          "public class Purchase {",
          "  @EmbeddedId Key key;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(purchase, key);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidCompositeKey] @Paranoid entity \"Purchase\" has a"
              + " composite key (\"key\")")
          .inFile(purchase).onLineContaining("public class Purchase");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anEmbeddedFieldOfAnInterfaceTypeIsRefused() {
      JavaFileObject purchase = purchase("  @Embedded Comparable<String> total;");
      Compilation compilation = compile(purchase);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidEmbeddable] embedded field \"total\" of \"Purchase\" has"
              + " type java.lang.Comparable<java.lang.String>, which is not a class or a record;"
              + " an embeddable is a class with a no-argument constructor, or a record")
          .inFile(purchase).onLineContaining("Comparable<String> total;");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  // ---------------------------------------------------------------- who deleted it

  @Nested
  class DeletedByField {

    @Test
    void deletedByOfAPrimitiveType() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          DELETED_AT,
          "  @DeletedBy long deletedBy;",
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidDeletedByType] @DeletedBy field \"deletedBy\" of \"Doc\""
              + " has type long; use a value type an actor can be, such as String, Long or UUID")
          .inFile(doc).onLineContaining("@DeletedBy long deletedBy;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void deletedByTwice() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          DELETED_AT,
          "  @DeletedBy String deletedBy;",
          "  @DeletedBy String removedBy;",
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidDuplicateDeletedBy] \"Doc\" has @DeletedBy on both"
              + " \"deletedBy\" and \"removedBy\"; keep it on one field")
          .inFile(doc).onLineContaining("@DeletedBy String removedBy;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void deletedByOnTheDeletionTimestamp() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          "  @DeletedAt @DeletedBy Instant deletedAt;",
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidDeletedByRole] @DeletedBy field \"deletedAt\" of \"Doc\""
              + " is also its @DeletedAt; the actor needs a field of its own")
          .inFile(doc).onLineContaining("@DeletedAt @DeletedBy Instant deletedAt;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void deletedByIsSetBySoftDestroyAndClearedByRestore() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          DELETED_AT,
          "  @DeletedBy UUID deletedBy;",
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, "test.DocParanoidDao");
      assertTrue(dao.contains("UUID deletedBy = table.actor(UUID.class);"), dao);
      assertTrue(dao.contains("entity.deletedBy = deletedBy;"), dao);
      assertTrue(dao.contains("entity.deletedBy = null;"), dao);
      assertTrue(dao.contains("\" SET deleted_at = ?, deleted_by = ?\""), dao);
      assertTrue(dao.contains("SET deleted_at = NULL, deleted_by = NULL"), dao);
      assertTrue(dao.contains("new AuditColumn<>(\"deleted_by\", JdbcTypes.UUID_TYPE, UUID.class,"
          + " \"Doc.deletedBy\")"), dao);
      // a row is inserted and updated live: the actor column is not among the values sent
      assertTrue(dao.contains("\"INSERT INTO doc DEFAULT VALUES\""), dao);
    }
  }

  // ---------------------------------------------------------------- versions and callbacks

  @Nested
  class VersionsAndCallbacks {

    @Test
    void versionOfAStringType() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          "  @Version",
          "  String revision;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidVersionType] @Version field \"revision\" of \"Doc\" has type"
              + " java.lang.String; use long, int or short (or their wrappers)")
          .inFile(doc).onLineContaining("String revision;");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void numericVersionIsAccepted() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          "  @Version long revision;",
          DELETED_AT,
          "}");
      assertThat(compile(doc)).succeededWithoutWarnings();
    }

    @Test
    void privateCallback() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          DELETED_AT,
          "  @PrePersist",
          "  private void beforeInsert() {}",
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidCallback] @PrePersist method \"beforeInsert\" of \"Doc\" cannot be"
              + " called by the DAO; make it non-private, non-static, with no parameters")
          .inFile(doc).onLineContaining("void beforeInsert()");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void restoreCallbackWithAParameter() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          DELETED_AT,
          "  @dev.paranoid.PostRestore",
          "  void afterRestore(String why) {}",
          "}");
      Compilation compilation = compile(doc);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidCallback] @PostRestore method \"afterRestore\" of \"Doc\"")
          .inFile(doc).onLineContaining("void afterRestore(");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void wellFormedCallbacksCompileCleanly() {
      JavaFileObject doc = source("test.Doc",
          "@Entity",
          "@Paranoid",
          "public class Doc {",
          ID,
          DELETED_AT,
          "  @PrePersist void beforeInsert() {}",
          "  @PostUpdate public void afterUpdate() {}",
          "  @dev.paranoid.PreRestore protected void beforeRestore() {}",
          "}");
      assertThat(compile(doc)).succeededWithoutWarnings();
    }
  }

  // ---------------------------------------------------------------- identifiers

  @Nested
  class Identifiers {

    private static final String LONG_NAME = "a".repeat(64);

    @Test
    void tableNameWithASpace() {
      JavaFileObject thing = source("test.Thing",
          "@Entity",
          "@Table(name = \"bad name\")",
          "@Paranoid",
          "public class Thing {",
          ID,
          DELETED_AT,
          "}");
      Compilation compilation = compile(thing);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadIdentifier] table name \"bad name\" of \"Thing\" is not a plain"
              + " SQL identifier")
          .inFile(thing).onLineContaining("@Table(name = \"bad name\")");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void columnNameWithADash() {
      JavaFileObject thing = source("test.Thing",
          "@Entity",
          "@Paranoid",
          "public class Thing {",
          ID,
          "  @Column(name = \"first-name\")",
          "  String firstName;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(thing);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadIdentifier] column name \"first-name\" of \"Thing\" is not a"
              + " plain SQL identifier")
          .inFile(thing).onLineContaining("@Column(name = \"first-name\")");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void columnNameOf64Characters() {
      JavaFileObject thing = source("test.Thing",
          "@Entity",
          "@Paranoid",
          "public class Thing {",
          ID,
          "  @Column(name = \"" + LONG_NAME + "\")",
          "  String text;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(thing);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadIdentifier] column name \"" + LONG_NAME + "\" of \"Thing\"")
          .inFile(thing).onLineContaining("@Column(name = \"" + LONG_NAME + "\")");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void derivedColumnNameOf64CharactersIsReportedOnTheField() {
      JavaFileObject thing = source("test.Thing",
          "@Entity",
          "@Paranoid",
          "public class Thing {",
          ID,
          "  String " + LONG_NAME + ";",
          DELETED_AT,
          "}");
      Compilation compilation = compile(thing);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadIdentifier] column name \"" + LONG_NAME + "\" of \"Thing\"")
          .inFile(thing).onLineContaining("String " + LONG_NAME + ";");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void derivedTableNameOf64CharactersIsReportedOnTheClass() {
      String className = "T" + "x".repeat(63);
      JavaFileObject thing = source("test." + className,
          "@Entity",
          "@Paranoid",
          "public class " + className + " {",
          ID,
          DELETED_AT,
          "}");
      Compilation compilation = compile(thing);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadIdentifier] table name \"t" + "x".repeat(63) + "\" of \""
              + className + "\"")
          .inFile(thing).onLineContaining("class " + className);
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void joinColumnNameWithASpace() {
      JavaFileObject user = source("test.User",
          "@Entity",
          "@Paranoid",
          "public class User {",
          ID,
          DELETED_AT,
          "}");
      JavaFileObject post = source("test.Post",
          "@Entity",
          "@Paranoid",
          "public class Post {",
          ID,
          "  @ManyToOne",
          "  @JoinColumn(name = \"user id\")",
          "  User user;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(user, post);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadIdentifier] column name \"user id\" of \"Post\"")
          .inFile(post).onLineContaining("@JoinColumn(name = \"user id\")");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void namesOf63CharactersAreAccepted() {
      String name = "b".repeat(63);
      JavaFileObject thing = source("test.Thing",
          "@Entity",
          "@Table(name = \"" + name + "\")",
          "@Paranoid",
          "public class Thing {",
          ID,
          "  @Column(name = \"" + name.toUpperCase(java.util.Locale.ROOT) + "\")",
          "  String text;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(thing);
      assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void uniqueConstraintNamingAnUnknownColumn() {
      JavaFileObject member = source("test.Member",
          "@Entity",
          "@Table(name = \"members\", uniqueConstraints = @UniqueConstraint(",
          "    columnNames = {\"email\", \"nickname\"}))",
          "@Paranoid",
          "public class Member {",
          ID,
          "  String email;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(member);
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnknownColumn] @UniqueConstraint of \"Member\" names column"
              + " \"nickname\", which no field maps; use one of [id, email, deleted_at]")
          .inFile(member).onLineContaining("columnNames");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.MemberParanoidDao");
    }

    @Test
    void uniqueConstraintOnKnownColumns() {
      JavaFileObject member = source("test.Member",
          "@Entity",
          "@Table(name = \"members\", uniqueConstraints = @UniqueConstraint(",
          "    columnNames = {\"email\", \"team\"}))",
          "@Paranoid",
          "public class Member {",
          ID,
          "  String email;",
          "  String team;",
          "  @Column(unique = true) String handle;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(member);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, "test.MemberParanoidDao");
      assertTrue(dao.contains("TABLE_DEFINITION"), dao);
    }

    @Test
    void reservedWordsAreAcceptedAndQuoted() {
      JavaFileObject order = source("test.Order",
          "@Entity",
          "@Table(name = \"order\")",
          "@Paranoid",
          "public class Order {",
          ID,
          "  @Column(name = \"group\")",
          "  String group;",
          DELETED_AT,
          "}");
      // no @Table: the derived name "user" is a reserved word too
      JavaFileObject user = source("test.User",
          "@Entity",
          "@Paranoid",
          "public class User {",
          ID,
          DELETED_AT,
          "}");
      Compilation compilation = compile(order, user);
      assertThat(compilation).succeededWithoutWarnings();
      String orderDao = generatedSource(compilation, "test.OrderParanoidDao");
      assertTrue(orderDao.contains("INSERT INTO \\\"order\\\" (\\\"group\\\") VALUES (?)"), orderDao);
      assertTrue(orderDao.contains("Columns.of(\"\\\"group\\\"\", \"group\""), orderDao);
      assertFalse(orderDao.matches("(?s).*(FROM|INTO|UPDATE|JOIN) order\\b.*"),
          "an unquoted table name in SQL: " + orderDao);
      String userDao = generatedSource(compilation, "test.UserParanoidDao");
      assertTrue(userDao.contains("FROM \\\"user\\\" WHERE"), userDao);
    }
  }

  // ---------------------------------------------------------------- join tables

  @Nested
  class JoinTables {

    private final JavaFileObject student = source("test.Student",
        "@Entity",
        "@Paranoid",
        "public class Student {",
        ID,
        DELETED_AT,
        "}");
    private final JavaFileObject course = source("test.Course",
        "@Entity",
        "@Paranoid",
        "public class Course {",
        ID,
        DELETED_AT,
        "}");

    @Test
    void twoForeignKeysAndNothingElseIsWarnedAboutButGenerated() {
      JavaFileObject enrollment = source("test.Enrollment",
          "@Entity",
          "@Paranoid",
          "public class Enrollment {",
          ID,
          "  @ManyToOne Student student;",
          "  @ManyToOne Course course;",
          "  @CreatedAt Instant createdAt;",
          "  @UpdatedAt Instant updatedAt;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(student, course, enrollment);
      assertThat(compilation).succeeded();
      assertThat(compilation)
          .hadWarningContaining("[ParanoidJoinTable] @Paranoid entity \"Enrollment\" looks like a join table"
              + " (its only columns besides the key are the foreign keys \"student_id\" and \"course_id\");"
              + " Sequelize's guides warn that paranoid junction tables are buggy")
          .inFile(enrollment).onLineContaining("class Enrollment");
      assertThat(compilation).hadWarningCount(1);
      generatedSource(compilation, "test.EnrollmentParanoidDao");
    }

    @Test
    void aThirdColumnIsNotAJoinTable() {
      JavaFileObject enrollment = source("test.Enrollment",
          "@Entity",
          "@Paranoid",
          "public class Enrollment {",
          ID,
          "  @ManyToOne Student student;",
          "  @ManyToOne Course course;",
          "  Integer grade;",
          DELETED_AT,
          "}");
      assertThat(compile(student, course, enrollment)).succeededWithoutWarnings();
    }

    @Test
    void compositeKeyOfTwoForeignKeys() {
      JavaFileObject enrollment = source("test.Enrollment",
          "@Entity",
          "@Paranoid",
          "public class Enrollment {",
          "  @Id @ManyToOne Student student;",
          "  @Id @ManyToOne Course course;",
          DELETED_AT,
          "}");
      Compilation compilation = compile(student, course, enrollment);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[ParanoidCompositeKey] @Paranoid entity \"Enrollment\" has a composite key"
              + " (\"student\", \"course\")")
          .inFile(enrollment).onLineContaining("class Enrollment");
      assertThat(compilation)
          .hadWarningContaining("[ParanoidJoinTable] @Paranoid entity \"Enrollment\" looks like a join table"
              + " (its key is made of the foreign keys \"student\", \"course\")")
          .inFile(enrollment).onLineContaining("class Enrollment");
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadWarningCount(1);
      assertNotGenerated(compilation, "test.EnrollmentParanoidDao");
    }
  }

  // ---------------------------------------------------------------- processor options

  @Nested
  class Options {

    private final JavaFileObject blogPost = source("test.BlogPost",
        "@Entity",
        "@Paranoid",
        "public class BlogPost {",
        ID,
        "  String postTitle;",
        "  @CreatedAt Instant createdAt;",
        "  @Column(name = \"removed_at\")",
        "  @DeletedAt Instant deletedAt;",
        "}");

    @Test
    void unknownNamingOption() {
      Compilation compilation = compile(List.of("-Aparanoid.naming=kebab"), blogPost);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadOption] processor option paranoid.naming=kebab is not valid;"
              + " use one of snake_case, as_is");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.BlogPostParanoidDao");
    }

    @Test
    void misspelledOptionNamesTheClosestOne() {
      Compilation compilation = compile(List.of("-Aparanoid.namign=as_is",
          "-Aparanoid.componentmodel=spring"), blogPost);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnknownOption] processor option paranoid.namign is not one"
              + " of Paranoid's; did you mean paranoid.naming? (Paranoid's options:"
              + " paranoid.componentModel, paranoid.naming)");
      assertThat(compilation)
          .hadErrorContaining("[ParanoidUnknownOption] processor option paranoid.componentmodel is"
              + " not one of Paranoid's; did you mean paranoid.componentModel?");
      assertThat(compilation).hadErrorCount(2);
      assertNotGenerated(compilation, "test.BlogPostParanoidDao");
    }

    @Test
    void otherProcessorsOptionsAreLeftAlone() {
      Compilation compilation = compile(List.of("-Amapstruct.defaultComponentModel=spring"),
          blogPost);
      assertThat(compilation).succeeded();
      generatedSource(compilation, "test.BlogPostParanoidDao");
    }

    @Test
    void asIsKeepsJavaNames() {
      Compilation compilation = compile(List.of("-Aparanoid.naming=as_is"), blogPost);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, "test.BlogPostParanoidDao");
      assertTrue(dao.contains("INSERT INTO BlogPost (postTitle, createdAt) VALUES (?, ?)"), dao);
      assertTrue(dao.contains("createdAt"), dao);
      assertFalse(dao.contains("created_at"), dao);
      assertFalse(dao.contains("post_title"), dao);
      assertFalse(dao.contains("blog_post"), dao);
      // an explicit @Column(name) still wins
      assertTrue(dao.contains("removed_at IS NULL"), dao);
    }

    @Test
    void snakeCaseIsTheDefault() {
      Compilation compilation = compile(blogPost);
      assertThat(compilation).succeededWithoutWarnings();
      String dao = generatedSource(compilation, "test.BlogPostParanoidDao");
      assertTrue(dao.contains("INSERT INTO blog_post (post_title, created_at) VALUES (?, ?)"), dao);
    }

    @Test
    void explicitSnakeCaseOption() {
      Compilation compilation = compile(List.of("-Aparanoid.naming=snake_case"), blogPost);
      assertThat(compilation).succeededWithoutWarnings();
      generatedSource(compilation, "test.BlogPostParanoidDao");
    }
  }

  // ---------------------------------------------------------------- component models

  /** More in {@link ComponentModelTest}: every model's generated DAO and missing dependency. */
  @Nested
  class ComponentModels {

    private JavaFileObject memo(String paranoid) {
      return source("test.Memo",
          "@Entity",
          paranoid,
          "public class Memo {",
          ID,
          "  String text;",
          DELETED_AT,
          "}");
    }

    @Test
    void unknownComponentModel() {
      JavaFileObject memo = memo("@Paranoid(componentModel = \"guice\")");
      Compilation compilation = compile(memo);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[ParanoidComponentModel] componentModel \"guice\" of \"Memo\" is not known;"
              + " use one of default, jakarta, javax, spring, cdi")
          .inFile(memo).onLineContaining("componentModel = \"guice\"");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.MemoParanoidDao");
    }

    @Test
    void missingDependencyOfTheAttribute() {
      JavaFileObject memo = memo("@Paranoid(componentModel = \"spring\")");
      // Paranoid's jars and JPA, but not Spring
      Compilation compilation = compileOn(classpathWithoutInjection(), List.of(), memo);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[ParanoidComponentModel] componentModel \"spring\" of \"Memo\" needs"
              + " org.springframework.stereotype.Repository, org.springframework.beans.factory.annotation.Autowired,"
              + " org.springframework.beans.factory.ObjectProvider on the compile classpath;"
              + " add the dependency org.springframework:spring-context")
          .inFile(memo).onLineContaining("componentModel = \"spring\"");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.MemoParanoidDao");
    }

    @Test
    void missingDependencyOfTheOption() {
      JavaFileObject memo = memo("@Paranoid");
      Compilation compilation = compileOn(classpathWithoutInjection(),
          List.of("-Aparanoid.componentModel=jakarta"), memo);
      assertThat(compilation).failed();
      // nothing written in @Paranoid: the entity's class line
      assertThat(compilation)
          .hadErrorContaining("[ParanoidComponentModel] componentModel \"jakarta\" of \"Memo\" needs"
              + " jakarta.inject.Singleton, jakarta.inject.Inject on the compile classpath;"
              + " add the dependency jakarta.inject:jakarta.inject-api")
          .inFile(memo).onLineContaining("class Memo");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.MemoParanoidDao");
    }

    @Test
    void unknownComponentModelOption() {
      Compilation compilation = compile(List.of("-Aparanoid.componentModel=guice"), memo("@Paranoid"));
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[ParanoidBadOption] processor option paranoid.componentModel=guice is not valid;"
              + " use one of default, jakarta, javax, spring, cdi");
      assertThat(compilation).hadErrorCount(1);
      assertNotGenerated(compilation, "test.MemoParanoidDao");
    }
  }
}
