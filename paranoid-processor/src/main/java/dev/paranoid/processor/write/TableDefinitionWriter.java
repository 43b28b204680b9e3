package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.ColumnFacts;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.ValueKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** The DAO's {@code TABLE_DEFINITION}: its table's shape, for the runtime's schema helper. */
final class TableDefinitionWriter {

  static final String NAME = "TABLE_DEFINITION";

  private TableDefinitionWriter() {}

  static FieldSpec constant(DaoContext context) {
    EntityModel model = context.model;
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.builder($S)\n", RuntimeNames.TABLE_DEFINITION, model.table())
        .indent().indent();
    Set<String> columns = new HashSet<>();
    for (Property property : model.properties()) {
      if (!columns.add(property.column().toLowerCase(Locale.ROOT))) {
        continue; // a read-only copy of a column already defined
      }
      ColumnFacts facts = property.facts();
      String type = facts.lob() ? lobType(property.kind()) : sqlType(property.kind());
      if (property == model.id()) {
        code.add(model.generatedId() ? ".identityKey($S, $T.$N)" : ".key($S, $T.$N)",
            property.sqlColumn(), RuntimeNames.SQL_TYPE, type);
      } else {
        code.add(".column($S, $T.$N)", property.sqlColumn(), RuntimeNames.SQL_TYPE, type);
        if (!facts.nullable()) {
          code.add(".notNull()");
        }
      }
      if (type.equals("VARCHAR") && facts.length() != 255) {
        code.add(".length($L)", facts.length());
      }
      if (type.equals("DECIMAL") && (facts.precision() != 38 || facts.scale() != 2)) {
        code.add(".precision($L, $L)", facts.precision(), facts.scale());
      }
      if (facts.definition() != null) {
        code.add(".definition($S)", facts.definition());
      }
      code.add("\n");
    }
    code.add(".deletedColumn($S)\n", model.deletedAt().sqlColumn());
    for (AssociationModel association : model.associations()) {
      if (!association.kind().isToMany()) {
        code.add(".foreignKey($S, $S, $S)\n", association.parentColumn(),
            association.target().table(), association.childColumn());
      }
    }
    for (List<String> unique : model.uniqueKeys()) {
      code.add(".unique($L)\n",
          unique.stream().map(column -> CodeBlock.of("$S", column).toString())
              .collect(Collectors.joining(", ")));
    }
    code.add(".build()").unindent().unindent();
    return FieldSpec.builder(RuntimeNames.TABLE_DEFINITION, NAME,
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The shape of table {@code $L}, for {@code Schema.create(dataSource, ...)}.\n",
            model.table())
        .initializer(code.build())
        .build();
  }

  /** A {@code @Lob} column: large text for a String, large binary for a byte[]. */
  private static String lobType(ValueKind kind) {
    return kind == ValueKind.BYTES ? "BLOB" : "CLOB";
  }

  private static String sqlType(ValueKind kind) {
    return switch (kind) {
      case STRING, ENUM_BY_NAME -> "VARCHAR";
      case LONG -> "BIGINT";
      case INT, ENUM_BY_ORDINAL -> "INTEGER";
      case SHORT, BYTE -> "SMALLINT";
      case BOOLEAN -> "BOOLEAN";
      case DOUBLE -> "DOUBLE";
      case FLOAT -> "REAL";
      case CHAR -> "CHAR";
      case BIG_DECIMAL -> "DECIMAL";
      case BYTES -> "BINARY";
      case UUID -> "UUID";
      case LOCAL_DATE -> "DATE";
      case LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> "TIMESTAMP";
      case INSTANT_WITH_TIME_ZONE, OFFSET_DATE_TIME_WITH_TIME_ZONE -> "TIMESTAMP_WITH_TIME_ZONE";
    };
  }
}
