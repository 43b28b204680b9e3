package dev.paranoid.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The entities reading one entity looks at, found without reading it: the entity, and through
 * every association the entities it reaches, recursively (a target is read to write an include's
 * reader, a child to write a cascade, and a target's own join columns name its targets' keys),
 * each with its superclasses (mapped fields, accessors, lifecycle methods).
 *
 * <p>Of the entities one DAO's text depends on, this is a superset, never less: it is what
 * {@link MissingTypes} searches, and the generated file's originating elements, so that a build
 * tool or IDE tracking them knows a DAO may change when any of these classes does. The
 * converters (named or auto-applied) and enum types a DAO names are not listed.
 */
final class ReadTypes {

  private final Members members;

  ReadTypes(Members members) {
    this.members = members;
  }

  /** {@code entity} and the entities its associations reach, entity first, each once. */
  List<TypeElement> entities(TypeElement entity) {
    Map<String, TypeElement> reached = new LinkedHashMap<>();
    visit(entity, reached);
    return List.copyOf(reached.values());
  }

  /** {@link #entities} with the superclasses of each, below {@code Object} and {@code Record}. */
  List<TypeElement> withSuperclasses(TypeElement entity) {
    Map<String, TypeElement> all = new LinkedHashMap<>();
    for (TypeElement type : entities(entity)) {
      for (TypeElement current = type; current != null && !isRoot(current);
          current = members.classOf(current.getSuperclass()).orElse(null)) {
        all.putIfAbsent(current.getQualifiedName().toString(), current);
      }
    }
    return new ArrayList<>(all.values());
  }

  private void visit(TypeElement type, Map<String, TypeElement> reached) {
    if (reached.putIfAbsent(type.getQualifiedName().toString(), type) != null) {
      return;
    }
    for (VariableElement field : members.persistentFields(type)) {
      if (isRead(field)) {
        target(field).ifPresent(target -> visit(target, reached));
      }
    }
  }

  /** The fields reading an entity looks at: columns and the collections includes load. */
  static boolean isRead(VariableElement field) {
    return PropertyReader.isMapped(field)
        || (!field.getModifiers().contains(Modifier.STATIC)
            && AssociationReader.inverse(field).isPresent());
  }

  /** The entity an association field reaches: a to-one's type, a to-many's element type. */
  private Optional<TypeElement> target(VariableElement field) {
    if (AssociationReader.inverse(field).isPresent()) {
      return AssociationReader.childType(members, field);
    }
    return PropertyReader.isReference(field)
        ? members.entityTypeOf(field.asType()) : Optional.empty();
  }

  private static boolean isRoot(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return name.equals("java.lang.Object") || name.equals("java.lang.Record");
  }
}
