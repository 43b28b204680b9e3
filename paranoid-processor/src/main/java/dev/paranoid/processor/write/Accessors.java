package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.paranoid.processor.model.Access;

/** The code that reads or sets a property, for each way the model says the DAO can reach it. */
final class Accessors {

  private Accessors() {}

  /** An expression reading the property of the local {@code target}. */
  static CodeBlock read(Access access, String target) {
    if (access instanceof Access.Field field) {
      return CodeBlock.of("$N.$N", target, field.name());
    }
    if (access instanceof Access.Bean bean) {
      return CodeBlock.of("$N.$N()", target, bean.getter());
    }
    return CodeBlock.of("$N.$N()", target, ((Access.Component) access).name());
  }

  /** A statement (without its semicolon) setting the property of the local {@code target}. */
  static CodeBlock assign(Access access, String target, CodeBlock value) {
    if (access instanceof Access.Field field) {
      return CodeBlock.of("$N.$N = $L", target, field.name(), value);
    }
    if (access instanceof Access.Bean bean) {
      return CodeBlock.of("$N.$N($L)", target, bean.setter(), value);
    }
    // the reader never lets a record component reach an assignment: records are rebuilt
    throw new IllegalStateException("record component " + ((Access.Component) access).name()
        + " cannot be set");
  }
}
