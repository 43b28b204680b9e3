package dev.paranoid.processor.read;

import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.Callbacks;
import dev.paranoid.processor.model.CascadeModel;
import dev.paranoid.processor.model.ComponentModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Naming;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.ValueKind;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Paranoid} class into an {@link EntityModel}, collecting every problem it finds
 * rather than stopping at the first. Knows neither JavaPoet nor the Messager.
 */
public final class EntityReader {

  private static final Set<ValueKind> GENERATED_KEY_KINDS =
      EnumSet.of(ValueKind.LONG, ValueKind.INT, ValueKind.SHORT);

  private final Elements elements;
  private final Members members;
  private final PropertyReader properties;
  private final EmbeddedReader embeddeds;
  private final AssociationReader associations;
  private final CascadeReader cascades;
  private final CallbackReader callbacks;
  private final ReadTypes readTypes;
  private final MissingTypes missingTypes;
  private final Naming naming;
  private final ComponentModel defaultComponentModel;

  public EntityReader(Elements elements, Types types, Naming naming, ComponentModel componentModel,
      AutoApplyConverters autoApply) {
    this.elements = elements;
    this.defaultComponentModel = componentModel;
    this.members = new Members(elements, types);
    this.properties = new PropertyReader(members, naming, autoApply);
    this.embeddeds = new EmbeddedReader(members, properties);
    TargetReader targets = new TargetReader(members, properties, embeddeds, naming);
    this.associations = new AssociationReader(members, types, targets);
    this.cascades = new CascadeReader(members, types, targets);
    this.callbacks = new CallbackReader(members);
    this.readTypes = new ReadTypes(members);
    this.missingTypes = new MissingTypes(members, readTypes);
    this.naming = naming;
  }

  /**
   * The types {@code type}'s DAO needs that do not exist yet: while there are any, reading it would
   * report them as unmappable, though another processor may still generate them.
   */
  public List<MissingType> missingTypes(TypeElement type) {
    return missingTypes.of(type);
  }

  /**
   * The entities reading {@code type} looks at: it, the entities its associations reach
   * (recursively), and their superclasses. The entities its DAO's text may depend on, so the
   * generated file's originating elements.
   */
  public List<TypeElement> readTypes(TypeElement type) {
    return readTypes.withSuperclasses(type);
  }

  public ReadResult read(TypeElement type) {
    List<Diagnostic> out = new ArrayList<>();
    if (!checkShape(type, out)) {
      return new ReadResult(Optional.empty(), out);
    }
    String entityName = type.getSimpleName().toString();
    boolean record = type.getKind() == ElementKind.RECORD;
    if (!record && !members.hasUsableConstructor(type, type)) {
      out.add(Diagnostic.on(type, Message.NO_CONSTRUCTOR, entityName, entityName));
    }

    List<VariableElement> declared = members.persistentFields(type);
    Set<VariableElement> refused = MappingSupport.check(type, declared, out);
    List<VariableElement> fields = declared.stream()
        .filter(field -> !refused.contains(field))
        .filter(PropertyReader::isMapped)
        .toList();
    Map<VariableElement, String> roles = new LinkedHashMap<>();
    VariableElement deletedField = timestampField(fields, Annotations.DELETED_AT, "DeletedAt", "deletedAt", type, roles, out);
    VariableElement createdField = timestampField(fields, Annotations.CREATED_AT, "CreatedAt", "createdAt", type, roles, out);
    VariableElement updatedField = timestampField(fields, Annotations.UPDATED_AT, "UpdatedAt", "updatedAt", type, roles, out);
    if (deletedField == null) {
      out.add(Diagnostic.on(type, Message.NO_DELETED_AT, entityName));
    }

    Map<VariableElement, Property> read = new LinkedHashMap<>();
    // every column in field order: an embedded field's columns stand where the field does
    List<Property> columns = new ArrayList<>();
    for (VariableElement field : fields) {
      if (EmbeddedReader.isEmbedded(field)) {
        embeddeds.read(field, type, type, roles.get(field), out).ifPresent(columns::addAll);
        continue;
      }
      properties.read(field, type, roles.get(field), out).ifPresent(property -> {
        read.put(field, property);
        columns.add(property);
      });
    }

    Property id = readId(type, fields, read, out);
    boolean generatedId = id != null && isGenerated(id, type, out);
    for (VariableElement timestamp : roles.keySet()) {
      if (id != null && timestamp.equals(id.field())) {
        out.add(Diagnostic.on(timestamp, Message.TIMESTAMP_IS_KEY, id.name(), entityName));
      }
    }

    List<AssociationModel> loaded = associations.read(type, read, id, out);
    if (record) {
      // a to-one include cannot set a record component; the join column itself still works
      for (AssociationModel toOne : loaded) {
        if (!toOne.access().isWritable()) {
          out.add(Diagnostic.on(toOne.field(), Message.RECORD_INCLUDE, toOne.name(), entityName,
              toOne.target().element().getSimpleName(), toOne.reference().name()));
        }
      }
      loaded = loaded.stream().filter(association -> association.access().isWritable()).toList();
    }
    EmbeddedChecks.check(type, columns, loaded, out);
    List<CascadeModel> cascading = id == null ? List.of() : cascades.read(type, id, out);
    Property version = readVersion(type, read, out);
    Property deletedBy = readDeletedBy(type, read, id, version, roles, out);
    Callbacks lifecycle = callbacks.read(type, out);
    ComponentModel component = componentModel(type, out);

    AnnotationMirror tableAnnotation = Annotations.jpa(type, "Table").orElse(null);
    String table = Optional.ofNullable(tableAnnotation)
        .flatMap(mirror -> Annotations.string(mirror, "name"))
        .orElseGet(() -> naming.apply(entityName));
    PropertyReader.checkIdentifier(type, tableAnnotation, table, "table", entityName, out);
    List<List<String>> uniqueKeys = uniqueKeys(type, tableAnnotation, columns, out);

    if (out.stream().anyMatch(Diagnostic::isError)) {
      return new ReadResult(Optional.empty(), out);
    }
    EntityModel model = new EntityModel(
        type,
        elements.getPackageOf(type).getQualifiedName().toString(),
        daoName(type),
        Identifiers.sql(table),
        id,
        generatedId,
        columns,
        read.get(deletedField),
        Optional.ofNullable(deletedBy),
        Optional.ofNullable(createdField).map(read::get),
        Optional.ofNullable(updatedField).map(read::get),
        loaded,
        uniqueKeys,
        cascading,
        Optional.ofNullable(version),
        lifecycle,
        component,
        record);
    out.addAll(EntityChecks.check(model));
    if (out.stream().anyMatch(Diagnostic::isError)) {
      return new ReadResult(Optional.empty(), out);
    }
    return new ReadResult(Optional.of(model), out);
  }

  /** The entity's {@code @Paranoid(componentModel)}, else the processor option's. */
  private ComponentModel componentModel(TypeElement type, List<Diagnostic> out) {
    AnnotationMirror paranoid = Annotations.named(type, Annotations.PARANOID).orElseThrow();
    Optional<javax.lang.model.element.AnnotationValue> written =
        Annotations.explicitValue(paranoid, "componentModel");
    ComponentModel model = defaultComponentModel;
    if (written.isPresent() && !String.valueOf(written.get().getValue()).isBlank()) {
      model = ComponentModel.fromValue(String.valueOf(written.get().getValue()));
      if (model == null) {
        out.add(Diagnostic.onAnnotation(type, paranoid, written.get(),
            Message.COMPONENT_MODEL_UNKNOWN, written.get().getValue(), type.getSimpleName(),
            ComponentModel.choices()));
        return ComponentModel.DEFAULT;
      }
    }
    List<String> missing = model.requiredTypes().stream()
        .filter(name -> elements.getTypeElement(name) == null)
        .toList();
    if (!missing.isEmpty()) {
      out.add(written.isPresent()
          ? Diagnostic.onAnnotation(type, paranoid, written.get(), Message.COMPONENT_MODEL_MISSING,
              model.value(), type.getSimpleName(), String.join(", ", missing), model.dependency())
          : Diagnostic.on(type, Message.COMPONENT_MODEL_MISSING, model.value(),
              type.getSimpleName(), String.join(", ", missing), model.dependency()));
      return ComponentModel.DEFAULT;
    }
    return model;
  }

  /** The {@code @DeletedBy} property: a nullable value of its own, at most one. */
  private static Property readDeletedBy(TypeElement type, Map<VariableElement, Property> read,
      Property id, Property version, Map<VariableElement, String> roles, List<Diagnostic> out) {
    Property found = null;
    for (Property property : read.values()) {
      if (Annotations.named(property.field(), Annotations.DELETED_BY).isEmpty()) {
        continue;
      }
      if (found != null) {
        out.add(Diagnostic.on(property.field(), Message.DELETED_BY_TWICE, type.getSimpleName(),
            found.name(), property.name()));
        continue;
      }
      String role = property == id ? "@Id" : property == version ? "@Version"
          : roles.get(property.field());
      if (role != null) {
        out.add(Diagnostic.on(property.field(), Message.DELETED_BY_ROLE, property.name(),
            type.getSimpleName(), role));
      } else if (property.isReference() || property.isPrimitive() || property.kind().isEnum()) {
        out.add(Diagnostic.on(property.field(), Message.DELETED_BY_TYPE, property.name(),
            type.getSimpleName(), property.type()));
      }
      found = property;
    }
    return found;
  }

  private static Property readVersion(
      TypeElement type, Map<VariableElement, Property> read, List<Diagnostic> out) {
    for (Property property : read.values()) {
      if (Annotations.hasJpa(property.field(), "Version")) {
        if (property.isReference() || !GENERATED_KEY_KINDS.contains(property.kind())) {
          out.add(Diagnostic.on(property.field(), Message.VERSION_TYPE, property.name(),
              type.getSimpleName(), property.type()));
          return null;
        }
        return property;
      }
    }
    return null;
  }

  /** {@code @Column(unique = true)} columns, then {@code @Table(uniqueConstraints)} groups. */
  private static List<List<String>> uniqueKeys(TypeElement type, AnnotationMirror table,
      java.util.Collection<Property> properties, List<Diagnostic> out) {
    List<List<String>> keys = new ArrayList<>();
    Map<String, Property> byColumn = new LinkedHashMap<>();
    for (Property property : properties) {
      byColumn.putIfAbsent(property.column().toLowerCase(java.util.Locale.ROOT), property);
      if (property.facts().unique()) {
        keys.add(List.of(property.sqlColumn()));
      }
    }
    if (table == null) {
      return keys;
    }
    Optional<javax.lang.model.element.AnnotationValue> constraints =
        Annotations.explicitValue(table, "uniqueConstraints");
    if (constraints.isEmpty()) {
      return keys;
    }
    for (Object item : (List<?>) constraints.get().getValue()) {
      AnnotationMirror constraint =
          (AnnotationMirror) ((javax.lang.model.element.AnnotationValue) item).getValue();
      Optional<javax.lang.model.element.AnnotationValue> names =
          Annotations.explicitValue(constraint, "columnNames");
      List<String> key = new ArrayList<>();
      for (Object name : names.map(v -> (List<?>) v.getValue()).orElse(List.of())) {
        javax.lang.model.element.AnnotationValue value = (javax.lang.model.element.AnnotationValue) name;
        Property property = byColumn.get(String.valueOf(value.getValue()).toLowerCase(java.util.Locale.ROOT));
        if (property == null) {
          out.add(Diagnostic.onAnnotation(type, table, value, Message.UNKNOWN_UNIQUE_COLUMN,
              type.getSimpleName(), value.getValue(), byColumn.keySet()));
        } else {
          key.add(property.sqlColumn());
        }
      }
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** Reports what makes the class itself unusable; false means nothing more can be read. */
  private boolean checkShape(TypeElement type, List<Diagnostic> out) {
    String name = type.getSimpleName().toString();
    ElementKind kind = type.getKind();
    if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
      String what = switch (kind) {
        case INTERFACE -> "the interface";
        case ENUM -> "the enum";
        case ANNOTATION_TYPE -> "the annotation type";
        default -> "the " + kind.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      };
      out.add(Diagnostic.on(type, Message.WRONG_KIND, what, name));
    } else if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      out.add(Diagnostic.on(type, Message.WRONG_KIND, "the abstract class", name));
    } else if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      out.add(Diagnostic.on(type, Message.NESTED_NOT_STATIC, name));
    } else if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      out.add(Diagnostic.on(type, Message.NESTED_NOT_STATIC, name));
    } else if (isPrivate(type)) {
      out.add(Diagnostic.on(type, Message.NOT_ACCESSIBLE_CLASS, name));
    } else if (!type.getTypeParameters().isEmpty()) {
      out.add(Diagnostic.on(type, Message.GENERIC_CLASS, name));
    }
    return out.isEmpty();
  }

  private static boolean isPrivate(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The field of a managed timestamp: the one annotated {@code annotation}, else the mapped field
   * named {@code conventionalName}; null when there is none.
   */
  private VariableElement timestampField(List<VariableElement> fields, String annotation,
      String annotationName, String conventionalName, TypeElement type,
      Map<VariableElement, String> roles, List<Diagnostic> out) {
    List<VariableElement> annotated = fields.stream()
        .filter(field -> Annotations.named(field, annotation).isPresent())
        .toList();
    for (VariableElement extra : annotated.subList(Math.min(1, annotated.size()), annotated.size())) {
      out.add(Diagnostic.on(extra, Message.DUPLICATE_TIMESTAMP, extra.getSimpleName(),
          type.getSimpleName(), annotationName, annotated.get(0).getSimpleName()));
    }
    VariableElement chosen = !annotated.isEmpty() ? annotated.get(0) : fields.stream()
        .filter(field -> field.getSimpleName().contentEquals(conventionalName))
        .filter(field -> !roles.containsKey(field))
        .findFirst()
        .orElse(null);
    if (chosen != null) {
      roles.putIfAbsent(chosen, annotated.isEmpty() ? "\"" + conventionalName + "\"" : "@" + annotationName);
    }
    return chosen;
  }

  private Property readId(TypeElement type, List<VariableElement> fields,
      Map<VariableElement, Property> read, List<Diagnostic> out) {
    String entityName = type.getSimpleName().toString();
    List<VariableElement> ids = fields.stream()
        .filter(field -> Annotations.hasJpa(field, "Id") || Annotations.hasJpa(field, "EmbeddedId"))
        .toList();
    boolean embedded = ids.stream().anyMatch(field -> Annotations.hasJpa(field, "EmbeddedId"));
    if (ids.size() > 1 || embedded || Annotations.hasJpa(type, "IdClass")) {
      String names = ids.stream().map(f -> "\"" + f.getSimpleName() + "\"")
          .collect(Collectors.joining(", "));
      out.add(Diagnostic.on(type, Message.COMPOSITE_KEY, entityName,
          names.isEmpty() ? "@IdClass" : names));
      if (ids.size() == 2 && ids.stream().allMatch(PropertyReader::isReference)) {
        out.add(Diagnostic.on(type, Message.JOIN_TABLE, entityName,
            "its key is made of the foreign keys " + names));
      }
      return null;
    }
    if (ids.isEmpty()) {
      out.add(Diagnostic.on(type, Message.NO_ID, entityName));
      return null;
    }
    return read.get(ids.get(0));
  }

  private boolean isGenerated(Property id, TypeElement type, List<Diagnostic> out) {
    Optional<AnnotationMirror> generated = Annotations.jpa(id.field(), "GeneratedValue");
    if (generated.isEmpty()) {
      return false;
    }
    Optional<String> strategy = Annotations.enumConstant(generated.get(), "strategy");
    if (strategy.isPresent() && !strategy.get().equals("IDENTITY") && !strategy.get().equals("AUTO")) {
      out.add(Diagnostic.onAnnotation(id.field(), generated.get(),
          Annotations.explicitValue(generated.get(), "strategy").orElse(null),
          Message.GENERATION_STRATEGY, strategy.get(), id.name(), type.getSimpleName()));
      return false;
    }
    if (id.isReference() || !GENERATED_KEY_KINDS.contains(id.kind())) {
      out.add(Diagnostic.onAnnotation(id.field(), generated.get(), null,
          Message.GENERATED_ID_TYPE, id.name(), type.getSimpleName(), id.type()));
      return false;
    }
    return true;
  }

  private static String daoName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element outer = type.getEnclosingElement(); outer instanceof TypeElement;
        outer = outer.getEnclosingElement()) {
      name.insert(0, outer.getSimpleName() + "_");
    }
    return name.append("ParanoidDao").toString();
  }
}
