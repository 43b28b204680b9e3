package dev.paranoid.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The entities reading one entity looks at, found without reading it: the entity; down its
 * cascades ({@code cascade = REMOVE/ALL} on a {@code @OneToMany} or inverse {@code @OneToOne}),
 * every level, since the DAO's cascade SQL names each level's table and columns; and from each of
 * these, two association steps further (an include's target is read to write its reader, and
 * that target's join columns name the key of the target's own targets). Each comes with its
 * superclasses (mapped fields, accessors, lifecycle methods).
 *
 * <p>Bounded on purpose: following every association to its end would reach the whole connected
 * entity graph from each entity, which in a code base where everything refers to a {@code User}
 * makes the search quadratic in the number of entities, for types no DAO reads. It is what
 * {@link MissingTypes} searches, and the generated file's originating elements, so that a build
 * tool or IDE tracking them knows a DAO may change when any of these classes does. The
 * converters (named or auto-applied) and enum types a DAO names are not listed.
 */
final class ReadTypes {

  /**
   * How many association steps from an entity or one of its cascade levels are read: the target
   * (its columns) and the target's targets (their keys).
   */
  private static final int STEPS = 2;

  private final Members members;
  /**
   * Per entity, what {@link #entities} answers: asked for the missing-type search and again for
   * the originating elements of its DAO, within the round the reader lives for.
   */
  private final Map<TypeElement, List<TypeElement>> reachedFrom = new HashMap<>();

  ReadTypes(Members members) {
    this.members = members;
  }

  /** {@code entity} and the entities reading it reaches, entity first, each once. */
  List<TypeElement> entities(TypeElement entity) {
    return reachedFrom.computeIfAbsent(entity, from -> {
      Map<String, TypeElement> reached = new LinkedHashMap<>();
      visit(from, 0, reached, new HashMap<>());
      return List.copyOf(reached.values());
    });
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

  /**
   * Adds {@code type}, reached after {@code steps} association steps, and what it reaches; a type
   * reached again in fewer steps is followed again, further.
   */
  private void visit(TypeElement type, int steps, Map<String, TypeElement> reached,
      Map<String, Integer> fewestSteps) {
    String name = type.getQualifiedName().toString();
    Integer before = fewestSteps.get(name);
    if (before != null && before <= steps) {
      return;
    }
    fewestSteps.put(name, steps);
    reached.putIfAbsent(name, type);
    for (VariableElement field : members.persistentFields(type)) {
      if (!isRead(field)) {
        continue;
      }
      boolean cascade = AssociationReader.inverse(field)
          .filter(AssociationReader::cascadesRemove).isPresent();
      if (cascade || steps < STEPS) {
        int next = cascade ? steps : steps + 1;
        target(field).ifPresent(target -> visit(target, next, reached, fewestSteps));
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
