package dev.paranoid.processor.read;

import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Every JPA mapping annotation on an entity is honoured or refused, never ignored: a mapping
 * Paranoid does not carry out would otherwise be lost without a word (a many-to-many that loads
 * nothing, an order that is not applied, listeners that never run).
 */
final class MappingSupport {

  /** The field annotations Paranoid carries out (or that change nothing it does). */
  private static final Set<String> FIELD_READ = Set.of("Id", "GeneratedValue", "Column",
      "JoinColumn", "ManyToOne", "OneToOne", "OneToMany", "Transient", "Version", "Enumerated",
      "Basic", "Temporal", "Access", "Lob", "SequenceGenerator", "TableGenerator", "EmbeddedId",
      "Convert", "Embedded", "AttributeOverride", "AttributeOverrides");

  /** What to do instead, for the field annotations users bring most often. */
  private static final Map<String, String> FIELD_INSTEAD = Map.ofEntries(
      Map.entry("ManyToMany", "map the join table as an entity of its own with two @ManyToOne,"
          + " and load it through a @OneToMany(mappedBy) include on each side (Sequelize's guides"
          + " warn that paranoid junction rows need care: soft-delete the entities they link)"),
      Map.entry("ElementCollection", "map the values as an entity with a @ManyToOne back to the"
          + " owner, and load them through a @OneToMany(mappedBy) include"),
      Map.entry("CollectionTable", "map the values as an entity with a @ManyToOne back to the"
          + " owner, and load them through a @OneToMany(mappedBy) include"),
      Map.entry("OrderBy", "an include reads its rows in key order, or in the order given to its"
          + " orderBy(..): remove @OrderBy and order the include"),
      Map.entry("OrderColumn", "order the include with its orderBy(..) on a column of the child"),
      Map.entry("JoinTable", "map the join table as an entity of its own with two @ManyToOne"),
      Map.entry("JoinColumns", "Paranoid joins on one column: give the target a single @Id"),
      Map.entry("MapsId", "give the entity an @Id of its own and keep the @ManyToOne"));

  /** What to do instead, for the class annotations that change how rows map. */
  private static final Map<String, String> CLASS_INSTEAD = Map.ofEntries(
      Map.entry("EntityListeners", "Paranoid runs the callbacks the entity declares itself: move"
          + " them into the entity (@PrePersist, @PostRemove, ... methods)"),
      Map.entry("Inheritance", "map each concrete class as an entity of its own; shared fields"
          + " can live in a @MappedSuperclass"),
      Map.entry("DiscriminatorColumn", "map each concrete class as an entity of its own"),
      Map.entry("DiscriminatorValue", "map each concrete class as an entity of its own"),
      Map.entry("SecondaryTable", "map the second table as an entity of its own"),
      Map.entry("SecondaryTables", "map the second table as an entity of its own"),
      Map.entry("IdClass", "give the entity one @Id column (a surrogate key)"),
      Map.entry("Convert", "map each column as the type it stores"),
      Map.entry("Converts", "map each column as the type it stores"),
      Map.entry("AttributeOverride", "name the column with @Column on the field itself"),
      Map.entry("AttributeOverrides", "name the columns with @Column on the fields themselves"),
      Map.entry("AssociationOverride", "name the join column with @JoinColumn on the field"),
      Map.entry("AssociationOverrides", "name the join columns with @JoinColumn on the fields"));

  private MappingSupport() {}

  /**
   * Reports each JPA annotation on {@code type} or its {@code fields} that Paranoid would ignore;
   * returns the fields it reported, which are then left unread (one error per mistake).
   */
  static Set<VariableElement> check(TypeElement type, List<VariableElement> fields,
      List<Diagnostic> out) {
    Set<VariableElement> refused = new HashSet<>();
    String entity = type.getSimpleName().toString();
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      String name = Annotations.jpaName(annotation);
      if (name != null && CLASS_INSTEAD.containsKey(name)) {
        out.add(Diagnostic.onAnnotation(type, annotation, null, Message.UNSUPPORTED_MAPPING,
            name, entity, entity, CLASS_INSTEAD.get(name)));
      }
    }
    for (VariableElement field : fields) {
      if (field.getModifiers().contains(Modifier.STATIC)
          || field.getModifiers().contains(Modifier.TRANSIENT)
          || Annotations.hasJpa(field, "Transient")) {
        continue;
      }
      String fieldName = field.getSimpleName().toString();
      for (AnnotationMirror annotation : field.getAnnotationMirrors()) {
        String name = Annotations.jpaName(annotation);
        if (name == null) {
          continue;
        }
        if (name.equals("Lob") && !isLobType(field)) {
          refused.add(field);
          out.add(Diagnostic.onAnnotation(field, annotation, null, Message.UNSUPPORTED_MAPPING,
              name, fieldName, entity, "@Lob applies to String and byte[] fields, and \""
                  + fieldName + "\" is a " + field.asType() + ": remove it"));
        } else if (name.equals("Enumerated") && !isEnum(field)) {
          refused.add(field);
          out.add(Diagnostic.onAnnotation(field, annotation, null, Message.UNSUPPORTED_MAPPING,
              name, fieldName, entity, "@Enumerated applies to enum fields, and \"" + fieldName
                  + "\" is a " + field.asType() + ": remove it, or make the field an enum"));
        } else if (name.startsWith("AttributeOverride") && !EmbeddedReader.isEmbedded(field)) {
          refused.add(field);
          out.add(Diagnostic.onAnnotation(field, annotation, null, Message.UNSUPPORTED_MAPPING,
              name, fieldName, entity, "@" + name + " renames the columns of an embedded field,"
                  + " and \"" + fieldName + "\" is none: name its column with @Column"));
        } else if (!FIELD_READ.contains(name)) {
          refused.add(field);
          out.add(Diagnostic.onAnnotation(field, annotation, null, Message.UNSUPPORTED_MAPPING,
              name, fieldName, entity, FIELD_INSTEAD.getOrDefault(name, "Paranoid does not carry"
                  + " it out, so remove it (the mapping it asks for would otherwise be lost)")));
        }
      }
    }
    return refused;
  }

  private static boolean isLobType(VariableElement field) {
    String type = field.asType().toString();
    return type.equals("java.lang.String") || type.equals("byte[]");
  }

  private static boolean isEnum(VariableElement field) {
    return field.asType().getKind() == TypeKind.DECLARED
        && ((DeclaredType) field.asType()).asElement().getKind() == ElementKind.ENUM;
  }
}
