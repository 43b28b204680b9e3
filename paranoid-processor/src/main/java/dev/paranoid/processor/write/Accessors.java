package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.paranoid.processor.model.Access;

/** The code that reads or sets a property, for each way the model says the DAO can reach it. */
final class Accessors {

  private Accessors() {}

  /** An expression reading the property of the local {@code target}. */
  static CodeBlock read(Access access, String target) {
    return read(access, CodeBlock.of("$N", target));
  }

  /** An expression reading the property of the object {@code target} evaluates to. */
  private static CodeBlock read(Access access, CodeBlock target) {
    if (access instanceof Access.Field field) {
      return CodeBlock.of("$L.$N", target, field.name());
    }
    if (access instanceof Access.Bean bean) {
      return CodeBlock.of("$L.$N()", target, bean.getter());
    }
    if (access instanceof Access.Embedded embedded) {
      // a column of a null embedded is NULL
      CodeBlock owner = read(embedded.owner().access(), target);
      return CodeBlock.of("($L == null ? null : $L)", owner, read(embedded.leaf(), owner));
    }
    return CodeBlock.of("$L.$N()", target, ((Access.Component) access).name());
  }

  /** A statement (without its semicolon) setting the property of the local {@code target}. */
  static CodeBlock assign(Access access, String target, CodeBlock value) {
    return assign(access, CodeBlock.of("$N", target), value);
  }

  /** {@link #assign(Access, String, CodeBlock)} on the object {@code target} evaluates to. */
  static CodeBlock assign(Access access, CodeBlock target, CodeBlock value) {
    if (access instanceof Access.Field field) {
      return CodeBlock.of("$L.$N = $L", target, field.name(), value);
    }
    if (access instanceof Access.Bean bean) {
      return CodeBlock.of("$L.$N($L)", target, bean.setter(), value);
    }
    // the reader never lets a record component or an embedded column reach an assignment:
    // records are rebuilt, embeddables are set whole (EmbeddedReads)
    throw new IllegalStateException(access + " cannot be set");
  }
}
