package dev.paranoid.processor.read;

import dev.paranoid.processor.model.Access;
import dev.paranoid.processor.model.ColumnFacts;
import dev.paranoid.processor.model.Naming;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.Reference;
import dev.paranoid.processor.model.ValueKind;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Reads one field of an entity into a {@link Property}, or reports why it cannot. */
final class PropertyReader {

  private final Members members;
  private final Naming naming;
  private final AutoApplyConverters autoApply;

  PropertyReader(Members members, Naming naming, AutoApplyConverters autoApply) {
    this.members = members;
    this.naming = naming;
    this.autoApply = autoApply;
  }

  /** Whether the field is a column at all (collections of associations are filled by includes). */
  static boolean isMapped(VariableElement field) {
    if (field.getModifiers().contains(Modifier.STATIC)
        || field.getModifiers().contains(Modifier.TRANSIENT)
        || Annotations.hasJpa(field, "Transient")
        || Annotations.hasJpa(field, "OneToMany")
        || Annotations.hasJpa(field, "ManyToMany")) {
      return false;
    }
    Optional<AnnotationMirror> oneToOne = Annotations.jpa(field, "OneToOne");
    return oneToOne.flatMap(mirror -> Annotations.string(mirror, "mappedBy")).isEmpty();
  }

  static boolean isReference(VariableElement field) {
    return Annotations.hasJpa(field, "ManyToOne") || Annotations.hasJpa(field, "OneToOne");
  }

  /**
   * The property of {@code field} of {@code entity}; {@code timestampRole} names the managed
   * timestamp the field stands for ("@DeletedAt"...), or is null.
   */
  Optional<Property> read(
      VariableElement field, TypeElement entity, String timestampRole, List<Diagnostic> out) {
    return read(field, entity, entity, timestampRole, out);
  }

  /** As {@link #read(VariableElement, TypeElement, String, List)}, for a DAO in {@code from}'s package. */
  Optional<Property> read(VariableElement field, TypeElement entity, TypeElement from,
      String timestampRole, List<Diagnostic> out) {
    String name = field.getSimpleName().toString();
    String entityName = entity.getSimpleName().toString();
    int errors = out.size();
    if (field.getModifiers().contains(Modifier.FINAL)
        && entity.getKind() != javax.lang.model.element.ElementKind.RECORD) {
      out.add(Diagnostic.on(field, Message.FINAL_FIELD, name, entityName));
    }
    Optional<Access> access = members.access(field, entity, from);
    if (access.isEmpty()) {
      out.add(inaccessible(field, entityName, simpleTypeName(field.asType().toString())));
    }
    if (isReference(field)) {
      Optional<Reference> reference = reference(field, entity, from, out);
      if (reference.isEmpty() || out.size() > errors) {
        return Optional.empty();
      }
      AnnotationMirror joinColumn = Annotations.jpa(field, "JoinColumn").orElse(null);
      String column = joinColumnName(field, joinColumn, reference.get());
      if (!checkIdentifier(field, joinColumn, column, "column", entityName, out)) {
        return Optional.empty();
      }
      return Optional.of(new Property(field, name, column, Identifiers.sql(column), field.asType(),
          reference.get().idKind(), access.get(),
          joinColumn == null || Annotations.bool(joinColumn, "insertable", true),
          joinColumn == null || Annotations.bool(joinColumn, "updatable", true),
          reference.get(), facts(field, joinColumn), null));
    }
    Optional<Converters.Converter> converter = Converters.of(members, autoApply, field, entity, from,
        timestampRole, out);
    if (out.size() > errors) {
      return Optional.empty();
    }
    ValueKind kind = converter.map(Converters.Converter::columnKind)
        .orElseGet(() -> ValueKinds.of(field.asType(), field));
    if (timestampRole != null && (kind == null || !kind.isTimestamp())) {
      out.add(Diagnostic.on(field, Message.TIMESTAMP_TYPE,
          timestampRole, name, entityName, field.asType()));
      return Optional.empty();
    }
    if (kind == null) {
      out.add(Diagnostic.on(field, Message.UNSUPPORTED_TYPE, name, entityName, field.asType()));
      return Optional.empty();
    }
    AnnotationMirror columnAnnotation = Annotations.jpa(field, "Column").orElse(null);
    String column = Optional.ofNullable(columnAnnotation)
        .flatMap(mirror -> Annotations.string(mirror, "name"))
        .orElseGet(() -> naming.apply(name));
    if (!checkIdentifier(field, columnAnnotation, column, "column", entityName, out)
        || out.size() > errors) {
      return Optional.empty();
    }
    return Optional.of(new Property(field, name, column, Identifiers.sql(column), field.asType(),
        kind, access.get(),
        columnAnnotation == null || Annotations.bool(columnAnnotation, "insertable", true),
        columnAnnotation == null || Annotations.bool(columnAnnotation, "updatable", true),
        null, facts(field, columnAnnotation),
        converter.map(Converters.Converter::type).orElse(null)));
  }

  /**
   * Why the DAO cannot reach {@code field} (of type {@code typeName} as the accessors would name
   * it): Lombok has not run yet when the field asks Lombok for accessors, else they are missing.
   */
  static Diagnostic inaccessible(VariableElement field, String entityName, String typeName) {
    String name = field.getSimpleName().toString();
    Optional<String> lombok = Lombok.annotationOn(field);
    if (lombok.isPresent()) {
      return Diagnostic.on(field, Message.LOMBOK_ORDER, name, entityName, lombok.get());
    }
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return Diagnostic.on(field, Message.INACCESSIBLE_FIELD, name, entityName,
        typeName, "get" + suffix, "set" + suffix, typeName);
  }

  /** What {@code column} (or, when null, the defaults) says of {@code field}'s column. */
  static ColumnFacts facts(VariableElement field, AnnotationMirror column) {
    boolean primitive = field.asType().getKind().isPrimitive();
    boolean lob = Annotations.hasJpa(field, "Lob");
    if (column == null) {
      return new ColumnFacts(!primitive, 255, 38, 2, null, false, lob);
    }
    return new ColumnFacts(
        !primitive && Annotations.bool(column, "nullable", true),
        number(column, "length", 255),
        number(column, "precision", 38),
        number(column, "scale", 2),
        Annotations.string(column, "columnDefinition").orElse(null),
        Annotations.bool(column, "unique", false),
        lob);
  }

  private static int number(AnnotationMirror mirror, String attribute, int otherwise) {
    int value = Annotations.explicitValue(mirror, attribute)
        .map(v -> (Integer) v.getValue())
        .orElse(otherwise);
    return value > 0 ? value : otherwise;
  }

  /** The column name a field would get, without validating anything (for join column defaults). */
  String columnName(VariableElement field) {
    return Annotations.jpa(field, "Column")
        .flatMap(mirror -> Annotations.string(mirror, "name"))
        .orElseGet(() -> naming.apply(field.getSimpleName().toString()));
  }

  /**
   * Checks a table or column name; reports on the annotation's {@code name} value when the name
   * was written there, else on the element.
   */
  static boolean checkIdentifier(Element element, AnnotationMirror annotation, String name,
      String what, String entityName, List<Diagnostic> out) {
    if (Identifiers.isPlain(name)) {
      return true;
    }
    Optional<javax.lang.model.element.AnnotationValue> written = annotation == null
        ? Optional.empty() : Annotations.explicitValue(annotation, "name");
    out.add(written.isPresent()
        ? Diagnostic.onAnnotation(element, annotation, written.get(),
            Message.BAD_IDENTIFIER, what, name, entityName)
        : Diagnostic.on(element, Message.BAD_IDENTIFIER, what, name, entityName));
    return false;
  }

  private Optional<Reference> reference(
      VariableElement field, TypeElement entity, TypeElement from, List<Diagnostic> out) {
    String name = field.getSimpleName().toString();
    String entityName = entity.getSimpleName().toString();
    Optional<TypeElement> target = members.classOf(field.asType());
    if (target.isEmpty()) {
      out.add(Diagnostic.on(field, Message.UNKNOWN_TARGET,
          name, entityName, field.asType(), "is not a class"));
      return Optional.empty();
    }
    List<VariableElement> ids = members.persistentFields(target.get()).stream()
        .filter(candidate -> Annotations.hasJpa(candidate, "Id"))
        .toList();
    String targetName = "\"" + target.get().getSimpleName() + "\"";
    if (ids.size() != 1) {
      out.add(Diagnostic.on(field, Message.UNKNOWN_TARGET, name, entityName, targetName,
          ids.isEmpty() ? "has no @Id field" : "has a composite key"));
      return Optional.empty();
    }
    VariableElement id = ids.get(0);
    Optional<Access> idAccess = members.access(id, target.get(), from);
    ValueKind idKind = ValueKinds.of(id.asType(), id);
    if (idAccess.isEmpty()) {
      out.add(Diagnostic.on(field, Message.UNKNOWN_TARGET, name, entityName, targetName,
          "has an @Id the DAO cannot reach (make it package-private or add getId()/setId())"));
      return Optional.empty();
    }
    if (idKind == null || !members.hasUsableConstructor(target.get(), from)) {
      out.add(Diagnostic.on(field, Message.UNKNOWN_TARGET, name, entityName, targetName,
          idKind == null ? "has an @Id of an unsupported type"
              : "has no accessible no-argument constructor"));
      return Optional.empty();
    }
    return Optional.of(new Reference(
        target.get().asType(), id.asType(), idKind, idAccess.get(), columnName(id)));
  }

  private String joinColumnName(VariableElement field, AnnotationMirror joinColumn, Reference reference) {
    Optional<String> declared = Optional.ofNullable(joinColumn)
        .flatMap(mirror -> Annotations.string(mirror, "name"));
    if (declared.isPresent()) {
      return declared.get();
    }
    // JPA's default: <field>_<referenced primary key column>
    return naming.apply(field.getSimpleName().toString()) + "_" + reference.idColumn();
  }

  private static String simpleTypeName(String qualified) {
    int generic = qualified.indexOf('<');
    String raw = generic < 0 ? qualified : qualified.substring(0, generic);
    String simple = raw.substring(raw.lastIndexOf('.') + 1);
    return generic < 0 ? simple : simple + qualified.substring(generic);
  }
}
