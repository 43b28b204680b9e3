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

  public static final JdbcType<String> STRING =
      new Simple<>(Types.VARCHAR, Setter.of(PreparedStatement::setString), Getter.of(ResultSet::getString), true);

  public static final JdbcType<Long> LONG =
      new Simple<>(Types.BIGINT, Setter.of(PreparedStatement::setLong), Getter.of(ResultSet::getLong), false);

  public static final JdbcType<Integer> INT =
      new Simple<>(Types.INTEGER, Setter.of(PreparedStatement::setInt), Getter.of(ResultSet::getInt), false);

  public static final JdbcType<Short> SHORT =
      new Simple<>(Types.SMALLINT, Setter.of(PreparedStatement::setShort), Getter.of(ResultSet::getShort), false);

  public static final JdbcType<Byte> BYTE =
      new Simple<>(Types.SMALLINT, Setter.of(PreparedStatement::setByte), Getter.of(ResultSet::getByte), false);

  public static final JdbcType<Boolean> BOOLEAN =
      new Simple<>(Types.BOOLEAN, Setter.of(PreparedStatement::setBoolean), Getter.of(ResultSet::getBoolean), false);

  public static final JdbcType<Double> DOUBLE =
      new Simple<>(Types.DOUBLE, Setter.of(PreparedStatement::setDouble), Getter.of(ResultSet::getDouble), false);

  public static final JdbcType<Float> FLOAT =
      new Simple<>(Types.REAL, Setter.of(PreparedStatement::setFloat), Getter.of(ResultSet::getFloat), false);

  public static final JdbcType<Character> CHAR =
      new Simple<>(
          Types.CHAR,
          Setter.of((statement, index, value) -> statement.setString(index, String.valueOf(value))),
          Getter.of((row, index) -> {
            String text = row.getString(index);
            return text == null || text.isEmpty() ? null : text.charAt(0);
          }),
          true);

  public static final JdbcType<BigDecimal> BIG_DECIMAL =
      new Simple<>(Types.NUMERIC, Setter.of(PreparedStatement::setBigDecimal), Getter.of(ResultSet::getBigDecimal), false);

  public static final JdbcType<byte[]> BYTES =
      new Simple<>(Types.VARBINARY, Setter.of(PreparedStatement::setBytes), Getter.of(ResultSet::getBytes), false);

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
      new Timestamp<>(
          Types.TIMESTAMP,
          value -> value,
          value -> value,
          instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC));

  public static final TimestampType<Instant> INSTANT =
      new Timestamp<>(
          Types.TIMESTAMP,
          value -> LocalDateTime.ofInstant(value, ZoneOffset.UTC),
          stored -> stored.toInstant(ZoneOffset.UTC),
          instant -> instant);

  public static final TimestampType<OffsetDateTime> OFFSET_DATE_TIME =
      new Timestamp<>(
          Types.TIMESTAMP,
          value -> LocalDateTime.ofInstant(value.toInstant(), ZoneOffset.UTC),
          stored -> stored.atOffset(ZoneOffset.UTC),
          instant -> instant.atOffset(ZoneOffset.UTC));

  public static final TimestampType<Instant> INSTANT_WITH_TIME_ZONE =
      new Timestamp<>(
          Types.TIMESTAMP_WITH_TIMEZONE,
          value -> LocalDateTime.ofInstant(value, ZoneOffset.UTC),
          stored -> stored.toInstant(ZoneOffset.UTC),
          instant -> instant);

  public static final TimestampType<OffsetDateTime> OFFSET_DATE_TIME_WITH_TIME_ZONE =
      new Timestamp<>(
          Types.TIMESTAMP_WITH_TIMEZONE,
          value -> LocalDateTime.ofInstant(value.toInstant(), ZoneOffset.UTC),
          stored -> stored.atOffset(ZoneOffset.UTC),
          instant -> instant.atOffset(ZoneOffset.UTC));

  /** An enum stored by {@link Enum#name()} ({@code @Enumerated(STRING)}). */
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

  @FunctionalInterface
  private interface Conversion<A, B> {
    B apply(A value);
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

  /** A time type, carried as UTC wall-clock time (see {@link ExactTime}). */
  private static final class Timestamp<T> implements TimestampType<T> {
    private final int sqlType;
    private final Conversion<T, LocalDateTime> toUtc;
    private final Conversion<LocalDateTime, T> fromUtc;
    private final Conversion<Instant, T> fromInstant;

    Timestamp(
        int sqlType,
        Conversion<T, LocalDateTime> toUtc,
        Conversion<LocalDateTime, T> fromUtc,
        Conversion<Instant, T> fromInstant) {
      this.sqlType = sqlType;
      this.toUtc = toUtc;
      this.fromUtc = fromUtc;
      this.fromInstant = fromInstant;
    }

    @Override
    public void bind(Parameters parameters, int index, T value) throws SQLException {
      if (value == null) {
        parameters.statement().setNull(index, sqlType);
      } else {
        ExactTime.bind(parameters, index, toUtc.apply(value), value);
      }
    }

    @Override
    public T read(Row row, int index) throws SQLException {
      LocalDateTime utc = ExactTime.read(row, index);
      return utc == null ? null : fromUtc.apply(utc);
    }

    @Override
    public T fromInstant(Instant instant) {
      return fromInstant.apply(instant);
    }
  }
}
