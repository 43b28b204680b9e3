package dev.paranoid.processor.read;

import dev.paranoid.processor.model.Access;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.TargetModel;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads the association fields includes can load: {@code @OneToMany(mappedBy)} collections and
 * {@code @ManyToOne} / owning {@code @OneToOne} references. Problems are reported on the
 * association annotation.
 */
final class AssociationReader {

  private final Members members;
  private final Types types;
  private final TargetReader targets;

  AssociationReader(Members members, Types types, TargetReader targets) {
    this.members = members;
    this.types = types;
    this.targets = targets;
  }

  List<AssociationModel> read(TypeElement entity, Map<VariableElement, Property> properties,
      Property id, List<Diagnostic> out) {
    List<AssociationModel> associations = new ArrayList<>();
    for (VariableElement field : members.persistentFields(entity)) {
      if (field.getModifiers().contains(Modifier.STATIC)
          || field.getModifiers().contains(Modifier.TRANSIENT)
          || Annotations.hasJpa(field, "Transient")) {
        continue;
      }
      Optional<AnnotationMirror> oneToMany = inverse(field);
      if (oneToMany.isPresent() && entity.getKind() == javax.lang.model.element.ElementKind.RECORD) {
        out.add(Diagnostic.on(field, Message.RECORD_ASSOCIATION, field.getSimpleName(),
            entity.getSimpleName(), entity.getSimpleName()));
      } else if (oneToMany.isPresent()) {
        toMany(entity, field, oneToMany.get(), id, out).ifPresent(associations::add);
      } else if (properties.containsKey(field) && properties.get(field).isReference()) {
        toOne(entity, properties.get(field), out).ifPresent(associations::add);
      }
    }
    return associations;
  }

  private Optional<AssociationModel> toOne(TypeElement entity, Property reference, List<Diagnostic> out) {
    VariableElement field = reference.field();
    TypeElement targetType = (TypeElement) types.asElement(reference.reference().targetType());
    TargetReader.Result target = targets.read(targetType, entity);
    if (target.model().isEmpty()) {
      out.add(onAnnotation(field, annotationOf(field), Message.BAD_TARGET, field.getSimpleName(),
          entity.getSimpleName(), targetType.getSimpleName(), target.problem()));
      return Optional.empty();
    }
    TargetModel model = target.model().get();
    return Optional.of(new AssociationModel(field, reference.name(), reference.access(),
        AssociationModel.Kind.TO_ONE, model, reference.sqlColumn(), model.id().sqlColumn(),
        null, reference, false));
  }

  private Optional<AssociationModel> toMany(TypeElement entity, VariableElement field,
      AnnotationMirror annotation, Property id, List<Diagnostic> out) {
    String name = field.getSimpleName().toString();
    String entityName = entity.getSimpleName().toString();
    boolean one = Annotations.hasJpa(field, "OneToOne");
    AssociationModel.Kind kind = one ? AssociationModel.Kind.INVERSE_ONE
        : collectionKind(field.asType());
    Optional<TypeElement> targetType = childType(members, field);
    if (kind == null || targetType.isEmpty()) {
      out.add(onAnnotation(field, annotation, Message.ASSOCIATION_TYPE, name, entityName, field.asType()));
      return Optional.empty();
    }
    String targetName = targetType.get().getSimpleName().toString();
    Optional<String> mappedBy = Annotations.string(annotation, "mappedBy");
    if (mappedBy.isEmpty()) {
      out.add(onAnnotation(field, annotation, Message.MAPPED_BY_MISSING, name, entityName,
          targetName, Character.toLowerCase(entityName.charAt(0)) + entityName.substring(1)));
      return Optional.empty();
    }
    TargetReader.Result target = targets.read(targetType.get(), entity);
    if (target.model().isEmpty()) {
      out.add(onAnnotation(field, annotation, Message.BAD_TARGET, name, entityName, targetName,
          target.problem()));
      return Optional.empty();
    }
    List<Property> backReferences = target.model().get().properties().stream()
        .filter(Property::isReference)
        .filter(p -> types.isSameType(types.erasure(p.reference().targetType()),
            types.erasure(entity.asType())))
        .toList();
    Optional<Property> back = backReferences.stream()
        .filter(p -> p.name().equals(mappedBy.get()))
        .findFirst();
    if (back.isEmpty()) {
      String candidates = backReferences.isEmpty()
          ? "\"" + targetName + "\" has none; add one, e.g. @ManyToOne "
              + entityName + " " + Character.toLowerCase(entityName.charAt(0)) + entityName.substring(1)
          : "fields that do: " + backReferences.stream().map(p -> "\"" + p.name() + "\"")
              .collect(Collectors.joining(", "));
      out.add(onAnnotation(field, annotation,
          Annotations.explicitValue(annotation, "mappedBy").orElse(null),
          Message.MAPPED_BY_UNKNOWN, mappedBy.get(), name, entityName, targetName, entityName,
          candidates));
      return Optional.empty();
    }
    Optional<Access> access = members.access(field, entity, entity);
    if (access.isEmpty()) {
      String type = types.asElement(field.asType()).getSimpleName() + "<" + targetName + ">";
      out.add(PropertyReader.inaccessible(field, entityName, type));
      return Optional.empty();
    }
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(new AssociationModel(field, name, access.get(), kind, target.model().get(),
        id.sqlColumn(), back.get().sqlColumn(), back.get(), null, cascadesRemove(annotation)));
  }

  private static AssociationModel.Kind collectionKind(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    String raw = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    return switch (raw) {
      case "java.util.List" -> AssociationModel.Kind.LIST;
      case "java.util.Set" -> AssociationModel.Kind.SET;
      case "java.util.Collection" -> AssociationModel.Kind.COLLECTION;
      default -> null;
    };
  }

  /**
   * The annotation of an association whose child holds the join column: a {@code @OneToMany}, or
   * an inverse {@code @OneToOne(mappedBy)}.
   */
  static Optional<AnnotationMirror> inverse(VariableElement field) {
    return Annotations.jpa(field, "OneToMany").or(() -> Annotations.jpa(field, "OneToOne")
        .filter(mirror -> Annotations.string(mirror, "mappedBy").isPresent()));
  }

  /** The child entity of an inverse association: the collection's element, or the field's type. */
  static Optional<TypeElement> childType(Members members, VariableElement field) {
    return Annotations.hasJpa(field, "OneToMany") ? elementType(members, field.asType())
        : members.entityTypeOf(field.asType());
  }

  /** The element class of a one-type-argument collection type. */
  static Optional<TypeElement> elementType(Members members, TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED || ((DeclaredType) type).getTypeArguments().size() != 1) {
      return Optional.empty();
    }
    return members.entityTypeOf(((DeclaredType) type).getTypeArguments().get(0));
  }

  static boolean cascadesRemove(AnnotationMirror annotation) {
    Optional<AnnotationValue> cascade = Annotations.explicitValue(annotation, "cascade");
    if (cascade.isEmpty()) {
      return false;
    }
    Object value = cascade.get().getValue();
    List<?> values = value instanceof List<?> list ? list : List.of(cascade.get());
    for (Object item : values) {
      Object constant = ((AnnotationValue) item).getValue();
      String text = constant instanceof VariableElement e ? e.getSimpleName().toString() : "";
      if (text.equals("REMOVE") || text.equals("ALL")) {
        return true;
      }
    }
    return false;
  }

  private static AnnotationMirror annotationOf(VariableElement field) {
    return Annotations.jpa(field, "ManyToOne").or(() -> Annotations.jpa(field, "OneToOne"))
        .orElse(null);
  }

  private static Diagnostic onAnnotation(VariableElement field, AnnotationMirror annotation,
      Message message, Object... arguments) {
    return onAnnotation(field, annotation, null, message, arguments);
  }

  private static Diagnostic onAnnotation(VariableElement field, AnnotationMirror annotation,
      AnnotationValue value, Message message, Object... arguments) {
    return annotation == null
        ? Diagnostic.on(field, message, arguments)
        : Diagnostic.onAnnotation(field, annotation, value, message, arguments);
  }
}
