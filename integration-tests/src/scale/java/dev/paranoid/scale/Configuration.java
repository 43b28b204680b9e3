package dev.paranoid.scale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways the same entities are compiled. All call javac alike (same class path, same JDK,
 * classes to a fresh directory); they differ only in what is compiled and which processor runs.
 */
enum Configuration {

  /** The entities alone, no annotation processing: the floor. */
  WITHOUT("without"),
  /**
   * The entities plus the DAO sources an earlier processing build generated, no annotation
   * processing: what compiling the generated code costs, without a processor round.
   */
  DAO("dao"),
  /**
   * The entities with a stand-in processor ({@link CopyProcessor}) that writes those same DAO
   * sources through the Filer and does nothing else: javac's cost of a processing build.
   * "with" minus "copy" is Paranoid's own work.
   */
  COPY("copy"),
  /** The entities with the Paranoid processor on the processor path: a user's build. */
  WITH("with");

  final String label;

  Configuration(String label) {
    this.label = label;
  }

  static Configuration of(String label) {
    for (Configuration configuration : values()) {
      if (configuration.label.equals(label.trim())) {
        return configuration;
      }
    }
    throw new IllegalArgumentException("no configuration " + label + " (without, dao, copy, with)");
  }

  /**
   * javac's arguments compiling {@code workspace}'s entities into {@code classes} (generated
   * sources, if any, into {@code generated}); {@code jvmOptions} go to javac's JVM ({@code -J}).
   */
  List<String> arguments(Tools tools, Workspace workspace, Path classes, Path generated,
      List<String> jvmOptions) {
    List<String> args = new ArrayList<>();
    jvmOptions.forEach(option -> args.add("-J" + option));
    args.addAll(List.of("-encoding", "UTF-8", "-classpath", tools.classpath(),
        "-d", classes.toString()));
    switch (this) {
      case WITHOUT, DAO -> args.add("-proc:none");
      case COPY -> args.addAll(List.of("-processorpath", tools.copyProcessorPath().toString(),
          "-processor", CopyProcessor.class.getName(),
          "-A" + CopyProcessor.SOURCES_OPTION + "=" + workspace.daoSources(),
          "-s", generated.toString()));
      case WITH -> args.addAll(List.of("-processorpath", tools.processorJar().toString(),
          "-s", generated.toString()));
    }
    args.add("@" + workspace.entityList());
    if (this == DAO) {
      args.add("@" + workspace.daoList());
    }
    return args;
  }
}
