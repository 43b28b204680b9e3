package club;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Auto-applied: found among the build's @Converter classes, so on an incremental build it must be
 * handed to the processor from its class file like the unchanged entities.
 */
@Converter(autoApply = true)
public class CodeConverter implements AttributeConverter<Code, String> {
  @Override public String convertToDatabaseColumn(Code code) { return code.value(); }
  @Override public Code convertToEntityAttribute(String value) { return new Code(value); }
}
