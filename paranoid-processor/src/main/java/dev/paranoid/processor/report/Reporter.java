package dev.paranoid.processor.report;

import java.util.Collection;
import javax.annotation.processing.Messager;

/** Hands diagnostics to javac; the only class that knows the {@link Messager}. */
public final class Reporter {

  private final Messager messager;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Diagnostic diagnostic) {
    if (diagnostic.element() == null) {
      messager.printMessage(diagnostic.message().kind(), diagnostic.text());
    } else if (diagnostic.annotation() == null) {
      messager.printMessage(diagnostic.message().kind(), diagnostic.text(), diagnostic.element());
    } else if (diagnostic.value() == null) {
      messager.printMessage(
          diagnostic.message().kind(), diagnostic.text(), diagnostic.element(), diagnostic.annotation());
    } else {
      messager.printMessage(diagnostic.message().kind(), diagnostic.text(),
          diagnostic.element(), diagnostic.annotation(), diagnostic.value());
    }
  }

  public void reportAll(Collection<Diagnostic> diagnostics) {
    diagnostics.forEach(this::report);
  }
}
