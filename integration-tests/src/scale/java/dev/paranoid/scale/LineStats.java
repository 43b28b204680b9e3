package dev.paranoid.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Lines per source file over a set of files: how much code javac is given. */
record LineStats(int files, long total, long min, long max) {

  static LineStats of(List<Path> sources) throws IOException {
    long total = 0;
    long min = Long.MAX_VALUE;
    long max = 0;
    for (Path source : sources) {
      long lines;
      try (var stream = Files.lines(source, StandardCharsets.UTF_8)) {
        lines = stream.count();
      }
      total += lines;
      min = Math.min(min, lines);
      max = Math.max(max, lines);
    }
    return new LineStats(sources.size(), total, sources.isEmpty() ? 0 : min, max);
  }

  long average() {
    return files == 0 ? 0 : Math.round((double) total / files);
  }
}
