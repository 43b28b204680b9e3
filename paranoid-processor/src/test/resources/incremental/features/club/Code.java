package club;

/** A value type no field names a converter for: {@link CodeConverter} applies itself. */
public record Code(String value) {}
