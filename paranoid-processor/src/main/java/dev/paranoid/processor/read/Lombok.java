package dev.paranoid.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Lombok writes accessors into a class while it runs as a processor, so a processor that runs
 * before it finds none. Recognised by name: the processor does not depend on Lombok.
 */
final class Lombok {

  private Lombok() {}

  /**
   * The first {@code lombok.*} annotation on {@code field} or on the class that declares it, in
   * words ("@Data on \"Order\""), when there is one.
   */
  static Optional<String> annotationOn(VariableElement field) {
    return first(field).or(() -> first(field.getEnclosingElement()));
  }

  private static Optional<String> first(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().toString().startsWith("lombok.")) {
        return Optional.of("@" + annotation.getSimpleName() + " on \"" + element.getSimpleName() + "\"");
      }
    }
    return Optional.empty();
  }
}
