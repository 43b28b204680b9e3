package dev.paranoid.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code paranoid.*} processor options that Paranoid does not know: a typo such as
 * {@code paranoid.namign} would otherwise be ignored (javac only warns that no processor claimed
 * it) and the build would silently use the default.
 */
final class UnknownOptions {

  private static final String PREFIX = "paranoid.";

  private UnknownOptions() {}

  /** Each unknown {@code paranoid.*} option, with the known option closest to it. */
  static List<Map.Entry<String, String>> of(Map<String, String> given, Set<String> known) {
    List<Map.Entry<String, String>> unknown = new ArrayList<>();
    for (String option : new TreeSet<>(given.keySet())) {
      if (option.toLowerCase(Locale.ROOT).startsWith(PREFIX) && !known.contains(option)) {
        unknown.add(Map.entry(option, closest(option, known)));
      }
    }
    return unknown;
  }

  private static String closest(String option, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : new TreeSet<>(known)) {
      int distance = distance(option.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The edit distance (insertions, deletions, substitutions, adjacent swaps) of two names. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
