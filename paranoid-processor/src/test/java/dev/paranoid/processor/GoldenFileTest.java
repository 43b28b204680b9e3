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
import org.junit.jupiter.api.Test;

/**
 * The DAO generated for a realistic entity, compared as text with a reviewed golden file.
 *
 * <p>The entity is {@code src/test/resources/golden/User.java}; the expected DAO is
 * {@code src/test/resources/golden/UserParanoidDao.java}. When a change to the writer is meant to
 * change the generated code, regenerate the golden file, review the diff, and commit it:
 *
 * <pre>
 * mvn -pl paranoid-processor test -Dtest=GoldenFileTest -Dparanoid.updateGolden=true
 * git diff paranoid-processor/src/test/resources/golden/
 * </pre>
 *
 * With {@code paranoid.updateGolden=true} the test rewrites the golden file from the processor's
 * output (in the source tree, not in target/) and passes.
 */
class GoldenFileTest {

  static final String UPDATE_PROPERTY = "paranoid.updateGolden";
  static final String ENTITY = "golden/User.java";
  static final String EXPECTED = "golden/UserParanoidDao.java";
  static final String DAO = "com.example.blog.UserParanoidDao";

  @Test
  void userDaoMatchesTheGoldenFile() throws IOException {
    Compilation compilation = compile(JavaFileObjects.forResource(ENTITY));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = generatedSource(compilation, DAO);

    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Path golden = sourceTreePath(EXPECTED);
      Files.writeString(golden, generated, StandardCharsets.UTF_8);
      System.out.println("GoldenFileTest: rewrote " + golden.toAbsolutePath() + "; review and commit it");
      return;
    }
    assertEquals(expected(), generated,
        "The generated " + DAO + " differs from src/test/resources/" + EXPECTED + ". If the change"
            + " is intended, regenerate the golden file with\n  mvn -pl paranoid-processor test"
            + " -Dtest=GoldenFileTest -D" + UPDATE_PROPERTY + "=true\nthen review the diff and"
            + " commit it.");
  }

  private static String expected() throws IOException {
    try (InputStream in = GoldenFileTest.class.getClassLoader().getResourceAsStream(EXPECTED)) {
      assertNotNull(in, EXPECTED + " is missing; create it with -D" + UPDATE_PROPERTY + "=true");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The golden file in the module's source tree (surefire runs in the module directory). */
  private static Path sourceTreePath(String resource) {
    String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
    return Paths.get(basedir, "src", "test", "resources").resolve(resource);
  }
}
