package dev.paranoid.processor.write;

import com.palantir.javapoet.NameAllocator;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.Embedding;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Naming;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.Reference;
import dev.paranoid.processor.model.TargetModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * The names of a DAO's members, each from JavaPoet's {@link NameAllocator} for its scope, so that
 * no entity, field or association name can make two of them clash: the public constants, the
 * private constants of the nested classes {@code Mapping} and {@code Sql}, and the methods (the
 * public API first, then the private helpers). Every name is allocated here, in one fixed order,
 * so that two compilations name everything alike.
 */
final class MemberNames {

  /** The public methods: the API, which the private helpers must keep clear of. */
  private static final List<String> API = List.of("create", "createAll", "update", "upsert",
      "findOrCreate", "purge", "findByPk", "findAll", "findOne", "count", "query", "destroy",
      "destroyByPk", "restore", "restoreByPk");

  private final NameAllocator constants = new NameAllocator();
  private final NameAllocator mapping = new NameAllocator();
  private final NameAllocator statements = new NameAllocator();
  private final NameAllocator methods = new NameAllocator();
  private final Map<Property, String> columnConstants = new LinkedHashMap<>();
  private final Map<Property, String> enumTypeConstants = new LinkedHashMap<>();
  private final Map<Property, String> converterConstants = new LinkedHashMap<>();

  /**
   * @param targets the association targets other than the entity itself, one per type
   * @param references one reference per type that a join column (own or a target's) points to
   */
  MemberNames(EntityModel model, List<TargetModel> targets, List<Reference> references) {
    constants.newName(TableDefinitionWriter.NAME, TableDefinitionWriter.NAME);
    for (AssociationModel association : model.associations()) {
      constants.newName(upperSnake(association.name()), association.field());
    }
    allocateColumnConstants(model);

    mapping.newName("TABLE", model.element());
    mapping.newName("CASCADES", "CASCADES");
    mapping.newName("UPSERT", "UPSERT");
    for (TargetModel target : targets) {
      mapping.newName(prefix(target) + "TABLE", target.element());
    }
    enumTypes("", model.properties());
    for (TargetModel target : targets) {
      enumTypes(prefix(target), target.properties());
    }

    API.forEach(name -> methods.newName(name, name));
    for (String helper : List.of("idOf", "keyOf", "softDestroy", "forceDestroy",
        "softDestroyAtVersion", "forceDestroyAtVersion", "restoreAtVersion", "storedDeletedAt",
        "bindInsert", "refuseToCreate", "afterCreate", InstanceProtocol.CREATE_UNDO)) {
      methods.newName(helper, helper);
    }
    methods.newName("read", model.element());
    for (TargetModel target : targets) {
      methods.newName("read" + target.element().getSimpleName(), target.element());
    }
    embeddedReaders("", model.properties());
    for (TargetModel target : targets) {
      embeddedReaders(target.element().getSimpleName().toString(), target.properties());
    }
    for (AssociationModel association : model.associations()) {
      if (!association.kind().isToMany()) {
        methods.newName(association.name() + "Key", association.field());
      }
    }
    for (Reference reference : references) {
      String type = reference.targetType().toString();
      String simple = type.substring(type.lastIndexOf('.') + 1);
      methods.newName(Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "WithId",
          type);
    }
  }

  /**
   * UPPER_SNAKE of the field, or of the column for a join column. Scalars come first: a read-only
   * scalar copy of a join column names the column's constant, and one column has one constant.
   * A name taken (by {@code TABLE_DEFINITION}, an association) gets {@code _COLUMN}.
   */
  private void allocateColumnConstants(EntityModel model) {
    Set<String> columns = new HashSet<>();
    Map<Property, String> allocated = new LinkedHashMap<>();
    for (boolean references : new boolean[] {false, true}) {
      for (Property property : model.properties()) {
        if (property.isReference() != references
            || !columns.add(property.column().toLowerCase(Locale.ROOT))) {
          continue;
        }
        String preferred = upperSnake(references ? property.column() : property.name());
        boolean free = constants.clone().newName(preferred).equals(preferred);
        allocated.put(property, constants.newName(free ? preferred : preferred + "_COLUMN", property));
      }
    }
    for (Property property : model.properties()) {
      if (allocated.containsKey(property)) {
        columnConstants.put(property, allocated.get(property));
      }
    }
  }

  /** {@code read<Target><Field>}: the method reading each embedded field of an entity. */
  private void embeddedReaders(String target, List<Property> properties) {
    for (Embedding embedding : EmbeddedReads.embeddings(properties)) {
      methods.newName("read" + target + Character.toUpperCase(embedding.name().charAt(0))
          + embedding.name().substring(1), embedding);
    }
  }

  private void enumTypes(String prefix, List<Property> properties) {
    for (Property property : properties) {
      if (property.isConverted()) {
        converterConstants.put(property, mapping.newName(
            prefix + upperSnake(property.name()) + "_CONVERTER", property.name() + "Converter"));
      }
      if ((property.kind().isEnum() || property.isConverted()) && !property.isReference()) {
        enumTypeConstants.put(property,
            mapping.newName(prefix + upperSnake(property.name()) + "_TYPE", property));
      }
    }
  }

  private static String prefix(TargetModel target) {
    return upperSnake(target.element().getSimpleName().toString()) + "_";
  }

  /** The public column constants, in field order. */
  Map<Property, String> columnConstants() {
    return columnConstants;
  }

  /** The public constant of an association. */
  String associationConstant(AssociationModel association) {
    return constants.get(association.field());
  }

  /** The {@code EntityTable} constant in {@code Mapping} of the entity, or of an association target. */
  String tableConstant(TypeElement entityOrTarget) {
    return mapping.get(entityOrTarget);
  }

  /** The {@code UpsertSql} constant in {@code Mapping}. */
  String upsertConstant() {
    return mapping.get("UPSERT");
  }

  /** The {@code List<CascadeSpec>} constant in {@code Mapping}. */
  String cascadesConstant() {
    return mapping.get("CASCADES");
  }

  /** The {@code JdbcType} constants in {@code Mapping} of the enum properties, own and targets'. */
  Map<Property, String> enumTypeConstants() {
    return enumTypeConstants;
  }

  /** The {@code AttributeConverter} instances in {@code Mapping} of the converted properties. */
  Map<Property, String> converterConstants() {
    return converterConstants;
  }

  /** A statement constant in {@code Sql}. */
  String statementConstant(String preferred) {
    return statements.newName(preferred, preferred);
  }

  /** A private helper method, allocated with the others. */
  String method(String helper) {
    return methods.get(helper);
  }

  /** The method that reads one entity (or target) from a row. */
  String readerMethod(TypeElement entityOrTarget) {
    return methods.get(entityOrTarget);
  }

  /** The private method reading an embedded field (the entity's or a target's) from a row. */
  String embeddedReader(Embedding embedding) {
    return methods.get(embedding);
  }

  /** The private method giving the key a to-one's join column stores. */
  String storedKeyMethod(AssociationModel toOne) {
    return methods.get(toOne.field());
  }

  /** The private factory of a target with only its id set, for a join column's type. */
  String referenceFactory(Reference reference) {
    return methods.get(reference.targetType().toString());
  }

  static String upperSnake(String javaName) {
    return Naming.constantName(javaName);
  }
}
