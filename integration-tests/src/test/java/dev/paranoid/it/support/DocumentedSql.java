package dev.paranoid.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL a generated DAO's Javadoc shows, read from its source file: for every public method
 * (keyed {@code name(Type, Type)}, simple erased parameter types, as {@link #key} writes it for a
 * reflected method) and every public field (keyed by its name), the statements of each variant.
 *
 * <p>The format (issue 11 §1): statements stand in {@code <pre>{@code ...}</pre>} blocks, one
 * statement per line (a multi-line block's lines start with {@code " * "} in the source); the
 * blocks before any label are the plain call's; a line {@code or, with {@code force}:} starts the
 * blocks of the call with that boolean parameter true (the variant is named by whatever the
 * label's {@code {@code ...}} holds). Prose around them is ignored.
 */
public final class DocumentedSql {

  /** The plain call's variant. */
  public static final String PLAIN = "";

  /** A documented member: its parameter names (methods only) and statements per variant. */
  public record Documentation(String key, List<String> parameterNames,
      Map<String, List<String>> variants) {}

  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern ANNOTATION =
      Pattern.compile("^\\s*@[\\w.]+(\\s*\\((?:[^()]|\\([^()]*\\))*\\))?");
  private static final Pattern LABEL_OR_BLOCK = Pattern.compile(
      "or,\\s*with\\s+\\{@code\\s+([^}]+?)\\}\\s*:|<pre>\\{@code(.*?)\\}</pre>", Pattern.DOTALL);
  private static final List<String> MODIFIERS =
      List.of("public", "static", "final", "synchronized", "default", "abstract");
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

  private DocumentedSql() {}

  /** The documented members of one generated source file. */
  public static Map<String, Documentation> read(Path source) {
    String text;
    try {
      text = Files.readString(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
    return parse(unescape(text));
  }

  /** The key of a reflected method: {@code destroy(User, boolean)}. */
  public static String key(Method method) {
    List<String> types = new ArrayList<>();
    for (Class<?> type : method.getParameterTypes()) {
      types.add(type.getSimpleName());
    }
    return method.getName() + "(" + String.join(", ", types) + ")";
  }

  /** The documented members of a source text. */
  public static Map<String, Documentation> parse(String source) {
    Map<String, Documentation> members = new LinkedHashMap<>();
    Matcher javadoc = JAVADOC.matcher(source);
    while (javadoc.find()) {
      String declaration = declarationAfter(source, javadoc.end());
      Documentation member = member(declaration, statements(javadoc.group(1)));
      if (member != null) {
        members.put(member.key(), member);
      }
    }
    return members;
  }

  /** The declaration a Javadoc comment belongs to, without annotations, up to its body or value. */
  private static String declarationAfter(String source, int from) {
    String rest = source.substring(from);
    Matcher annotation = ANNOTATION.matcher(rest);
    while (annotation.find()) {
      rest = rest.substring(annotation.end());
      annotation = ANNOTATION.matcher(rest);
    }
    int end = rest.length();
    for (char stop : new char[] {'{', '=', ';'}) {
      int at = rest.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return rest.substring(0, end).replaceAll("\\s+", " ").trim();
  }

  /** A public method or field; null for anything else (class, constructor, private member). */
  private static Documentation member(String declaration, Map<String, List<String>> variants) {
    if (!declaration.startsWith("public ")) {
      return null;
    }
    int open = declaration.indexOf('(');
    if (open < 0) {
      if (declaration.contains(" class ") || declaration.contains(" interface ")) {
        return null;
      }
      String[] words = withoutGenerics(declaration).split(" ");
      return new Documentation(words[words.length - 1], List.of(), variants);
    }
    List<String> head = new ArrayList<>(
        List.of(withoutGenerics(declaration.substring(0, open)).trim().split(" ")));
    head.removeAll(MODIFIERS);
    if (head.size() < 2) {
      return null; // a constructor: no return type
    }
    String name = head.get(head.size() - 1);
    List<String> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String parameters = withoutGenerics(
        declaration.substring(open + 1, declaration.lastIndexOf(')'))).trim();
    if (!parameters.isEmpty()) {
      for (String parameter : parameters.split(",")) {
        String[] words = parameter.trim().replace("final ", "").split(" ");
        types.add(words[words.length - 2].replace("...", "[]"));
        names.add(words[words.length - 1]);
      }
    }
    return new Documentation(name + "(" + String.join(", ", types) + ")", names, variants);
  }

  /** {@code Condition<User> where} as {@code Condition where}: erased, as reflection sees it. */
  private static String withoutGenerics(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString().replaceAll("\\s+", " ");
  }

  /** The statements of each variant in one Javadoc comment's body. */
  private static Map<String, List<String>> statements(String comment) {
    StringBuilder body = new StringBuilder();
    for (String line : comment.split("\n")) {
      body.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
    }
    Map<String, List<String>> variants = new LinkedHashMap<>();
    String variant = PLAIN;
    Matcher token = LABEL_OR_BLOCK.matcher(body);
    while (token.find()) {
      if (token.group(1) != null) {
        variant = token.group(1).trim();
        continue;
      }
      for (String line : token.group(2).split("\n")) {
        if (!line.isBlank()) {
          variants.computeIfAbsent(variant, v -> new ArrayList<>()).add(line.trim());
        }
      }
    }
    return variants;
  }

  /** The source with its {@code \\uXXXX} escapes decoded, as the Javadoc tool reads it. */
  private static String unescape(String text) {
    Matcher escape = UNICODE_ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (escape.find()) {
      escape.appendReplacement(out,
          Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
    }
    escape.appendTail(out);
    return out.toString();
  }
}
