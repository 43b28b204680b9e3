package dev.paranoid.processor.read;

import dev.paranoid.processor.model.Access;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What generated code, which lives in the entity's package, can reach: fields, JavaBean accessors
 * and constructors.
 *
 * <p>A type's members are scanned once and kept for the round (a reader lives for one round; an
 * element does not outlive it): an entity is read as itself and again as the target of each
 * association and cascade that reaches it, and each of its fields asks for up to three accessors,
 * so scanning {@link Elements#getAllMembers} per accessor made reading the model a quarter of the
 * processor's time on large code bases (issue 15).
 */
final class Members {

  private final Elements elements;
  private final Types types;
  /** Per class, its non-static methods, inherited ones included, by name, in scan order. */
  private final Map<TypeElement, Map<String, List<ExecutableElement>>> methods = new HashMap<>();
  /** Per class, what {@link #persistentFields} answers. */
  private final Map<TypeElement, List<VariableElement>> fields = new HashMap<>();

  Members(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  Types types() {
    return types;
  }

  /** The class's fields and those of its {@code @MappedSuperclass} ancestors, ancestors first. */
  List<VariableElement> persistentFields(TypeElement type) {
    return fields.computeIfAbsent(type, this::scanFields);
  }

  private List<VariableElement> scanFields(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement current = type; current != null; current = mappedSuperclass(current)) {
      chain.add(0, current);
    }
    List<VariableElement> found = new ArrayList<>();
    for (TypeElement element : chain) {
      found.addAll(ElementFilter.fieldsIn(element.getEnclosedElements()));
    }
    return List.copyOf(found);
  }

  /**
   * How a DAO in {@code from}'s package reads and writes {@code field} of an {@code owner}
   * instance, if it can.
   */
  Optional<Access> access(VariableElement field, TypeElement owner, TypeElement from) {
    if (owner.getKind() == ElementKind.RECORD) {
      // a record component's field is private final: read it through its accessor
      String component = field.getSimpleName().toString();
      return method(owner, from, component, field.asType(), null)
          .map(accessor -> new Access.Component(component));
    }
    if (reachable(field, from)) {
      return Optional.of(new Access.Field(field.getSimpleName().toString()));
    }
    String name = field.getSimpleName().toString();
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    TypeMirror type = field.asType();
    Optional<ExecutableElement> getter = method(owner, from, "get" + suffix, type, null);
    if (getter.isEmpty() && type.getKind() == TypeKind.BOOLEAN) {
      getter = method(owner, from, "is" + suffix, type, null);
    }
    Optional<ExecutableElement> setter = method(owner, from, "set" + suffix, null, type);
    if (getter.isPresent() && setter.isPresent()) {
      return Optional.of(new Access.Bean(
          getter.get().getSimpleName().toString(), setter.get().getSimpleName().toString()));
    }
    return Optional.empty();
  }

  /** Whether {@code type} has a no-argument constructor that code in {@code from}'s package may call. */
  boolean hasUsableConstructor(TypeElement type, TypeElement from) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && reachable(constructor, from)) {
        return true;
      }
    }
    return false;
  }

  /** The class or record a type names: what a collection of entities may hold. */
  Optional<TypeElement> entityTypeOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.RECORD
        ? Optional.of((TypeElement) element) : Optional.empty();
  }

  /** The class a declared type names, when it is one. */
  Optional<TypeElement> classOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.CLASS
        ? Optional.of((TypeElement) element) : Optional.empty();
  }

  boolean reachable(Element member, TypeElement from) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    if (member.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    return elements.getPackageOf(member).equals(elements.getPackageOf(from));
  }

  private Optional<ExecutableElement> method(
      TypeElement owner, TypeElement from, String name, TypeMirror returns, TypeMirror parameter) {
    for (ExecutableElement method : methodsNamed(owner, name)) {
      if (!reachable(method, from)) {
        continue;
      }
      boolean matches = returns != null
          ? method.getParameters().isEmpty() && types.isSameType(method.getReturnType(), returns)
          : method.getParameters().size() == 1
              && types.isSameType(method.getParameters().get(0).asType(), parameter);
      if (matches) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /** {@code owner}'s non-static methods named {@code name}, in {@code getAllMembers} order. */
  private List<ExecutableElement> methodsNamed(TypeElement owner, String name) {
    return methods.computeIfAbsent(owner, this::scanMethods).getOrDefault(name, List.of());
  }

  private Map<String, List<ExecutableElement>> scanMethods(TypeElement owner) {
    Map<String, List<ExecutableElement>> byName = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
      if (!method.getModifiers().contains(Modifier.STATIC)) {
        byName.computeIfAbsent(method.getSimpleName().toString(), key -> new ArrayList<>())
            .add(method);
      }
    }
    return byName;
  }

  private TypeElement mappedSuperclass(TypeElement type) {
    return classOf(type.getSuperclass())
        .filter(superclass -> Annotations.hasJpa(superclass, "MappedSuperclass"))
        .orElse(null);
  }
}
