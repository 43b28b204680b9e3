package dev.paranoid.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Finds the types an entity's mapping needs that javac does not know (yet): {@link TypeKind#ERROR}.
 * Another processor of the same build may generate them in a later round, so such an entity is
 * read again later instead of being reported as unmappable (as AutoValue and MapStruct do).
 *
 * <p>Everything reading the entity looks at is searched: for each entity {@link ReadTypes} lists
 * (the entity, its cascade levels, two association steps from each), the superclass chain (mapped
 * fields and lifecycle methods) and the mapped and association fields with their type arguments.
 * So an entity that reaches a waiting entity waits too.
 */
final class MissingTypes {

  private final Members members;
  private final ReadTypes readTypes;

  MissingTypes(Members members, ReadTypes readTypes) {
    this.members = members;
    this.readTypes = readTypes;
  }

  /** The missing types {@code entity}'s DAO depends on, each on the element that names it. */
  List<MissingType> of(TypeElement entity) {
    // a field of a mapped superclass two reached entities share is named once
    Set<MissingType> missing = new LinkedHashSet<>();
    for (TypeElement type : readTypes.entities(entity)) {
      search(type, missing);
    }
    return new ArrayList<>(missing);
  }

  private void search(TypeElement type, Set<MissingType> missing) {
    for (TypeElement current = type; current != null; ) {
      TypeMirror superclass = current.getSuperclass();
      Optional<String> absent = firstError(superclass);
      if (absent.isPresent()) {
        missing.add(new MissingType(current, absent.get(),
            "the extends clause of \"" + current.getSimpleName() + "\""));
      }
      current = members.classOf(superclass).orElse(null);
    }
    for (VariableElement field : members.persistentFields(type)) {
      if (!ReadTypes.isRead(field)) {
        continue;
      }
      firstError(field.asType()).ifPresent(absent -> missing.add(new MissingType(field, absent,
          "field \"" + field.getSimpleName() + "\" of \""
              + field.getEnclosingElement().getSimpleName() + "\"")));
    }
  }

  /** The first unknown type in {@code type}, its type arguments or its array components. */
  private static Optional<String> firstError(TypeMirror type) {
    if (type == null) {
      return Optional.empty();
    }
    switch (type.getKind()) {
      case ERROR:
        return Optional.of(type.toString());
      case ARRAY:
        return firstError(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return firstError(wildcard.getExtendsBound()).or(() -> firstError(wildcard.getSuperBound()));
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          Optional<String> absent = firstError(argument);
          if (absent.isPresent()) {
            return absent;
          }
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }
}
