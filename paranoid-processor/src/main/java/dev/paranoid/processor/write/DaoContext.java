package dev.paranoid.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.ValueKind;
import dev.paranoid.processor.read.Naming;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.type.TypeMirror;

/** Names and code fragments shared by the parts of one DAO. */
final class DaoContext {

  final EntityModel model;
  final SqlStatements sql;
  final ClassName entity;
  final ClassName dao;
  final TypeName idType;
  private final Map<Property, String> enumTypeConstants = new LinkedHashMap<>();
  private final Map<String, String> referenceFactories = new LinkedHashMap<>();

  DaoContext(EntityModel model) {
    this.model = model;
    this.sql = new SqlStatements(model);
    this.entity = ClassName.get(model.element());
    this.dao = ClassName.get(model.packageName(), model.daoName());
    this.idType = TypeName.get(model.id().valueType()).box();
    for (Property property : model.properties()) {
      if (property.kind().isEnum() && !property.isReference()) {
        enumTypeConstants.put(property, upperSnake(property.name()) + "_TYPE");
      }
      if (property.isReference()) {
        String target = property.reference().targetType().toString();
        if (!referenceFactories.containsKey(target)) {
          String simple = simpleName(target);
          String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "WithId";
          while (referenceFactories.containsValue(name)) {
            name = name + "_";
          }
          referenceFactories.put(target, name);
        }
      }
    }
  }

  /** The private constants holding enum JdbcTypes, one per enum property. */
  Map<Property, String> enumTypeConstants() {
    return enumTypeConstants;
  }

  /** The private factory making a target instance with only its id, per target type. */
  Map<String, String> referenceFactories() {
    return referenceFactories;
  }

  String referenceFactory(Property property) {
    return referenceFactories.get(property.reference().targetType().toString());
  }

  /** The JdbcType expression for a property's column values. */
  CodeBlock jdbcType(Property property) {
    String constant = enumTypeConstants.get(property);
    if (constant != null) {
      return CodeBlock.of("$N", constant);
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
    if (property.isReference()) {
      return CodeBlock.of("keyOf($L)", property.access().read(target));
    }
    return CodeBlock.of("$L", property.access().read(target));
  }

  /** A statement setting {@code property} of {@code target} to {@code value}. */
  CodeBlock assign(Property property, String target, CodeBlock value) {
    // split around a marker so that names are never parsed as format strings
    String[] parts = property.access().write(target, "\u0000").split("\u0000", -1);
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
    return Naming.SNAKE_CASE.apply(javaName).toUpperCase(java.util.Locale.ROOT);
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
