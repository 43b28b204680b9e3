package dev.paranoid.processor.read;

import dev.paranoid.processor.model.CascadeModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.TargetModel;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/**
 * Follows {@code @OneToMany(mappedBy, cascade = REMOVE or ALL)} from an entity down to the leaves,
 * so that the DAO can cascade a soft destroy, restore or force destroy in set-based statements.
 * A cycle is an error: a cascade must end.
 */
final class CascadeReader {

  private final Members members;
  private final Types types;
  private final TargetReader targets;

  CascadeReader(Members members, Types types, TargetReader targets) {
    this.members = members;
    this.types = types;
    this.targets = targets;
  }

  List<CascadeModel> read(TypeElement entity, Property id, List<Diagnostic> out) {
    List<TypeElement> path = new ArrayList<>(List.of(entity));
    List<CascadeModel> cascades = new ArrayList<>();
    for (VariableElement field : cascadingFields(entity)) {
      level(entity, field, id.sqlColumn(), entity, path, field, out).ifPresent(cascades::add);
    }
    return cascades;
  }

  private Optional<CascadeModel> level(TypeElement parent, VariableElement field, String parentKey,
      TypeElement from, List<TypeElement> path, VariableElement top, List<Diagnostic> out) {
    AnnotationMirror annotation = AssociationReader.inverse(field).orElseThrow();
    Optional<TypeElement> childType = AssociationReader.childType(members, field);
    Optional<String> mappedBy = Annotations.string(annotation, "mappedBy");
    if (childType.isEmpty() || mappedBy.isEmpty()) {
      return Optional.empty(); // reported as an association problem of its own entity
    }
    TypeElement child = childType.get();
    if (path.contains(child)) {
      List<TypeElement> cycle = new ArrayList<>(path.subList(path.indexOf(child), path.size()));
      cycle.add(child);
      out.add(Diagnostic.onAnnotation(top, AssociationReader.inverse(top).orElseThrow(), null,
          Message.CASCADE_CYCLE, top.getSimpleName(), path.get(0).getSimpleName(),
          child.getSimpleName(), cycle.stream().map(t -> t.getSimpleName().toString())
              .collect(Collectors.joining(" -> "))));
      return Optional.empty();
    }
    TargetReader.Result read = targets.read(child, from);
    if (read.model().isEmpty()) {
      if (field != top) {
        out.add(Diagnostic.on(top, Message.BAD_TARGET, top.getSimpleName(),
            path.get(0).getSimpleName(), child.getSimpleName(), read.problem()));
      }
      return Optional.empty();
    }
    TargetModel target = read.model().get();
    Optional<Property> back = target.properties().stream()
        .filter(p -> p.isReference() && p.name().equals(mappedBy.get()))
        .filter(p -> types.isSameType(types.erasure(p.reference().targetType()),
            types.erasure(parent.asType())))
        .findFirst();
    if (back.isEmpty()) {
      return Optional.empty(); // reported by the association reader of the entity that declares it
    }
    List<TypeElement> deeper = new ArrayList<>(path);
    deeper.add(child);
    List<CascadeModel> children = new ArrayList<>();
    for (VariableElement grandchild : cascadingFields(child)) {
      level(child, grandchild, target.id().sqlColumn(), from, deeper, top, out)
          .ifPresent(children::add);
    }
    Optional<Property> version = target.properties().stream()
        .filter(property -> Annotations.hasJpa(property.field(), "Version"))
        .findFirst();
    Optional<Property> deletedBy = target.properties().stream()
        .filter(property -> Annotations.named(property.field(), Annotations.DELETED_BY).isPresent())
        .findFirst();
    return Optional.of(new CascadeModel(field.getSimpleName().toString(), target.table(),
        target.id().sqlColumn(), back.get().sqlColumn(), parentKey, target.deletedAt(), deletedBy,
        version, children));
  }

  private List<VariableElement> cascadingFields(TypeElement type) {
    return members.persistentFields(type).stream()
        .filter(field -> AssociationReader.inverse(field)
            .filter(AssociationReader::cascadesRemove)
            .isPresent())
        .toList();
  }
}
