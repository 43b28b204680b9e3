package dev.paranoid.processor.read;

import dev.paranoid.processor.model.ValueKind;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Maps a field's Java type to the {@link ValueKind} that stores it, or null when none can. */
final class ValueKinds {

  private static final Map<String, ValueKind> DECLARED = Map.ofEntries(
      Map.entry("java.lang.String", ValueKind.STRING),
      Map.entry("java.lang.Long", ValueKind.LONG),
      Map.entry("java.lang.Integer", ValueKind.INT),
      Map.entry("java.lang.Short", ValueKind.SHORT),
      Map.entry("java.lang.Byte", ValueKind.BYTE),
      Map.entry("java.lang.Boolean", ValueKind.BOOLEAN),
      Map.entry("java.lang.Double", ValueKind.DOUBLE),
      Map.entry("java.lang.Float", ValueKind.FLOAT),
      Map.entry("java.lang.Character", ValueKind.CHAR),
      Map.entry("java.math.BigDecimal", ValueKind.BIG_DECIMAL),
      Map.entry("java.util.UUID", ValueKind.UUID),
      Map.entry("java.time.LocalDate", ValueKind.LOCAL_DATE),
      Map.entry("java.time.LocalDateTime", ValueKind.LOCAL_DATE_TIME),
      Map.entry("java.time.Instant", ValueKind.INSTANT),
      Map.entry("java.time.OffsetDateTime", ValueKind.OFFSET_DATE_TIME));

  private ValueKinds() {}

  /**
   * The kind for a field of type {@code type}; {@code field} supplies {@code @Enumerated} and
   * {@code @Column(columnDefinition)}, which may say the column has a time zone.
   */
  static ValueKind of(TypeMirror type, Element field) {
    switch (type.getKind()) {
      case LONG: return ValueKind.LONG;
      case INT: return ValueKind.INT;
      case SHORT: return ValueKind.SHORT;
      case BYTE: return ValueKind.BYTE;
      case BOOLEAN: return ValueKind.BOOLEAN;
      case DOUBLE: return ValueKind.DOUBLE;
      case FLOAT: return ValueKind.FLOAT;
      case CHAR: return ValueKind.CHAR;
      case ARRAY:
        return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
            ? ValueKind.BYTES : null;
      case DECLARED:
        return declared((DeclaredType) type, field);
      default:
        return null;
    }
  }

  private static ValueKind declared(DeclaredType type, Element field) {
    TypeElement element = (TypeElement) type.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      boolean byName = Annotations.jpa(field, "Enumerated")
          .flatMap(enumerated -> Annotations.enumConstant(enumerated, "value"))
          .filter("STRING"::equals)
          .isPresent();
      return byName ? ValueKind.ENUM_BY_NAME : ValueKind.ENUM_BY_ORDINAL;
    }
    ValueKind kind = DECLARED.get(element.getQualifiedName().toString());
    if (kind == ValueKind.INSTANT && hasTimeZone(field)) {
      return ValueKind.INSTANT_WITH_TIME_ZONE;
    }
    if (kind == ValueKind.OFFSET_DATE_TIME && hasTimeZone(field)) {
      return ValueKind.OFFSET_DATE_TIME_WITH_TIME_ZONE;
    }
    return kind;
  }

  private static boolean hasTimeZone(Element field) {
    return Annotations.jpa(field, "Column")
        .flatMap(column -> Annotations.string(column, "columnDefinition"))
        .map(definition -> definition.toLowerCase(Locale.ROOT))
        .filter(definition -> definition.contains("time zone") || definition.contains("timestamptz"))
        .isPresent();
  }
}
