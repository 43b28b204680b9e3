package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Doc}: the summary wrapped, then each statement in a {@code <pre>{@code ...}</pre>}
 * block, one statement per line, the plain call's first, then for each variant a line
 * {@code or, with {@code force}:} and its statements. Characters outside ASCII are written as Unicode escapes, so the
 * Javadoc reads the same whatever encoding the user's build compiles with.
 */
final class JavadocWriter {

  /** Where prose wraps (JavaPoet does not wrap Javadoc). */
  private static final int WIDTH = 88;

  private JavadocWriter() {}

  static CodeBlock render(Doc doc) {
    StringBuilder statements = new StringBuilder();
    if (!doc.plain().isEmpty() || !doc.variants().isEmpty()) {
      statements.append('\n');
    }
    blocks(doc.plain(), statements);
    for (Doc.Variant variant : doc.variants()) {
      statements.append("or, with {@code ").append(variant.name()).append("}:\n");
      blocks(variant.blocks(), statements);
    }
    return CodeBlock.builder()
        .add(escapeNonAscii(wrap(doc.summary())), doc.types().toArray())
        .add("$L", escapeNonAscii(statements.toString()))
        .build();
  }

  private static void blocks(List<Doc.Block> blocks, StringBuilder text) {
    for (Doc.Block block : blocks) {
      if (block.lead() != null) {
        text.append(wrap(block.lead()));
      }
      // a statement is one line, however long: the Javadoc shows it as the driver receives it
      if (block.statements().size() == 1) {
        text.append("<pre>{@code ").append(block.statements().get(0)).append("}</pre>\n");
      } else {
        text.append("<pre>{@code\n");
        block.statements().forEach(statement -> text.append(statement).append('\n'));
        text.append("}</pre>\n");
      }
    }
  }

  /** Prose wrapped at about {@value #WIDTH} columns; an inline tag is never split. */
  static String wrap(String prose) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : words(prose)) {
      if (lineLength > 0 && lineLength + word.length() > WIDTH) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.append('\n').toString();
  }

  /** The words of {@code prose}, split at the spaces outside inline tags ({@code {@link a(B, C)}}). */
  private static List<String> words(String prose) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (char c : prose.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if ((c == ' ' || c == '\n') && depth == 0) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * {@code text} with each character outside ASCII as a Unicode escape. Written out by hand: every
   * DAO's Javadoc passes here, and {@code String.format} per character showed in the processor's
   * profile of a thousand-entity build.
   */
  private static String escapeNonAscii(String text) {
    int first = 0;
    while (first < text.length() && text.charAt(first) < 0x80) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
          out.append(Character.forDigit((c >> shift) & 0xF, 16));
        }
      }
    }
    return out.toString();
  }
}
