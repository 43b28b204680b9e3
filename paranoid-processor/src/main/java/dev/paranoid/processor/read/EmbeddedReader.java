package dev.paranoid.processor.read;

import dev.paranoid.processor.model.Access;
import dev.paranoid.processor.model.ColumnFacts;
import dev.paranoid.processor.model.Embedding;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Reads an {@code @Embedded} field (or a field whose type is {@code @Embeddable}, as JPA does)
 * into the columns it is flattened into: one {@link Property} per field of the embeddable, named
 * as the embeddable names it unless {@code @AttributeOverride} renames it. One level only: an
 * embeddable holds plain columns, neither associations, nor embeddables, nor the key, version,
 * deletion or audit fields, which the DAO must reach on the entity itself.
 */
final class EmbeddedReader {

  private static final List<String> ASSOCIATIONS = List.of("ManyToOne", "OneToOne", "OneToMany");

  private final Members members;
  private final PropertyReader properties;

  EmbeddedReader(Members members, PropertyReader properties) {
    this.members = members;
    this.properties = properties;
  }

  /** Whether {@code field} is flattened into its embeddable's columns. */
  static boolean isEmbedded(Element field) {
    if (Annotations.hasJpa(field, "Embedded")) {
      return true;
    }
    return field.asType().getKind() == TypeKind.DECLARED
        && Annotations.hasJpa(((DeclaredType) field.asType()).asElement(), "Embeddable");
  }

  /**
   * The columns of the embedded {@code field} of {@code entity}, for a DAO in {@code from}'s
   * package; {@code role} names the managed timestamp the entity would make of it ("@DeletedAt",
   * ...), or is null. Empty after reporting why the field cannot be flattened.
   */
  Optional<List<Property>> read(VariableElement field, TypeElement entity, TypeElement from,
      String role, List<Diagnostic> out) {
    List<Diagnostic> found = new ArrayList<>();
    List<Property> columns = columns(field, entity, from, role, found);
    // an embeddable used twice in one entity reports its own problems once
    for (Diagnostic diagnostic : found) {
      if (!out.contains(diagnostic)) {
        out.add(diagnostic);
      }
    }
    return found.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : Optional.of(columns);
  }

  private List<Property> columns(VariableElement field, TypeElement entity, TypeElement from,
      String role, List<Diagnostic> out) {
    String name = field.getSimpleName().toString();
    String entityName = entity.getSimpleName().toString();
    // a managed timestamp found by its name ("deletedAt") comes quoted
    String fieldRole = role == null ? roleOf(field)
        : role.startsWith("\"") ? "managed timestamp " + role + " (by its name)" : role;
    if ("@EmbeddedId".equals(fieldRole)) {
      return List.of(); // a composite key: reported once, as [ParanoidCompositeKey]
    }
    if (fieldRole != null) {
      out.add(Diagnostic.on(field, Message.EMBEDDED_ROLE, "embedded field", name, entityName,
          fieldRole));
      return List.of();
    }
    Optional<TypeElement> embeddable = members.entityTypeOf(field.asType());
    if (embeddable.isEmpty()) {
      out.add(Diagnostic.on(field, Message.EMBEDDABLE_TYPE, name, entityName, field.asType(),
          "is not a class or a record"));
      return List.of();
    }
    TypeElement type = embeddable.get();
    String typeName = type.getSimpleName().toString();
    boolean record = type.getKind() == ElementKind.RECORD;
    if (!record && !members.hasUsableConstructor(type, from)) {
      out.add(Diagnostic.on(field, Message.EMBEDDABLE_TYPE, name, entityName, typeName,
          "has no no-argument constructor the DAO can call"));
      return List.of();
    }
    Optional<Access> access = members.access(field, entity, from);
    if (access.isEmpty()) {
      out.add(PropertyReader.inaccessible(field, entityName, typeName));
      return List.of();
    }
    Embedding embedding = new Embedding(field, name, field.asType(), access.get(), record);

    List<VariableElement> declared = members.persistentFields(type);
    Set<VariableElement> refused = MappingSupport.check(type, declared, out);
    Map<String, Property> leaves = new LinkedHashMap<>();
    for (VariableElement leaf : declared) {
      if (leaf.getModifiers().contains(Modifier.STATIC)
          || leaf.getModifiers().contains(Modifier.TRANSIENT)) {
        continue;
      }
      if (Annotations.hasJpa(leaf, "Transient")) {
        if (record) {
          out.add(Diagnostic.on(field, Message.EMBEDDABLE_TYPE, name, entityName, typeName,
              "is a record whose component \"" + leaf.getSimpleName() + "\" is @Transient,"
                  + " though its canonical constructor needs a value for it"));
        }
        continue;
      }
      if (!refused.contains(leaf)) {
        leaf(leaf, type, from, out).ifPresent(p -> leaves.put(p.name(), p));
      }
    }
    if (leaves.isEmpty() && out.stream().noneMatch(Diagnostic::isError)) {
      out.add(Diagnostic.on(field, Message.EMBEDDABLE_TYPE, name, entityName, typeName,
          "has no column fields"));
    }
    Map<String, AnnotationMirror> columns = overrides(field, entityName, typeName, leaves, out);
    List<Property> flattened = new ArrayList<>();
    for (Property leaf : leaves.values()) {
      flattened.add(flatten(embedding, leaf, columns.get(leaf.name()), entityName, out));
    }
    return flattened;
  }

  /** A field of the embeddable as a property of its own, or empty after reporting why not. */
  private Optional<Property> leaf(VariableElement leaf, TypeElement type, TypeElement from,
      List<Diagnostic> out) {
    String leafName = leaf.getSimpleName().toString();
    String typeName = type.getSimpleName().toString();
    for (String association : ASSOCIATIONS) {
      Optional<AnnotationMirror> mirror = Annotations.jpa(leaf, association);
      if (mirror.isPresent()) {
        out.add(Diagnostic.onAnnotation(leaf, mirror.get(), null, Message.EMBEDDED_ASSOCIATION,
            association, leafName, typeName, typeName));
        return Optional.empty();
      }
    }
    if (isEmbedded(leaf)) {
      out.add(Diagnostic.on(leaf, Message.NESTED_EMBEDDABLE, leafName, typeName,
          simpleName(leaf) + " is embeddable", typeName));
      return Optional.empty();
    }
    String role = roleOf(leaf);
    if (role != null) {
      out.add(Diagnostic.on(leaf, Message.EMBEDDED_ROLE, "field", leafName, typeName, role));
      return Optional.empty();
    }
    return properties.read(leaf, type, from, null, out);
  }

  /**
   * The leaf as a column of the entity, reached through the embedded field: its column renamed
   * by an {@code @AttributeOverride}'s {@code column}, whose other attributes, where written,
   * win over the embeddable's {@code @Column} (so a length declared once holds for every use).
   */
  private static Property flatten(Embedding embedding, Property leaf, AnnotationMirror override,
      String entityName, List<Diagnostic> out) {
    AnnotationMirror own = Annotations.jpa(leaf.field(), "Column").orElse(null);
    String name = Optional.ofNullable(override)
        .flatMap(mirror -> Annotations.string(mirror, "name"))
        .orElse(leaf.column());
    if (override != null) {
      PropertyReader.checkIdentifier(embedding.field(), override, name, "column", entityName, out);
    }
    ColumnFacts facts = leaf.facts();
    ColumnFacts written = override == null ? facts : PropertyReader.facts(leaf.field(), override);
    // a null embedded writes NULL into every column, a primitive's included: nullable unless said
    ColumnFacts flattened = new ColumnFacts(bool(override, own, "nullable"),
        written(override, "length") ? written.length() : facts.length(),
        written(override, "precision") ? written.precision() : facts.precision(),
        written(override, "scale") ? written.scale() : facts.scale(),
        written(override, "columnDefinition") ? written.definition() : facts.definition(),
        written(override, "unique") ? written.unique() : facts.unique(),
        facts.lob());
    return new Property(leaf.field(), embedding.name() + "." + leaf.name(), name,
        Identifiers.sql(name), leaf.type(), leaf.kind(),
        new Access.Embedded(embedding, leaf.access()),
        bool(override, own, "insertable"), bool(override, own, "updatable"),
        null, flattened, leaf.converter());
  }

  private static boolean written(AnnotationMirror column, String attribute) {
    return column != null && Annotations.explicitValue(column, attribute).isPresent();
  }

  /** A boolean {@code @Column} attribute (true by default): the override's, else the leaf's. */
  private static boolean bool(AnnotationMirror override, AnnotationMirror own, String attribute) {
    AnnotationMirror column = written(override, attribute) ? override : own;
    return column == null || Annotations.bool(column, attribute, true);
  }

  /**
   * One {@code @AttributeOverride} and the annotation the compiler sees on the field for it: the
   * override itself, or the {@code @AttributeOverrides} holding it (where a diagnostic points).
   */
  private record Written(AnnotationMirror override, AnnotationMirror onField) {}

  /**
   * The {@code column} of each {@code @AttributeOverride} on {@code field}, by the embeddable
   * field it names; an override naming no column field is reported.
   */
  private static Map<String, AnnotationMirror> overrides(VariableElement field, String entityName,
      String typeName, Map<String, Property> leaves, List<Diagnostic> out) {
    Map<String, AnnotationMirror> columns = new LinkedHashMap<>();
    List<Written> written = new ArrayList<>();
    Annotations.jpa(field, "AttributeOverride")
        .ifPresent(mirror -> written.add(new Written(mirror, mirror)));
    Annotations.jpa(field, "AttributeOverrides").ifPresent(container ->
        Annotations.explicitValue(container, "value").ifPresent(value -> {
          for (Object item : (List<?>) value.getValue()) {
            written.add(new Written(
                (AnnotationMirror) ((AnnotationValue) item).getValue(), container));
          }
        }));
    for (Written each : written) {
      AnnotationMirror override = each.override();
      Optional<AnnotationValue> nameValue = Annotations.explicitValue(override, "name");
      String name = nameValue.map(value -> String.valueOf(value.getValue())).orElse("");
      if (!leaves.containsKey(name)) {
        out.add(Diagnostic.onAnnotation(field, each.onField(), nameValue.orElse(null),
            Message.UNKNOWN_OVERRIDE, name, field.getSimpleName(), entityName, typeName,
            leaves.keySet().stream().map(leaf -> "\"" + leaf + "\"")
                .collect(Collectors.joining(", "))));
        continue;
      }
      Annotations.explicitValue(override, "column")
          .ifPresent(column -> columns.put(name, (AnnotationMirror) column.getValue()));
    }
    return columns;
  }

  /** The role that keeps a field out of an embeddable (or off an embedded field), or null. */
  private static String roleOf(Element field) {
    for (String jpa : List.of("Id", "EmbeddedId", "Version")) {
      if (Annotations.hasJpa(field, jpa)) {
        return "@" + jpa;
      }
    }
    for (String paranoid : List.of(Annotations.DELETED_AT, Annotations.CREATED_AT,
        Annotations.UPDATED_AT, Annotations.DELETED_BY)) {
      if (Annotations.named(field, paranoid).isPresent()) {
        return "@" + paranoid.substring(paranoid.lastIndexOf('.') + 1);
      }
    }
    return null;
  }

  private static String simpleName(Element field) {
    return field.asType().getKind() == TypeKind.DECLARED
        ? ((DeclaredType) field.asType()).asElement().getSimpleName().toString()
        : field.asType().toString();
  }
}
