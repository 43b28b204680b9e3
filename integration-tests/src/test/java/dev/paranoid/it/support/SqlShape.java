package dev.paranoid.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement as a Javadoc documents it, matched against statements as they were sent.
 *
 * <p>Both sides are compared "dialect quoting aside" ({@link #normalise}): identifier quotes
 * ({@code "} and backquotes) are dropped, runs of white space are one space, and MariaDB's
 * {@code INSERT INTO t () VALUES ()} reads as the standard {@code INSERT INTO t DEFAULT VALUES}.
 * Nothing else is forgiven.
 *
 * <p>Placeholders in the documented statement: anything in angle brackets ({@code <where>},
 * {@code <limit/offset>}, ...) stands for any text (a placeholder after a space may also stand
 * for nothing, the space included); {@code (?, …)} stands for an IN list of one or more
 * {@code ?}.
 */
public final class SqlShape {

  /** The IN-list placeholder, with the Unicode ellipsis. */
  public static final String IN_LIST = "(?, \u2026)";

  private static final Pattern PLACEHOLDER =
      Pattern.compile("<[^<>\\s][^<>]*>|" + Pattern.quote(IN_LIST));
  private static final Pattern LONG_IN_LIST = Pattern.compile("\\(\\?(?:, \\?){3,}\\)");
  private static final Pattern EMPTY_INSERT =
      Pattern.compile("^INSERT INTO (\\S+) \\(\\) VALUES \\(\\)$");

  private final String documented;
  private final Pattern pattern;
  private final List<String> placeholders;

  private SqlShape(String documented, Pattern pattern, List<String> placeholders) {
    this.documented = documented;
    this.pattern = pattern;
    this.placeholders = placeholders;
  }

  /** The shape of a statement as documented. */
  public static SqlShape of(String documented) {
    String text = normalise(documented);
    StringBuilder regex = new StringBuilder();
    List<String> placeholders = new ArrayList<>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    int last = 0;
    while (placeholder.find()) {
      String literal = text.substring(last, placeholder.start());
      String token = placeholder.group();
      placeholders.add(token);
      if (token.equals(IN_LIST)) {
        regex.append(quote(literal)).append("\\(\\?(?:, \\?)*\\)");
      } else if (literal.endsWith(" ")) {
        regex.append(quote(literal.substring(0, literal.length() - 1))).append("(?: .*?)?");
      } else {
        regex.append(quote(literal)).append(".*?");
      }
      last = placeholder.end();
    }
    regex.append(quote(text.substring(last)));
    return new SqlShape(documented, Pattern.compile(regex.toString(), Pattern.DOTALL),
        List.copyOf(placeholders));
  }

  /** The statement as its Javadoc shows it. */
  public String documented() {
    return documented;
  }

  /** The placeholders it uses, e.g. {@code <where>}. */
  public List<String> placeholders() {
    return placeholders;
  }

  /** Whether {@code sent} is this statement, dialect quoting aside. */
  public boolean matches(String sent) {
    return pattern.matcher(normalise(sent)).matches();
  }

  /** A statement with the differences that are not mismatches taken out. */
  public static String normalise(String sql) {
    String text = sql.replace("\"", "").replace("`", "").replaceAll("\\s+", " ").trim();
    Matcher emptyInsert = EMPTY_INSERT.matcher(text);
    return emptyInsert.matches() ? "INSERT INTO " + emptyInsert.group(1) + " DEFAULT VALUES" : text;
  }

  /**
   * A sent statement for people to read: {@link #normalise normalised}, and a long IN list of
   * parameters (a cascade over many rows) shortened to its first three.
   */
  public static String readable(String sql) {
    return LONG_IN_LIST.matcher(normalise(sql)).replaceAll("(?, ?, ?, \u2026)");
  }

  private static String quote(String literal) {
    return literal.isEmpty() ? "" : Pattern.quote(literal);
  }

  /** Shapes are equal when documented alike, so a documented statement can be looked up. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SqlShape && ((SqlShape) other).documented.equals(documented);
  }

  @Override
  public int hashCode() {
    return documented.hashCode();
  }

  @Override
  public String toString() {
    return documented;
  }
}
