package dev.paranoid.processor.read;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads annotations by name, so the processor needs neither JPA nor Paranoid's annotations on its
 * own classpath. A JPA name matches in {@code jakarta.persistence} and {@code javax.persistence}.
 */
final class Annotations {

  static final String PARANOID = "dev.paranoid.Paranoid";
  static final String DELETED_AT = "dev.paranoid.DeletedAt";
  static final String DELETED_BY = "dev.paranoid.DeletedBy";
  static final String CREATED_AT = "dev.paranoid.CreatedAt";
  static final String UPDATED_AT = "dev.paranoid.UpdatedAt";

  private Annotations() {}

  /** The annotation {@code simpleName} of {@code jakarta.persistence} or {@code javax.persistence}. */
  static Optional<AnnotationMirror> jpa(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (name.equals("jakarta.persistence." + simpleName)
          || name.equals("javax.persistence." + simpleName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static boolean hasJpa(Element element, String simpleName) {
    return jpa(element, simpleName).isPresent();
  }

  static Optional<AnnotationMirror> named(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The attribute's value as written, or empty when the source leaves it at its default. */
  static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** A non-empty String attribute as written. */
  static Optional<String> string(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute)
        .map(value -> String.valueOf(value.getValue()))
        .filter(text -> !text.isEmpty());
  }

  /** A boolean attribute, or {@code otherwise} when left at its default. */
  static boolean bool(AnnotationMirror mirror, String attribute, boolean otherwise) {
    return explicitValue(mirror, attribute)
        .map(value -> (Boolean) value.getValue())
        .orElse(otherwise);
  }

  /** The constant name of an enum attribute as written (e.g. "IDENTITY"), if written. */
  static Optional<String> enumConstant(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute)
        .map(AnnotationValue::getValue)
        .filter(VariableElement.class::isInstance)
        .map(constant -> ((VariableElement) constant).getSimpleName().toString());
  }

  /** The simple name of a {@code jakarta.persistence} or {@code javax.persistence} annotation, or null. */
  static String jpaName(AnnotationMirror mirror) {
    String name = qualifiedName(mirror);
    if (name.startsWith("jakarta.persistence.")) {
      return name.substring("jakarta.persistence.".length());
    }
    if (name.startsWith("javax.persistence.")) {
      return name.substring("javax.persistence.".length());
    }
    return null;
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
