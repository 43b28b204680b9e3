package dev.paranoid.processor.report;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One problem found in the user's code, located as precisely as possible: the element, and when an
 * annotation attribute is at fault, its mirror and value.
 */
public record Diagnostic(
    Message message,
    Element element,
    AnnotationMirror annotation,
    AnnotationValue value,
    String text) {

  public static Diagnostic on(Element element, Message message, Object... arguments) {
    return new Diagnostic(message, element, null, null, message.format(arguments));
  }

  public static Diagnostic onAnnotation(
      Element element, AnnotationMirror annotation, AnnotationValue value,
      Message message, Object... arguments) {
    return new Diagnostic(message, element, annotation, value, message.format(arguments));
  }

  public boolean isError() {
    return message.kind() == javax.tools.Diagnostic.Kind.ERROR;
  }
}
