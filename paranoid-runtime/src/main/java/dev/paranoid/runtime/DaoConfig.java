package dev.paranoid.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.Objects;

/**
 * How a generated DAO runs, beyond its {@code DataSource}: the clock its timestamps come from, the
 * database dialect (detected from the first connection when not given) and the {@link Auditor}
 * whose actor soft destroys record in {@code @DeletedBy} fields.
 *
 * <pre>{@code
 * DaoConfig config = DaoConfig.builder()
 *     .clock(Clock.systemUTC())
 *     .auditor(() -> Optional.of(currentUser()))
 *     .build();
 * UserParanoidDao users = new UserParanoidDao(dataSource, config);
 * }</pre>
 *
 * <p>Immutable and thread-safe; one config may serve every DAO.
 */
public final class DaoConfig {

  private static final DaoConfig DEFAULTS = new Builder().build();

  private final Clock clock;
  private final Dialect dialect;
  private final Auditor<?> auditor;
  private final Class<?> actorType;

  private DaoConfig(Builder builder) {
    this.clock = builder.clock;
    this.dialect = builder.dialect;
    this.auditor = builder.auditor;
    this.actorType = builder.actorType;
  }

  /** The system UTC clock, the dialect detected, no auditor. */
  public static DaoConfig defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this config's settings, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.clock = clock;
    builder.dialect = dialect;
    builder.auditor = auditor;
    builder.actorType = actorType;
    return builder;
  }

  public Clock clock() {
    return clock;
  }

  /** The dialect, or null to detect it from the first connection's metadata. */
  public Dialect dialect() {
    return dialect;
  }

  /** The auditor, or null when soft destroys record no actor. */
  public Auditor<?> auditor() {
    return auditor;
  }

  /**
   * The type of the auditor's actors when it is known before any call: given to
   * {@link Builder#auditor(Class, Auditor)}, or the type argument of a class that implements
   * {@code Auditor<T>} with a concrete {@code T}; null for a lambda given alone.
   */
  public Class<?> actorType() {
    return actorType;
  }

  @Override
  public String toString() {
    return "DaoConfig[clock=" + clock + ", dialect=" + (dialect == null ? "detected" : dialect)
        + ", auditor=" + (auditor == null ? "none" : auditor) + "]";
  }

  /** Builds a {@link DaoConfig}; every setting has a default. */
  public static final class Builder {

    private Clock clock = Clock.systemUTC();
    private Dialect dialect;
    private Auditor<?> auditor;
    private Class<?> actorType;

    private Builder() {}

    /** Where timestamps come from; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /** The database's dialect; null (the default) detects it from the first connection. */
    public Builder dialect(Dialect dialect) {
      this.dialect = dialect;
      return this;
    }

    /**
     * Who soft destroys are recorded as done by, in {@code @DeletedBy} fields; null for nobody.
     * A DAO checks the actor's type against its field when it is built, if the type can be known
     * (a class implementing {@code Auditor<String>}), else before the first soft destroy sends
     * anything.
     */
    public <T> Builder auditor(Auditor<T> auditor) {
      this.auditor = auditor;
      this.actorType = auditor == null ? null : declaredActorType(auditor.getClass());
      return this;
    }

    /**
     * {@link #auditor(Auditor)} with the actor's type spelled out, so that a DAO whose
     * {@code @DeletedBy} field has another type refuses to be built.
     */
    public <T> Builder auditor(Class<T> actorType, Auditor<? extends T> auditor) {
      this.auditor = Objects.requireNonNull(auditor, "auditor must not be null");
      this.actorType = Objects.requireNonNull(actorType, "actorType must not be null");
      return this;
    }

    public DaoConfig build() {
      return new DaoConfig(this);
    }
  }

  /** The {@code T} of a class (or its superclasses) implementing {@code Auditor<T>}, or null. */
  private static Class<?> declaredActorType(Class<?> type) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      for (Type implemented : current.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized
            && parameterized.getRawType() == Auditor.class) {
          Type actor = parameterized.getActualTypeArguments()[0];
          if (actor instanceof Class<?> known) {
            return known;
          }
          if (actor instanceof ParameterizedType generic
              && generic.getRawType() instanceof Class<?> raw) {
            return raw;
          }
          return null;
        }
      }
    }
    return null;
  }
}
