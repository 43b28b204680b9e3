package dev.paranoid.scale;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What javac needs besides the sources, all from this build: the Paranoid processor jar the
 * reactor just packaged (never one installed in a local repository), and the entities' class path
 * (Paranoid's annotations and runtime, the JPA API) picked from the benchmark's own class path.
 */
record Tools(Javac javac, Path processorJar, String classpath, Path copyProcessorPath) {

  private static final List<String> CLASSPATH_ARTIFACTS =
      List.of("paranoid-annotations", "paranoid-runtime", "jakarta.persistence-api");

  private static final String TARGET = File.separator + "target" + File.separator;

  static Tools find(Path processorJar) {
    if (!Files.isRegularFile(processorJar)) {
      throw new IllegalStateException("no processor jar at " + processorJar
          + ": run the benchmark through the reactor (./mvnw -Pscale ... verify) so that"
          + " paranoid-processor is packaged first");
    }
    List<String> classpath = new ArrayList<>();
    for (String artifact : CLASSPATH_ARTIFACTS) {
      classpath.add(entry(artifact));
    }
    Path copyProcessor;
    try {
      copyProcessor = Path.of(CopyProcessor.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new Tools(Javac.ofRunningJdk(), processorJar,
        String.join(File.pathSeparator, classpath), copyProcessor);
  }

  /** The class path entry of an artifact (a jar, or a reactor module's classes directory). */
  private static String entry(String artifact) {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      boolean moduleClasses = name.equals("classes")
          && path.getParent().getParent().getFileName().toString().equals(artifact);
      if (name.startsWith(artifact + "-") && name.endsWith(".jar") || moduleClasses) {
        if (artifact.startsWith("paranoid-") && !entry.contains(TARGET)) {
          throw new IllegalStateException(artifact + " comes from " + entry
              + ", not from this build: run through the reactor from the root");
        }
        return entry;
      }
    }
    throw new IllegalStateException(artifact + " is not on the class path");
  }
}
