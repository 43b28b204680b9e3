package dev.paranoid.runtime.condition;

import dev.paranoid.runtime.internal.jdbc.JdbcType;
import dev.paranoid.runtime.internal.jdbc.JdbcTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A condition the user wrote as SQL ({@code Condition.sql}): the fragment, parenthesised so that
 * it combines like any other condition, with each {@code ?} bound to its value in order.
 */
final class SqlFragment<E> extends SqlCondition<E> {

  private final List<String> pieces;
  private final List<Value<?>> values;

  private SqlFragment(List<String> pieces, List<Value<?>> values) {
    this.pieces = pieces;
    this.values = values;
  }

  static <E> SqlFragment<E> of(String fragment, Object... values) {
    Objects.requireNonNull(fragment, "fragment must not be null");
    Objects.requireNonNull(values, "values must not be null");
    if (fragment.isBlank()) {
      throw new IllegalArgumentException("Condition.sql: the fragment is empty; use"
          + " Condition.all() for every row");
    }
    List<String> pieces = split(fragment);
    int placeholders = pieces.size() - 1;
    if (placeholders != values.length) {
      throw new IllegalArgumentException("Condition.sql: \"" + fragment + "\" has " + placeholders
          + (placeholders == 1 ? " ? placeholder" : " ? placeholders") + " but " + values.length
          + (values.length == 1 ? " value was" : " values were") + " given; give one value per ?"
          + " (a ? inside a quoted literal is not a placeholder)");
    }
    List<Value<?>> bound = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      bound.add(Value.of(values[i], i));
    }
    return new SqlFragment<>(pieces, List.copyOf(bound));
  }

  @Override
  public void appendTo(SqlBuilder sql) {
    sql.append("(").append(pieces.get(0));
    for (int i = 0; i < values.size(); i++) {
      values.get(i).appendTo(sql);
      sql.append(pieces.get(i + 1));
    }
    sql.append(")");
  }

  /**
   * The text around each {@code ?} placeholder. A {@code ?} inside a quoted literal or a quoted
   * identifier is text, as the drivers read it; PostgreSQL's {@code ??} (a literal question mark
   * for its JSON operators) stays {@code ??}.
   */
  private static List<String> split(String fragment) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (quote != 0) {
        piece.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
        piece.append(c);
      } else if (c == '?' && i + 1 < fragment.length() && fragment.charAt(i + 1) == '?') {
        piece.append("??");
        i++;
      } else if (c == '?') {
        pieces.add(piece.toString());
        piece.setLength(0);
      } else {
        piece.append(c);
      }
    }
    pieces.add(piece.toString());
    return pieces;
  }

  /** One bound value, with the type that binds it as an entity field of its class would be. */
  private record Value<T>(T value, JdbcType<T> type) {

    void appendTo(SqlBuilder sql) {
      sql.parameter(value, type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Value<?> of(Object value, int index) {
      if (value == null) {
        throw new IllegalArgumentException("Condition.sql: value " + (index + 1) + " is null;"
            + " write IS NULL in the fragment instead (= NULL matches no row)");
      }
      if (value instanceof Enum<?> constant) {
        // as an enum field is stored by default (EnumType.STRING is the common mapping)
        return new Value<>(constant.name(), JdbcTypes.STRING);
      }
      JdbcType<?> type = typeOf(value);
      if (type == null) {
        throw new IllegalArgumentException("Condition.sql: value " + (index + 1) + " is a "
            + value.getClass().getName() + ", which Paranoid cannot bind; give a String, a"
            + " number, a Boolean, a UUID, a LocalDate, a LocalDateTime, an Instant, an"
            + " OffsetDateTime, an enum constant or a byte[]");
      }
      return new Value(value, type);
    }

    private static JdbcType<?> typeOf(Object value) {
      if (value instanceof String) {
        return JdbcTypes.STRING;
      } else if (value instanceof Long) {
        return JdbcTypes.LONG;
      } else if (value instanceof Integer) {
        return JdbcTypes.INT;
      } else if (value instanceof Short) {
        return JdbcTypes.SHORT;
      } else if (value instanceof Byte) {
        return JdbcTypes.BYTE;
      } else if (value instanceof Boolean) {
        return JdbcTypes.BOOLEAN;
      } else if (value instanceof Double) {
        return JdbcTypes.DOUBLE;
      } else if (value instanceof Float) {
        return JdbcTypes.FLOAT;
      } else if (value instanceof Character) {
        return JdbcTypes.CHAR;
      } else if (value instanceof BigDecimal) {
        return JdbcTypes.BIG_DECIMAL;
      } else if (value instanceof byte[]) {
        return JdbcTypes.BYTES;
      } else if (value instanceof UUID) {
        return JdbcTypes.UUID_TYPE;
      } else if (value instanceof LocalDate) {
        return JdbcTypes.LOCAL_DATE;
      } else if (value instanceof LocalDateTime) {
        return JdbcTypes.LOCAL_DATE_TIME;
      } else if (value instanceof Instant) {
        return JdbcTypes.INSTANT;
      } else if (value instanceof OffsetDateTime) {
        return JdbcTypes.OFFSET_DATE_TIME;
      }
      return null;
    }
  }
}
