package dev.paranoid.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs javac as a process of its own, as a build tool's forked compiler does, and measures the
 * whole process: wall time from start to exit (JVM start-up included), CPU time and peak resident
 * set.
 */
final class Javac {

  /** What one javac process took. */
  record Result(double seconds, double cpuSeconds, long peakRssBytes, int exitCode,
      boolean timedOut, Path log) {
    boolean ok() {
      return exitCode == 0 && !timedOut;
    }
  }

  private final Path executable;

  Javac(Path executable) {
    this.executable = executable;
  }

  /** The javac of the JDK running the benchmark. */
  static Javac ofRunningJdk() {
    return new Javac(Path.of(System.getProperty("java.home"), "bin", "javac"));
  }

  Result run(List<String> arguments, Path log, Duration timeout)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    ProcessProbe probe = ProcessProbe.watch(process);
    boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!exited) {
      process.destroyForcibly().waitFor();
    }
    return new Result(seconds, probe.cpuSeconds(), probe.peakBytes(),
        exited ? process.exitValue() : -1, !exited, log);
  }
}
