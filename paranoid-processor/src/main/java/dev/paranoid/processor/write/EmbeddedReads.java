package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paranoid.processor.model.Access;
import dev.paranoid.processor.model.Embedding;
import dev.paranoid.processor.model.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The embedded fields among an entity's properties: each of its columns is a property of its own
 * (writes bind them one by one, reading through the embedded field), but a row is read back into
 * one embeddable, by a private method per embedded field. Like Hibernate, an embedded field whose
 * columns are all NULL reads as null.
 */
final class EmbeddedReads {

  private EmbeddedReads() {}

  /** The embedded field {@code property} is a column of, or null for a plain property. */
  static Embedding embeddingOf(Property property) {
    return property.access() instanceof Access.Embedded embedded ? embedded.owner() : null;
  }

  /**
   * The properties as the entity's fields or record components: each plain property, and the
   * first column of each embedded field, standing for the whole field.
   */
  static List<Property> components(List<Property> properties) {
    List<Property> components = new ArrayList<>();
    Embedding last = null;
    for (Property property : properties) {
      Embedding embedding = embeddingOf(property);
      if (embedding == null || embedding != last) {
        components.add(property);
      }
      last = embedding;
    }
    return components;
  }

  /** The embedded fields among {@code properties}, in order. */
  static List<Embedding> embeddings(List<Property> properties) {
    return components(properties).stream()
        .map(EmbeddedReads::embeddingOf)
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * Adds the method reading each embedded field of {@code properties} from a row of
   * {@code select} (the entity's or an association target's).
   */
  static void addReaders(TypeSpec.Builder dao, DaoContext context,
      List<Property> properties, SelectList select) {
    for (Embedding embedding : embeddings(properties)) {
      dao.addMethod(reader(context, embedding, properties, select));
    }
  }

  /**
   * {@code private static Money readTotal(Row row)}: the embeddable, or null when all its
   * columns are NULL; a primitive field gets JDBC's default for a NULL among non-NULL columns.
   */
  private static MethodSpec reader(DaoContext context, Embedding embedding,
      List<Property> properties, SelectList select) {
    TypeName type = TypeName.get(embedding.type());
    List<Property> columns = properties.stream()
        .filter(property -> embeddingOf(property) == embedding)
        .toList();
    MethodSpec.Builder method = MethodSpec.methodBuilder(context.names.embeddedReader(embedding))
        .addJavadoc("Reads {@code $L} from its columns of a row: null when they are all NULL.\n",
            embedding.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(RuntimeNames.ROW, "row")
        .addException(RuntimeNames.SQL_EXCEPTION);
    NameAllocator locals = new NameAllocator();
    locals.newName("row", "row");
    List<CodeBlock> allNull = new ArrayList<>();
    for (Property column : columns) {
      String local = locals.newName(leafName(column), column);
      method.addStatement("$T $N = $L.read(row, $L)", context.valueType(column), local,
          context.jdbcType(column), select.position(column));
      allNull.add(CodeBlock.of("$N == null", local));
    }
    method.beginControlFlow("if ($L)", CodeBlock.join(allNull, " && "))
        .addStatement("return null")
        .endControlFlow();
    List<CodeBlock> values = columns.stream()
        .map(column -> value(column, locals.get(column)))
        .toList();
    if (embedding.record()) {
      return method.addStatement("return new $T(\n$>$>$L$<$<)", type, CodeBlock.join(values, ",\n"))
          .build();
    }
    String result = locals.newName(embedding.name(), embedding);
    method.addStatement("$T $N = new $T()", type, result, type);
    for (int i = 0; i < columns.size(); i++) {
      Access leaf = ((Access.Embedded) columns.get(i).access()).leaf();
      method.addStatement(Accessors.assign(leaf, result, values.get(i)));
    }
    return method.addStatement("return $N", result).build();
  }

  /** The local's value for the field: a primitive gets its default for NULL. */
  private static CodeBlock value(Property column, String local) {
    return column.isPrimitive()
        ? CodeBlock.of("$N == null ? $L : $N", local, Literals.primitiveDefault(column.kind()), local)
        : CodeBlock.of("$N", local);
  }

  /** The embeddable's own name of the field ({@code amount} of {@code total.amount}). */
  private static String leafName(Property column) {
    return column.name().substring(column.name().indexOf('.') + 1);
  }
}
