package dev.paranoid.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.paranoid.processor.ProcessorTesting.compile;
import static dev.paranoid.processor.ProcessorTesting.generatedSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DAOs generated for a small set of realistic entities, compared as text with reviewed golden
 * files, one per shape of DAO: a plain entity ({@code User}), a versioned entity with a callback
 * for each lifecycle step ({@code Account}), and entities with cascades and associations
 * ({@code Author} cascades to its posts, {@code Post} has a to-one and cascades to its versioned
 * comments).
 *
 * <p>The entities are {@code src/test/resources/golden/*.java} without the {@code ParanoidDao}
 * suffix; the expected DAOs are the files with it. When a change to the writer is meant to change
 * the generated code, regenerate the golden files, review the diff, and commit it:
 *
 * <pre>
 * ./mvnw -q -pl paranoid-annotations,paranoid-runtime,paranoid-processor -am test -Dtest=GoldenFileTest \
 *     -Dparanoid.updateGolden=true -Dsurefire.failIfNoSpecifiedTests=false
 * git diff paranoid-processor/src/test/resources/golden/
 * </pre>
 *
 * With {@code paranoid.updateGolden=true} the test rewrites the golden files from the processor's
 * output (in the source tree, not in target/) and passes.
 */
class GoldenFileTest {

  static final String UPDATE_PROPERTY = "paranoid.updateGolden";
  static final String[] ENTITIES = {"User", "Account", "Author", "Post", "Comment"};

  private static Compilation compilation;

  @BeforeAll
  static void compileTheEntities() {
    JavaFileObject[] sources = Stream.of(ENTITIES)
        .map(entity -> JavaFileObjects.forResource("golden/" + entity + ".java"))
        .toArray(JavaFileObject[]::new);
    compilation = compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** The golden DAOs: one per shape. */
  static Stream<String> daos() {
    return Stream.of("com.example.blog.UserParanoidDao", "com.example.billing.AccountParanoidDao",
        "com.example.blog.AuthorParanoidDao", "com.example.blog.PostParanoidDao");
  }

  @ParameterizedTest
  @MethodSource("daos")
  void daoMatchesItsGoldenFile(String dao) throws IOException {
    String generated = generatedSource(compilation, dao);
    String resource = "golden/" + dao.substring(dao.lastIndexOf('.') + 1) + ".java";

    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Path golden = sourceTreePath(resource);
      Files.writeString(golden, generated, StandardCharsets.UTF_8);
      System.out.println("GoldenFileTest: rewrote " + golden.toAbsolutePath() + "; review and commit it");
      return;
    }
    assertEquals(expected(resource), generated,
        "The generated " + dao + " differs from src/test/resources/" + resource + ". If the"
            + " change is intended, regenerate the golden files with -D" + UPDATE_PROPERTY
            + "=true (see this class's Javadoc), then review the diff and commit it.");
  }

  private static String expected(String resource) throws IOException {
    try (InputStream in = GoldenFileTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is missing; create it with -D" + UPDATE_PROPERTY + "=true");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The golden file in the module's source tree (surefire runs in the module directory). */
  private static Path sourceTreePath(String resource) {
    String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
    return Paths.get(basedir, "src", "test", "resources").resolve(resource);
  }
}
