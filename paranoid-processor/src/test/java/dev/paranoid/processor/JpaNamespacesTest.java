package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.compile;
import static dev.paranoid.processor.ProcessorTesting.generatedSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** DESIGN.md: the processor reads JPA annotations by name, from jakarta.persistence or javax.persistence. */
class JpaNamespacesTest {

  /** The same two entities, using the JPA annotations of {@code jpa} ("jakarta" or "javax"). */
  private static JavaFileObject[] entities(String pkg, String jpa) {
    String imports = "import " + jpa + ".persistence.*;";
    JavaFileObject author = JavaFileObjects.forSourceLines(pkg + ".Author",
        "package " + pkg + ";",
        "",
        "import dev.paranoid.DeletedAt;",
        "import dev.paranoid.Paranoid;",
        imports,
        "import java.time.Instant;",
        "import java.util.List;",
        "",
        "@Entity",
        "@Table(name = \"authors\")",
        "@Paranoid",
        "public class Author {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @Column(name = \"full_name\") String name;",
        "  @OneToMany(mappedBy = \"author\") List<Story> stories;",
        "  @DeletedAt Instant deletedAt;",
        "}");
    JavaFileObject base = JavaFileObjects.forSourceLines(pkg + ".Base",
        "package " + pkg + ";",
        "",
        "import dev.paranoid.CreatedAt;",
        imports,
        "import java.time.Instant;",
        "",
        "@MappedSuperclass",
        "public abstract class Base {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @CreatedAt Instant createdAt;",
        "}");
    JavaFileObject story = JavaFileObjects.forSourceLines(pkg + ".Story",
        "package " + pkg + ";",
        "",
        "import dev.paranoid.DeletedAt;",
        "import dev.paranoid.Paranoid;",
        imports,
        "import java.time.Instant;",
        "",
        "@Entity",
        "@Paranoid",
        "public class Story extends Base {",
        "  enum State { DRAFT, PUBLISHED }",
        "  String title;",
        "  @Enumerated(EnumType.STRING) State state;",
        "  @Transient String preview;",
        "  @ManyToOne @JoinColumn(name = \"author_ref\") Author author;",
        "  @DeletedAt Instant deletedAt;",
        "}");
    return new JavaFileObject[] {author, base, story};
  }

  @Test
  void jakartaPersistence() {
    Compilation compilation = compile(entities("jakartaapp", "jakarta"));
    assertThat(compilation).succeededWithoutWarnings();
    String story = generatedSource(compilation, "jakartaapp.StoryParanoidDao");
    assertTrue(story.contains("\"id, created_at, title, state, author_ref, deleted_at\""), story);
    generatedSource(compilation, "jakartaapp.AuthorParanoidDao");
  }

  @Test
  void javaxPersistence() {
    Compilation compilation = compile(entities("javaxapp", "javax"));
    assertThat(compilation).succeededWithoutWarnings();
    String story = generatedSource(compilation, "javaxapp.StoryParanoidDao");
    assertTrue(story.contains("\"id, created_at, title, state, author_ref, deleted_at\""), story);
    generatedSource(compilation, "javaxapp.AuthorParanoidDao");
  }

  @Test
  void bothNamespacesGiveTheSameDao() {
    Compilation jakarta = compile(entities("app", "jakarta"));
    Compilation javax = compile(entities("app", "javax"));
    assertThat(jakarta).succeeded();
    assertThat(javax).succeeded();
    for (String dao : new String[] {"app.StoryParanoidDao", "app.AuthorParanoidDao"}) {
      assertEquals(generatedSource(jakarta, dao), generatedSource(javax, dao), dao);
    }
  }

  @Test
  void javaxDiagnosticsToo() {
    JavaFileObject ticket = JavaFileObjects.forSourceLines("javaxapp.Ticket",
        "package javaxapp;",
        "",
        "import dev.paranoid.DeletedAt;",
        "import dev.paranoid.Paranoid;",
        "import java.time.Instant;",
        "import javax.persistence.*;",
        "",
        "@Entity",
        "@Table(name = \"bad-table\")",
        "@Paranoid",
        "public class Ticket {",
        "  @Id",
        "  @GeneratedValue(strategy = GenerationType.SEQUENCE)",
        "  Long id;",
        "  @DeletedAt Instant deletedAt;",
        "}");
    Compilation compilation = compile(ticket);
    assertThat(compilation)
        .hadErrorContaining("[ParanoidGenerationStrategy] @GeneratedValue(strategy = SEQUENCE)")
        .inFile(ticket).onLineContaining("GenerationType.SEQUENCE");
    assertThat(compilation)
        .hadErrorContaining("[ParanoidBadIdentifier] table name \"bad-table\"")
        .inFile(ticket).onLineContaining("@Table(name = \"bad-table\")");
    assertThat(compilation).hadErrorCount(2);
  }
}
