package dev.paranoid.runtime.jdbc;

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
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;

/**
 * The {@link JdbcType}s generated DAOs use, one per supported field type.
 *
 * <p>Time rule: a zone-less column ({@code TIMESTAMP}, {@code DATETIME}) holds UTC wall-clock
 * time, whatever the JVM's default zone. Values are written as a {@link LocalDateTime}, which
 * drivers pass on unconverted, and read with {@code getTimestamp(index, <UTC calendar>)}: MariaDB
 * Connector/J converts a DATETIME it returns as a {@code LocalDateTime} (or even as a String)
 * through the JVM's zone, which moves a wall-clock time that falls in that zone's DST gap by an
 * hour. Columns declared {@code WITH TIME ZONE} use the {@code *_WITH_TIME_ZONE} types, which
 * bind an {@link OffsetDateTime} at UTC.
 */
public final class JdbcTypes {

  private JdbcTypes() {}

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private static final java.time.format.DateTimeFormatter POSTGRES_UTC =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS'+00'", Locale.ROOT);

  /**
   * The database behind a connection, for the few bindings that differ. Drivers cache their
   * metadata, so this is a field read behind a pool's proxy, not a round trip.
   */
  private static Dialect dialectOf(java.sql.Connection connection) throws SQLException {
    return Dialect.detect(connection);
  }

  public static final JdbcType<String> STRING =
      new Simple<>(Types.VARCHAR, PreparedStatement::setString, ResultSet::getString, true);

  public static final JdbcType<Long> LONG =
      new Simple<>(Types.BIGINT, PreparedStatement::setLong, ResultSet::getLong, false);

  public static final JdbcType<Integer> INT =
      new Simple<>(Types.INTEGER, PreparedStatement::setInt, ResultSet::getInt, false);

  public static final JdbcType<Short> SHORT =
      new Simple<>(Types.SMALLINT, PreparedStatement::setShort, ResultSet::getShort, false);

  public static final JdbcType<Byte> BYTE =
      new Simple<>(Types.SMALLINT, PreparedStatement::setByte, ResultSet::getByte, false);

  public static final JdbcType<Boolean> BOOLEAN =
      new Simple<>(Types.BOOLEAN, PreparedStatement::setBoolean, ResultSet::getBoolean, false);

  public static final JdbcType<Double> DOUBLE =
      new Simple<>(Types.DOUBLE, PreparedStatement::setDouble, ResultSet::getDouble, false);

  public static final JdbcType<Float> FLOAT =
      new Simple<>(Types.REAL, PreparedStatement::setFloat, ResultSet::getFloat, false);

  public static final JdbcType<Character> CHAR =
      new Simple<>(
          Types.CHAR,
          (statement, index, value) -> statement.setString(index, String.valueOf(value)),
          (row, index) -> {
            String text = row.getString(index);
            return text == null || text.isEmpty() ? null : text.charAt(0);
          },
          true);

  public static final JdbcType<BigDecimal> BIG_DECIMAL =
      new Simple<>(Types.NUMERIC, PreparedStatement::setBigDecimal, ResultSet::getBigDecimal, false);

  public static final JdbcType<byte[]> BYTES =
      new Simple<>(Types.VARBINARY, PreparedStatement::setBytes, ResultSet::getBytes, false);

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
          PreparedStatement::setObject,
          (row, index) -> row.getObject(index, LocalDate.class),
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
      new ZonedTimestamp<>(value -> value.atOffset(ZoneOffset.UTC), OffsetDateTime::toInstant,
          instant -> instant);

  public static final TimestampType<OffsetDateTime> OFFSET_DATE_TIME_WITH_TIME_ZONE =
      new ZonedTimestamp<>(
          value -> value.withOffsetSameInstant(ZoneOffset.UTC),
          stored -> stored.withOffsetSameInstant(ZoneOffset.UTC),
          instant -> instant.atOffset(ZoneOffset.UTC));

  /** An enum stored by {@link Enum#name()} ({@code @Enumerated(STRING)}). */
  public static <T extends Enum<T>> JdbcType<T> enumByName(Class<T> type) {
    return new Simple<>(
        Types.VARCHAR,
        (statement, index, value) -> statement.setString(index, value.name()),
        (row, index) -> {
          String name = row.getString(index);
          if (name == null) {
            return null;
          }
          try {
            return Enum.valueOf(type, name);
          } catch (IllegalArgumentException e) {
            throw new SQLException("No constant of " + type.getSimpleName() + " is named \"" + name + "\"", e);
          }
        },
        true);
  }

  /** An enum stored by {@link Enum#ordinal()} ({@code @Enumerated(ORDINAL)}, JPA's default). */
  public static <T extends Enum<T>> JdbcType<T> enumByOrdinal(Class<T> type) {
    T[] constants = type.getEnumConstants();
    return new Simple<>(
        Types.INTEGER,
        (statement, index, value) -> statement.setInt(index, value.ordinal()),
        (row, index) -> {
          int ordinal = row.getInt(index);
          if (row.wasNull()) {
            return null;
          }
          if (ordinal < 0 || ordinal >= constants.length) {
            throw new SQLException(
                "No constant of " + type.getSimpleName() + " has ordinal " + ordinal);
          }
          return constants[ordinal];
        },
        false);
  }

  private static void bindUuid(PreparedStatement statement, int index, UUID value)
      throws SQLException {
    if (dialectOf(statement.getConnection()) == Dialect.MARIADB) {
      statement.setString(index, value.toString());
    } else {
      statement.setObject(index, value);
    }
  }

  private static UUID readUuid(ResultSet row, int index) throws SQLException {
    Object value = row.getObject(index);
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    if (value instanceof byte[]) {
      ByteBuffer bytes = ByteBuffer.wrap((byte[]) value);
      return new UUID(bytes.getLong(), bytes.getLong());
    }
    return UUID.fromString(value.toString());
  }

  @FunctionalInterface
  private interface Setter<T> {
    void set(PreparedStatement statement, int index, T value) throws SQLException;
  }

  @FunctionalInterface
  private interface Getter<T> {
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
    public void bind(PreparedStatement statement, int index, T value) throws SQLException {
      if (value == null) {
        statement.setNull(index, sqlType);
      } else {
        setter.set(statement, index, value);
      }
    }

    @Override
    public T read(ResultSet row, int index) throws SQLException {
      T value = getter.get(row, index);
      // primitive getters answer 0/false for SQL NULL
      return row.wasNull() ? null : value;
    }

    @Override
    public boolean isText() {
      return text;
    }
  }

  /** A zone-less timestamp column holding UTC wall-clock time. */
  private static final class Timestamp<T> implements TimestampType<T> {
    private final int sqlType;
    private final Conversion<T, LocalDateTime> toStored;
    private final Conversion<LocalDateTime, T> fromStored;
    private final Conversion<Instant, T> fromInstant;

    Timestamp(
        int sqlType,
        Conversion<T, LocalDateTime> toStored,
        Conversion<LocalDateTime, T> fromStored,
        Conversion<Instant, T> fromInstant) {
      this.sqlType = sqlType;
      this.toStored = toStored;
      this.fromStored = fromStored;
      this.fromInstant = fromInstant;
    }

    @Override
    public void bind(PreparedStatement statement, int index, T value) throws SQLException {
      if (value == null) {
        statement.setNull(index, sqlType);
      } else if (dialectOf(statement.getConnection()) == Dialect.POSTGRESQL) {
        // An untyped literal with an explicit UTC offset is right for both of PostgreSQL's column
        // types: "timestamp" ignores the offset (UTC wall-clock time), "timestamptz" honours it.
        // A LocalDateTime would reach a timestamptz column through the session's (JVM's) zone.
        statement.setObject(index, POSTGRES_UTC.format(toStored.apply(value)), Types.OTHER);
      } else {
        statement.setObject(index, toStored.apply(value));
      }
    }

    @Override
    public T read(ResultSet row, int index) throws SQLException {
      // a Calendar per call: drivers may modify the one they are given
      java.sql.Timestamp stored =
          row.getTimestamp(index, Calendar.getInstance(UTC, Locale.ROOT));
      return stored == null ? null
          : fromStored.apply(LocalDateTime.ofInstant(stored.toInstant(), ZoneOffset.UTC));
    }

    @Override
    public T fromInstant(Instant instant) {
      return fromInstant.apply(instant);
    }
  }

  /**
   * A {@code TIMESTAMP WITH TIME ZONE} column; values are bound at UTC. MariaDB has no such type
   * (the column is a DATETIME there) and its driver converts an {@code OffsetDateTime} into the
   * JVM's zone, so on MariaDB the zone-less UTC rule applies instead.
   */
  private static final class ZonedTimestamp<T> implements TimestampType<T> {
    private final Conversion<T, OffsetDateTime> toStored;
    private final Conversion<OffsetDateTime, T> fromStored;
    private final Conversion<Instant, T> fromInstant;

    ZonedTimestamp(
        Conversion<T, OffsetDateTime> toStored,
        Conversion<OffsetDateTime, T> fromStored,
        Conversion<Instant, T> fromInstant) {
      this.toStored = toStored;
      this.fromStored = fromStored;
      this.fromInstant = fromInstant;
    }

    @Override
    public void bind(PreparedStatement statement, int index, T value) throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
      } else if (dialectOf(statement.getConnection()) == Dialect.MARIADB) {
        statement.setObject(index,
            LocalDateTime.ofInstant(toStored.apply(value).toInstant(), ZoneOffset.UTC));
      } else {
        statement.setObject(index, toStored.apply(value));
      }
    }

    @Override
    public T read(ResultSet row, int index) throws SQLException {
      if (row.getStatement() != null
          && dialectOf(row.getStatement().getConnection()) == Dialect.MARIADB) {
        java.sql.Timestamp stored = row.getTimestamp(index, Calendar.getInstance(UTC, Locale.ROOT));
        return stored == null ? null
            : fromStored.apply(stored.toInstant().atOffset(ZoneOffset.UTC));
      }
      OffsetDateTime stored = row.getObject(index, OffsetDateTime.class);
      return stored == null ? null : fromStored.apply(stored);
    }

    @Override
    public T fromInstant(Instant instant) {
      return fromInstant.apply(instant);
    }

  }
}
