package dev.paranoid.processor.model;

import java.util.Locale;

/** Derives table and column names from Java names (processor option {@code paranoid.naming}). */
public enum Naming {
  /** {@code OrderLine} → {@code order_line}, {@code createdAt} → {@code created_at}. */
  SNAKE_CASE("snake_case") {
    @Override
    public String apply(String javaName) {
      StringBuilder name = new StringBuilder(javaName.length() + 4);
      for (int i = 0; i < javaName.length(); i++) {
        char c = javaName.charAt(i);
        if (Character.isUpperCase(c)) {
          boolean afterLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1))
              && javaName.charAt(i - 1) != '_';
          boolean endsAcronym = i > 0 && Character.isUpperCase(javaName.charAt(i - 1))
              && i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
          if (afterLower || endsAcronym) {
            name.append('_');
          }
          name.append(Character.toLowerCase(c));
        } else {
          name.append(c);
        }
      }
      return name.toString();
    }
  },
  /** Java names unchanged. */
  AS_IS("as_is") {
    @Override
    public String apply(String javaName) {
      return javaName;
    }
  };

  public static final String OPTION = "paranoid.naming";

  private final String optionValue;

  Naming(String optionValue) {
    this.optionValue = optionValue;
  }

  public abstract String apply(String javaName);

  /** The strategy an option value names, or null for an unknown value. */
  public static Naming fromOption(String value) {
    if (value == null) {
      return SNAKE_CASE;
    }
    for (Naming naming : values()) {
      if (naming.optionValue.equals(value.trim().toLowerCase(Locale.ROOT))) {
        return naming;
      }
    }
    return null;
  }

  /**
   * The UPPER_SNAKE name of a DAO constant for a Java name, or for the path of an embedded
   * field's column ({@code total.amount} → {@code TOTAL_AMOUNT}); independent of the option.
   */
  public static String constantName(String javaName) {
    return SNAKE_CASE.apply(javaName.replace('.', '_')).toUpperCase(Locale.ROOT);
  }

  public static String choices() {
    return "snake_case, as_is";
  }
}
