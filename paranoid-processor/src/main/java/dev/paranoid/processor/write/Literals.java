package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.paranoid.processor.model.ValueKind;

/** Java literals the generated code writes for values of a kind. */
final class Literals {

  private Literals() {}

  /** The value a primitive field of this kind gets for SQL NULL (JDBC's convention). */
  static CodeBlock primitiveDefault(ValueKind kind) {
    return switch (kind) {
      case LONG -> CodeBlock.of("0L");
      case INT -> CodeBlock.of("0");
      case SHORT -> CodeBlock.of("(short) 0");
      case BYTE -> CodeBlock.of("(byte) 0");
      case BOOLEAN -> CodeBlock.of("false");
      case DOUBLE -> CodeBlock.of("0.0");
      case FLOAT -> CodeBlock.of("0.0f");
      case CHAR -> CodeBlock.of("'\\0'");
      default -> throw new IllegalArgumentException(kind + " has no primitive type");
    };
  }

  /** The version a new row gets when its entity has none yet (a null wrapper). */
  static CodeBlock initialVersion(ValueKind kind) {
    return primitiveDefault(kind);
  }

  /** The version after {@code version}: one more, of the same type. */
  static CodeBlock nextVersion(ValueKind kind, String version) {
    return kind == ValueKind.SHORT
        ? CodeBlock.of("(short) ($N + 1)", version) : CodeBlock.of("$N + 1", version);
  }
}
