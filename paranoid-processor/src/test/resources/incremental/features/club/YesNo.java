package club;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A converter: the column type comes from its type arguments. */
@Converter
public class YesNo implements AttributeConverter<Boolean, String> {
  @Override public String convertToDatabaseColumn(Boolean value) { return value == null ? null : value ? "Y" : "N"; }
  @Override public Boolean convertToEntityAttribute(String column) { return column == null ? null : column.equals("Y"); }
}
