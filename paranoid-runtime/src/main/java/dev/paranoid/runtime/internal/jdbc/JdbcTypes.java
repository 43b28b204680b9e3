package dev.paranoid.runtime.internal.jdbc;

import dev.paranoid.runtime.Dialect;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@link JdbcType}s generated DAOs use, one per supported field type.
 *
 * <p>Time rule: a zone-less column ({@code TIMESTAMP}, {@code DATETIME}) holds UTC wall-clock
 * time, whatever the JVM's default zone; a zoned one ({@code TIMESTAMP WITH TIME ZONE},
 * {@code timestamptz}) holds the instant. Every time type is right on both kinds, whichever the
 * entity declares, because {@link ExactTime} binds and reads values so that the database, not the
 * declaration, decides: a table made by hand may differ from the mapping. The
 * {@code *_WITH_TIME_ZONE} constants differ only in the SQL type of their NULL.
 */
public final class JdbcTypes {

  private JdbcTypes() {}

  // The types of most columns are classes of their own, not one class with a getter and a
  // setter lambda: a generated reader's call JdbcTypes.LONG.read(row, 1) then has one receiver
  // class, which the JIT inlines down to ResultSet.getLong, where a lambda field shared by every
  // type made each column an indirect call that could not be inlined.

  public static final JdbcType<String> STRING = new Direct<>(Types.VARCHAR, true) {
    @Override
    String get(ResultSet row, int index) throws SQLException {
      return row.getString(index);
    }

    @Override
    void set(PreparedStatement statement, int index, String value) throws SQLException {
      statement.setString(index, value);
    }
  };

  public static final JdbcType<Long> LONG = new Direct<>(Types.BIGINT, false) {
    @Override
    Long get(ResultSet row, int index) throws SQLException {
      long value = row.getLong(index);
      return value == 0 && row.wasNull() ? null : value;
    }

    @Override
    void set(PreparedStatement statement, int index, Long value) throws SQLException {
      statement.setLong(index, value);
    }
  };

  public static final JdbcType<Integer> INT = new Direct<>(Types.INTEGER, false) {
    @Override
    Integer get(ResultSet row, int index) throws SQLException {
      int value = row.getInt(index);
      return value == 0 && row.wasNull() ? null : value;
    }

    @Override
    void set(PreparedStatement statement, int index, Integer value) throws SQLException {
      statement.setInt(index, value);
    }
  };

  public static final JdbcType<Short> SHORT = new Direct<>(Types.SMALLINT, false) {
    @Override
    Short get(ResultSet row, int index) throws SQLException {
      short value = row.getShort(index);
      return value == 0 && row.wasNull() ? null : value;
    }

    @Override
    void set(PreparedStatement statement, int index, Short value) throws SQLException {
      statement.setShort(index, value);
    }
  };

  public static final JdbcType<Byte> BYTE = new Direct<>(Types.SMALLINT, false) {
    @Override
    Byte get(ResultSet row, int index) throws SQLException {
      byte value = row.getByte(index);
      return value == 0 && row.wasNull() ? null : value;
    }

    @Override
    void set(PreparedStatement statement, int index, Byte value) throws SQLException {
      statement.setByte(index, value);
    }
  };

  public static final JdbcType<Boolean> BOOLEAN = new Direct<>(Types.BOOLEAN, false) {
    @Override
    Boolean get(ResultSet row, int index) throws SQLException {
      boolean value = row.getBoolean(index);
      return !value && row.wasNull() ? null : value;
    }

    @Override
    void set(PreparedStatement statement, int index, Boolean value) throws SQLException {
      statement.setBoolean(index, value);
    }
  };

  public static final JdbcType<Double> DOUBLE = new Direct<>(Types.DOUBLE, false) {
    @Override
    Double get(ResultSet row, int index) throws SQLException {
      double value = row.getDouble(index);
      return value == 0 && row.wasNull() ? null : value;
    }

    @Override
    void set(PreparedStatement statement, int index, Double value) throws SQLException {
      statement.setDouble(index, value);
    }
  };

  public static final JdbcType<Float> FLOAT = new Direct<>(Types.REAL, false) {
    @Override
    Float get(ResultSet row, int index) throws SQLException {
      float value = row.getFloat(index);
      return value == 0 && row.wasNull() ? null : value;
    }

    @Override
    void set(PreparedStatement statement, int index, Float value) throws SQLException {
      statement.setFloat(index, value);
    }
  };

  public static final JdbcType<Character> CHAR =
      new Simple<>(
          Types.CHAR,
          Setter.of((statement, index, value) -> statement.setString(index, String.valueOf(value))),
          Getter.of((row, index) -> {
            String text = row.getString(index);
            return text == null || text.isEmpty() ? null : text.charAt(0);
          }),
          true);

  public static final JdbcType<BigDecimal> BIG_DECIMAL = new Direct<>(Types.NUMERIC, false) {
    @Override
    BigDecimal get(ResultSet row, int index) throws SQLException {
      return row.getBigDecimal(index);
    }

    @Override
    void set(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
      statement.setBigDecimal(index, value);
    }
  };

  public static final JdbcType<byte[]> BYTES = new Direct<>(Types.VARBINARY, false) {
    @Override
    byte[] get(ResultSet row, int index) throws SQLException {
      return row.getBytes(index);
    }

    @Override
    void set(PreparedStatement statement, int index, byte[] value) throws SQLException {
      statement.setBytes(index, value);
    }
  };

  /**
   * A UUID: a native {@code uuid} on H2 and PostgreSQL; on MariaDB/MySQL its 36-character text,
   * which MariaDB's {@code UUID} type and a {@code CHAR(36)} column both accept, whichever driver
   * sends it (MySQL Connector/J would send a {@code setObject(UUID)} as a serialized Java object).
   */
  public static final JdbcType<UUID> UUID_TYPE =
      new Simple<>(Types.OTHER, JdbcTypes::bindUuid, JdbcTypes::readUuid, false);

  public static final JdbcType<LocalDate> LOCAL_DATE =
      new Simple<>(
          Types.DATE,
          ExactTime::bindDate,
          Getter.of((row, index) -> row.getObject(index, LocalDate.class)),
          false);

  public static final TimestampType<LocalDateTime> LOCAL_DATE_TIME =
      new Timestamp<>(Types.TIMESTAMP) {
        @Override
        LocalDateTime toUtc(LocalDateTime value) {
          return value;
        }

        @Override
        LocalDateTime fromUtc(LocalDateTime stored) {
          return stored;
        }

        @Override
        public LocalDateTime fromInstant(Instant instant) {
          return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
      };

  public static final TimestampType<Instant> INSTANT = instant(Types.TIMESTAMP);

  public static final TimestampType<OffsetDateTime> OFFSET_DATE_TIME =
      offsetDateTime(Types.TIMESTAMP);

  public static final TimestampType<Instant> INSTANT_WITH_TIME_ZONE =
      instant(Types.TIMESTAMP_WITH_TIMEZONE);

  public static final TimestampType<OffsetDateTime> OFFSET_DATE_TIME_WITH_TIME_ZONE =
      offsetDateTime(Types.TIMESTAMP_WITH_TIMEZONE);

  private static TimestampType<Instant> instant(int sqlType) {
    return new Timestamp<>(sqlType) {
      @Override
      LocalDateTime toUtc(Instant value) {
        return LocalDateTime.ofInstant(value, ZoneOffset.UTC);
      }

      @Override
      Instant fromUtc(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC);
      }

      @Override
      public Instant fromInstant(Instant instant) {
        return instant;
      }
    };
  }

  private static TimestampType<OffsetDateTime> offsetDateTime(int sqlType) {
    return new Timestamp<>(sqlType) {
      @Override
      LocalDateTime toUtc(OffsetDateTime value) {
        return LocalDateTime.ofInstant(value.toInstant(), ZoneOffset.UTC);
      }

      @Override
      OffsetDateTime fromUtc(LocalDateTime stored) {
        return stored.atOffset(ZoneOffset.UTC);
      }

      @Override
      public OffsetDateTime fromInstant(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
      }
    };
  }

  /** An enum stored by {@link Enum#name()} ({@code @Enumerated(STRING)}). */
  /**
   * A field that a JPA {@code AttributeConverter} stores as a {@code column} value: the generated
   * code passes the converter's two methods. {@code null} stays {@code null} both ways, without a
   * call to the converter.
   */
  public static <A, D> JdbcType<A> converted(JdbcType<D> column, Function<A, D> toColumn,
      Function<D, A> toAttribute) {
    return new JdbcType<>() {
      @Override
      public void bind(Parameters parameters, int index, A value) throws SQLException {
        column.bind(parameters, index, value == null ? null : toColumn.apply(value));
      }

      @Override
      public A read(Row row, int index) throws SQLException {
        D value = column.read(row, index);
        return value == null ? null : toAttribute.apply(value);
      }

      @Override
      public boolean isText() {
        return column.isText();
      }
    };
  }

  public static <T extends Enum<T>> JdbcType<T> enumByName(Class<T> type) {
    return new Simple<>(
        Types.VARCHAR,
        Setter.of((statement, index, value) -> statement.setString(index, value.name())),
        Getter.of((row, index) -> {
          String name = row.getString(index);
          if (name == null) {
            return null;
          }
          try {
            return Enum.valueOf(type, name);
          } catch (IllegalArgumentException e) {
            throw new SQLException("No constant of " + type.getSimpleName() + " is named \"" + name + "\"", e);
          }
        }),
        true);
  }

  /** An enum stored by {@link Enum#ordinal()} ({@code @Enumerated(ORDINAL)}, JPA's default). */
  public static <T extends Enum<T>> JdbcType<T> enumByOrdinal(Class<T> type) {
    T[] constants = type.getEnumConstants();
    return new Simple<>(
        Types.INTEGER,
        Setter.of((statement, index, value) -> statement.setInt(index, value.ordinal())),
        Getter.of((row, index) -> {
          int ordinal = row.getInt(index);
          if (row.wasNull()) {
            return null;
          }
          if (ordinal < 0 || ordinal >= constants.length) {
            throw new SQLException(
                "No constant of " + type.getSimpleName() + " has ordinal " + ordinal);
          }
          return constants[ordinal];
        }),
        false);
  }

  private static void bindUuid(Parameters parameters, int index, UUID value)
      throws SQLException {
    if (parameters.dialect() == Dialect.MARIADB) {
      parameters.statement().setString(index, value.toString());
    } else {
      parameters.statement().setObject(index, value);
    }
  }

  private static UUID readUuid(Row row, int index) throws SQLException {
    Object value = row.resultSet().getObject(index);
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    if (value instanceof byte[]) {
      ByteBuffer bytes = ByteBuffer.wrap((byte[]) value);
      return new UUID(bytes.getLong(), bytes.getLong());
    }
    return UUID.fromString(value.toString());
  }

  /** A setter of {@link PreparedStatement}, or one that needs the database's dialect. */
  @FunctionalInterface
  private interface Setter<T> {
    void set(Parameters parameters, int index, T value) throws SQLException;

    static <T> Setter<T> of(PlainSetter<T> setter) {
      return (parameters, index, value) -> setter.set(parameters.statement(), index, value);
    }
  }

  @FunctionalInterface
  private interface PlainSetter<T> {
    void set(PreparedStatement statement, int index, T value) throws SQLException;
  }

  /** A getter of {@link ResultSet}, or one that needs the database's dialect. */
  @FunctionalInterface
  private interface Getter<T> {
    T get(Row row, int index) throws SQLException;

    static <T> Getter<T> of(PlainGetter<T> getter) {
      return (row, index) -> getter.get(row.resultSet(), index);
    }
  }

  @FunctionalInterface
  private interface PlainGetter<T> {
    T get(ResultSet row, int index) throws SQLException;
  }

  private static class Simple<T> implements JdbcType<T> {
    private final int sqlType;
    private final Setter<T> setter;
    private final Getter<T> getter;
    private final boolean text;

    Simple(int sqlType, Setter<T> setter, Getter<T> getter, boolean text) {
      this.sqlType = sqlType;
      this.setter = setter;
      this.getter = getter;
      this.text = text;
    }

    @Override
    public void bind(Parameters parameters, int index, T value) throws SQLException {
      if (value == null) {
        parameters.statement().setNull(index, sqlType);
      } else {
        setter.set(parameters, index, value);
      }
    }

    @Override
    public T read(Row row, int index) throws SQLException {
      T value = getter.get(row, index);
      // primitive getters answer 0/false for SQL NULL
      return row.resultSet().wasNull() ? null : value;
    }

    @Override
    public boolean isText() {
      return text;
    }
  }

  /**
   * A type that reads and writes one JDBC getter and setter: each constant is a class of its own,
   * so the JIT inlines it at every generated call site. {@code get} answers null for SQL NULL.
   */
  private abstract static class Direct<T> implements JdbcType<T> {
    private final int sqlType;
    private final boolean text;

    Direct(int sqlType, boolean text) {
      this.sqlType = sqlType;
      this.text = text;
    }

    abstract T get(ResultSet row, int index) throws SQLException;

    abstract void set(PreparedStatement statement, int index, T value) throws SQLException;

    @Override
    public final void bind(Parameters parameters, int index, T value) throws SQLException {
      if (value == null) {
        parameters.statement().setNull(index, sqlType);
      } else {
        set(parameters.statement(), index, value);
      }
    }

    @Override
    public final T read(Row row, int index) throws SQLException {
      return get(row.resultSet(), index);
    }

    @Override
    public final boolean isText() {
      return text;
    }
  }

  /**
   * A time type, carried as UTC wall-clock time (see {@link ExactTime}). A class per constant, so
   * that its conversions inline at each call site as {@link Direct}'s getters do.
   */
  private abstract static class Timestamp<T> implements TimestampType<T> {
    private final int sqlType;

    Timestamp(int sqlType) {
      this.sqlType = sqlType;
    }

    abstract LocalDateTime toUtc(T value);

    abstract T fromUtc(LocalDateTime stored);

    @Override
    public final void bind(Parameters parameters, int index, T value) throws SQLException {
      if (value == null) {
        parameters.statement().setNull(index, sqlType);
      } else {
        ExactTime.bind(parameters, index, toUtc(value), value);
      }
    }

    @Override
    public final T read(Row row, int index) throws SQLException {
      LocalDateTime utc = ExactTime.read(row, index);
      return utc == null ? null : fromUtc(utc);
    }
  }
}
