package dev.paranoid.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.Reference;
import dev.paranoid.processor.model.TargetModel;
import dev.paranoid.processor.model.ValueKind;
import dev.paranoid.processor.read.Naming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.type.TypeMirror;

/** Names and code fragments shared by the parts of one DAO. */
final class DaoContext {

  /**
   * The private nested classes that hold the DAO's private constants: apart from the public
   * UPPER_SNAKE constants, so that no field name of the entity can clash with them.
   */
  static final String MAPPING = "Mapping";
  static final String SQL = "Sql";

  final EntityModel model;
  final SqlStatements sql;
  final ClassName entity;
  final ClassName dao;
  final TypeName idType;
  private final Map<Property, String> enumTypeConstants = new LinkedHashMap<>();
  private final Map<String, Reference> references = new LinkedHashMap<>();
  private final Map<String, String> referenceFactories = new LinkedHashMap<>();
  private final Map<String, TargetModel> targets = new LinkedHashMap<>();
  private final Map<Property, String> columnConstants;

  DaoContext(EntityModel model) {
    this.model = model;
    this.sql = new SqlStatements(model);
    this.entity = ClassName.get(model.element());
    this.dao = ClassName.get(model.packageName(), model.daoName());
    this.idType = TypeName.get(model.id().valueType()).box();
    registerProperties("", model.properties());
    for (AssociationModel association : model.associations()) {
      TargetModel target = association.target();
      String key = target.element().getQualifiedName().toString();
      if (!target.element().equals(model.element()) && !targets.containsKey(key)) {
        targets.put(key, target);
        registerProperties(upperSnake(target.element().getSimpleName().toString()) + "_",
            target.properties());
      }
      if (association.back() != null) {
        registerReference(association.back().reference());
      }
    }
    this.columnConstants = computeColumnConstants();
  }

  /** The public column constants, in field order. */
  Map<Property, String> columnConstants() {
    return columnConstants;
  }

  /** The column constant of the primary key (cascading by-key operations build conditions on it). */
  String idConstant() {
    return columnConstants.get(model.id());
  }

  /** UPPER_SNAKE of the field, or of the column for a join column; clear of association names. */
  private Map<Property, String> computeColumnConstants() {
    Map<Property, String> constants = new LinkedHashMap<>();
    java.util.Set<String> columns = new java.util.HashSet<>();
    java.util.Set<String> names = new java.util.HashSet<>(Associations.names(this));
    names.add(TableDefinitionWriter.NAME);
    // scalars first: a read-only scalar copy of a join column names the column's constant
    for (boolean references : new boolean[] {false, true}) {
      for (Property property : model.properties()) {
        if (property.isReference() != references
            || !columns.add(property.column().toLowerCase(Locale.ROOT))) {
          continue;
        }
        String name = upperSnake(references ? property.column() : property.name());
        while (!names.add(name)) {
          name = name + "_COLUMN";
        }
        constants.put(property, name);
      }
    }
    Map<Property, String> ordered = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      if (constants.containsKey(property)) {
        ordered.put(property, constants.get(property));
      }
    }
    return ordered;
  }

  private void registerProperties(String prefix, Iterable<Property> properties) {
    for (Property property : properties) {
      if (property.kind().isEnum() && !property.isReference()) {
        enumTypeConstants.put(property, prefix + upperSnake(property.name()) + "_TYPE");
      }
      if (property.isReference()) {
        registerReference(property.reference());
      }
    }
  }

  private void registerReference(Reference reference) {
    String target = reference.targetType().toString();
    if (references.putIfAbsent(target, reference) == null) {
      String simple = simpleName(target);
      String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "WithId";
      while (referenceFactories.containsValue(name)) {
        name = name + "_";
      }
      referenceFactories.put(target, name);
    }
  }

  /** The private constants holding enum JdbcTypes, per enum property (own and targets'). */
  Map<Property, String> enumTypeConstants() {
    return enumTypeConstants;
  }

  /** One reference per type that some join column points to. */
  Map<String, Reference> references() {
    return references;
  }

  String referenceFactory(Reference reference) {
    return referenceFactories.get(reference.targetType().toString());
  }

  /** The association targets other than the entity itself, one per type. */
  Iterable<TargetModel> targets() {
    return targets.values();
  }

  /** The EntityTable constant (in {@code Mapping}) that reads {@code target}'s rows. */
  String tableConstant(TargetModel target) {
    return target.element().equals(model.element())
        ? "TABLE" : upperSnake(target.element().getSimpleName().toString()) + "_TABLE";
  }

  /** How generated code refers to a target's EntityTable constant. */
  String tableRef(TargetModel target) {
    return MAPPING + "." + tableConstant(target);
  }

  /** The private static method that reads one {@code target} from a row. */
  String readerMethod(TargetModel target) {
    return target.element().equals(model.element())
        ? "read" : "read" + target.element().getSimpleName();
  }

  /** The JdbcType expression for a property's column values. */
  CodeBlock jdbcType(Property property) {
    String constant = enumTypeConstants.get(property);
    if (constant != null) {
      return CodeBlock.of("$N.$N", MAPPING, constant);
    }
    return jdbcType(property.kind());
  }

  CodeBlock jdbcType(ValueKind kind) {
    return CodeBlock.of("$T.$N", RuntimeNames.JDBC_TYPES, kind.runtimeName());
  }

  /** The boxed type of the property's column values. */
  TypeName valueType(Property property) {
    return TypeName.get(property.valueType()).box();
  }

  TypeName type(TypeMirror mirror) {
    return TypeName.get(mirror);
  }

  /** An expression reading the column value of {@code property} from {@code target}. */
  CodeBlock columnValue(Property property, String target) {
    AssociationModel toOne = toOneOf(property);
    if (toOne != null) {
      return CodeBlock.of("$N($L)", storedKeyMethod(toOne), target);
    }
    if (property.isReference()) {
      return CodeBlock.of("keyOf($L)", property.access().read(target));
    }
    return CodeBlock.of("$L", property.access().read(target));
  }

  /** The to-one associations that includes can load (and so can set to null over a key). */
  List<AssociationModel> toOnes() {
    return model.associations().stream()
        .filter(association -> !association.kind().isToMany())
        .toList();
  }

  /** The to-one association whose join column {@code property} is, or null. */
  private AssociationModel toOneOf(Property property) {
    for (AssociationModel association : toOnes()) {
      if (property.equals(association.reference())) {
        return association;
      }
    }
    return null;
  }

  /**
   * The private method giving the key a to-one's join column stores: the target's id, or the
   * key an include held back while the field is null.
   */
  static String storedKeyMethod(AssociationModel toOne) {
    return toOne.name() + "Key";
  }

  /** The public constant of an association. */
  static String associationConstant(AssociationModel association) {
    return upperSnake(association.name());
  }

  /** A statement setting {@code property} of {@code target} to {@code value}. */
  CodeBlock assign(Property property, String target, CodeBlock value) {
    return assign(property.access(), target, value);
  }

  CodeBlock assign(dev.paranoid.processor.model.Access access, String target, CodeBlock value) {
    // split around a marker so that names are never parsed as format strings
    String[] parts = access.write(target, "\u0000").split("\u0000", -1);
    return CodeBlock.of("$L$L$L", parts[0], value, parts[1]);
  }

  /** The Java name of the local that holds the clock's time as a value of this kind. */
  static String nowLocal(ValueKind kind) {
    return switch (kind) {
      case OFFSET_DATE_TIME, OFFSET_DATE_TIME_WITH_TIME_ZONE -> "nowOffset";
      case LOCAL_DATE_TIME -> "nowLocal";
      default -> "now";
    };
  }

  static String upperSnake(String javaName) {
    return Naming.SNAKE_CASE.apply(javaName).toUpperCase(Locale.ROOT);
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
