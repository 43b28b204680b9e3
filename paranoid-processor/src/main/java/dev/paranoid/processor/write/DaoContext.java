package dev.paranoid.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.paranoid.processor.model.Access;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.Reference;
import dev.paranoid.processor.model.TargetModel;
import dev.paranoid.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.type.TypeMirror;

/** What the parts of one DAO share: the model, its SQL, its names, and small code fragments. */
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
  final MemberNames names;
  /** The fixed statements the DAO's methods run, as they ask for them. */
  final StatementConstants statements;
  private final List<Reference> references = new ArrayList<>();
  private final List<TargetModel> targets = new ArrayList<>();

  DaoContext(EntityModel model) {
    this.model = model;
    this.sql = new SqlStatements(model);
    this.entity = ClassName.get(model.element());
    this.dao = ClassName.get(model.packageName(), model.daoName());
    this.idType = TypeName.get(model.id().valueType()).box();
    Map<String, Reference> byTarget = new LinkedHashMap<>();
    Map<String, TargetModel> targetsByType = new LinkedHashMap<>();
    registerReferences(model.properties(), byTarget);
    for (AssociationModel association : model.associations()) {
      TargetModel target = association.target();
      String key = target.element().getQualifiedName().toString();
      if (!target.element().equals(model.element()) && !targetsByType.containsKey(key)) {
        targetsByType.put(key, target);
        registerReferences(target.properties(), byTarget);
      }
      if (association.back() != null) {
        byTarget.putIfAbsent(association.back().reference().targetType().toString(),
            association.back().reference());
      }
    }
    references.addAll(byTarget.values());
    targets.addAll(targetsByType.values());
    this.names = new MemberNames(model, targets, references);
    this.statements = new StatementConstants(names);
  }

  private static void registerReferences(List<Property> properties, Map<String, Reference> out) {
    for (Property property : properties) {
      if (property.isReference()) {
        out.putIfAbsent(property.reference().targetType().toString(), property.reference());
      }
    }
  }

  /** One reference per type that some join column points to. */
  List<Reference> references() {
    return references;
  }

  /** The association targets other than the entity itself, one per type. */
  List<TargetModel> targets() {
    return targets;
  }

  /** The public column constant of the primary key (by-key operations through the table use it). */
  String idConstant() {
    return names.columnConstants().get(model.id());
  }

  /** The public column constant of the {@code @Version} property. */
  String versionConstant() {
    return names.columnConstants().get(model.version().orElseThrow());
  }

  /** How generated code refers to the EntityTable constant that reads {@code target}'s rows. */
  CodeBlock tableRef(TargetModel target) {
    return CodeBlock.of("$N.$N", MAPPING, names.tableConstant(target.element()));
  }

  /** The JdbcType expression for a property's column values. */
  CodeBlock jdbcType(Property property) {
    String constant = names.enumTypeConstants().get(property);
    if (constant != null) {
      return CodeBlock.of("$N.$N", MAPPING, constant);
    }
    return jdbcType(property.kind());
  }

  CodeBlock jdbcType(ValueKind kind) {
    return CodeBlock.of("$T.$N", RuntimeNames.JDBC_TYPES, RuntimeNames.jdbcTypesMember(kind));
  }

  /**
   * {@code new AuditColumn<>("deleted_by", JdbcTypes.STRING, String.class, "User.deletedBy")}: a
   * {@code @DeletedBy} column as the runtime binds and checks it.
   */
  CodeBlock auditColumn(Property deletedBy) {
    String owner = deletedBy.field().getEnclosingElement().getSimpleName().toString();
    return CodeBlock.of("new $T<>($S, $L, $T.class, $S)", RuntimeNames.AUDIT_COLUMN,
        deletedBy.sqlColumn(), jdbcType(deletedBy.kind()), valueType(deletedBy),
        owner + "." + deletedBy.name());
  }

  /** The boxed type of the property's column values. */
  TypeName valueType(Property property) {
    return TypeName.get(property.valueType()).box();
  }

  TypeName type(TypeMirror mirror) {
    return TypeName.get(mirror);
  }

  /** An expression reading {@code property} of the local {@code target}. */
  CodeBlock read(Property property, String target) {
    return Accessors.read(property.access(), target);
  }

  /** A statement setting {@code property} of the local {@code target} to {@code value}. */
  CodeBlock assign(Property property, String target, CodeBlock value) {
    return Accessors.assign(property.access(), target, value);
  }

  CodeBlock assign(Access access, String target, CodeBlock value) {
    return Accessors.assign(access, target, value);
  }

  /** An expression giving the column value of {@code property} of the local {@code target}. */
  CodeBlock columnValue(Property property, String target) {
    AssociationModel toOne = toOneOf(property);
    if (toOne != null) {
      return CodeBlock.of("$N($N)", names.storedKeyMethod(toOne), target);
    }
    if (property.isReference()) {
      return CodeBlock.of("$N($L)", names.method("keyOf"), read(property, target));
    }
    return read(property, target);
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

  /** The Java name of the local that holds the clock's time as a value of this kind. */
  static String nowLocal(ValueKind kind) {
    return switch (kind) {
      case OFFSET_DATE_TIME, OFFSET_DATE_TIME_WITH_TIME_ZONE -> "nowOffset";
      case LOCAL_DATE_TIME -> "nowLocal";
      default -> "now";
    };
  }
}
