package dev.paranoid.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident set and the CPU time of a running process, polled from Linux's
 * {@code /proc/<pid>/status} ({@code VmHWM}, the high-water mark the kernel keeps) and
 * {@code /proc/<pid>/stat} (user and system time). Both only grow, so polling until the process
 * exits misses at most what it gained in its last poll interval; javac reaches its peak while
 * attributing and generating code, long before it exits. CPU time is reported beside wall time
 * because on a shared machine wall time also counts the time others held the cores. Where there
 * is no {@code /proc} both are unknown (-1).
 */
final class ProcessProbe implements Runnable {

  private static final long POLL_MILLIS = 20;
  /** USER_HZ, the unit of /proc's CPU times: 100 on every Linux platform Java runs on. */
  private static final double TICKS_PER_SECOND = 100;

  private final Process process;
  private final Path status;
  private final Path stat;
  private volatile long peakBytes = -1;
  private volatile double cpuSeconds = -1;
  private Thread thread;

  private ProcessProbe(Process process) {
    this.process = process;
    Path proc = Path.of("/proc", Long.toString(process.pid()));
    this.status = proc.resolve("status");
    this.stat = proc.resolve("stat");
  }

  /** Starts polling {@code process} on a daemon thread. */
  static ProcessProbe watch(Process process) {
    ProcessProbe probe = new ProcessProbe(process);
    probe.thread = new Thread(probe, "probe-" + process.pid());
    probe.thread.setDaemon(true);
    probe.thread.start();
    return probe;
  }

  /** Once the process has exited: the highest VmHWM seen, in bytes, or -1. */
  long peakBytes() throws InterruptedException {
    thread.join();
    return peakBytes;
  }

  /** Once the process has exited: the last user + system time seen, in seconds, or -1. */
  double cpuSeconds() throws InterruptedException {
    thread.join();
    return cpuSeconds;
  }

  @Override
  public void run() {
    while (process.isAlive()) {
      peakBytes = Math.max(peakBytes, readHwm());
      cpuSeconds = Math.max(cpuSeconds, readCpu());
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private long readHwm() {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) { // "VmHWM:   123456 kB"
          return Long.parseLong(line.substring(6).replace("kB", "").trim()) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone between the check and the read, or no /proc here: keep what was seen
    }
    return -1;
  }

  private double readCpu() {
    try {
      String line = Files.readString(stat);
      // after the command name in parentheses: state is field 3, utime 14, stime 15
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
