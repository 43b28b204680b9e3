package dev.paranoid.processor.read;

import dev.paranoid.processor.model.Callbacks;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Finds the entity's lifecycle methods, superclasses' first, and checks the DAO can call them. */
final class CallbackReader {

  private final Members members;

  CallbackReader(Members members) {
    this.members = members;
  }

  Callbacks read(TypeElement type, List<Diagnostic> out) {
    List<ExecutableElement> methods = new ArrayList<>();
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement current = type; current != null;
        current = members.classOf(current.getSuperclass()).orElse(null)) {
      chain.add(0, current);
    }
    for (TypeElement element : chain) {
      methods.addAll(ElementFilter.methodsIn(element.getEnclosedElements()));
    }
    return new Callbacks(
        named(methods, type, "PrePersist", null, out),
        named(methods, type, "PostPersist", null, out),
        named(methods, type, "PreUpdate", null, out),
        named(methods, type, "PostUpdate", null, out),
        named(methods, type, "PreRemove", null, out),
        named(methods, type, "PostRemove", null, out),
        named(methods, type, null, "dev.paranoid.PreRestore", out),
        named(methods, type, null, "dev.paranoid.PostRestore", out));
  }

  private List<String> named(List<ExecutableElement> methods, TypeElement type, String jpaName,
      String paranoidName, List<Diagnostic> out) {
    List<String> names = new ArrayList<>();
    for (ExecutableElement method : methods) {
      boolean marked = jpaName != null
          ? Annotations.hasJpa(method, jpaName)
          : Annotations.named(method, paranoidName).isPresent();
      if (!marked) {
        continue;
      }
      if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
          || !members.reachable(method, type)) {
        String annotation = jpaName != null
            ? jpaName : paranoidName.substring(paranoidName.lastIndexOf('.') + 1);
        out.add(Diagnostic.on(method, Message.CALLBACK_SHAPE, annotation,
            method.getSimpleName(), type.getSimpleName()));
      } else if (!names.contains(method.getSimpleName().toString())) {
        names.add(method.getSimpleName().toString());
      }
    }
    return List.copyOf(names);
  }
}
