package dev.paranoid.it;

import dev.paranoid.it.support.MutableClock;
import dev.paranoid.runtime.Association;
import dev.paranoid.runtime.Column;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.Query;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * One generated DAO and how to make rows for it with the DAOs themselves: a new entity, the
 * children that its cascades reach (so that cascade statements run), how to change it for
 * {@code update}. The generated DAOs share no interface, so their methods are called by
 * reflection; {@link JavadocSqlScenarios} writes the calls once for every DAO.
 */
final class DaoFixture<E, K> {

  private final Object dao;
  private final Class<E> entity;
  private final Class<K> keyType;
  private final Column<E, K> key;
  private final IntFunction<E> unsaved;
  private final Function<E, K> keyOf;
  private Consumer<E> children = e -> {};
  private Consumer<E> relatives = e -> {};
  private UnaryOperator<E> changed = e -> e;
  private boolean referencedWithoutCascade;
  private Dialect missingOn;
  private int serial;
  private MutableClock clock;

  private DaoFixture(Object dao, Class<E> entity, Class<K> keyType, Column<E, K> key,
      IntFunction<E> unsaved, Function<E, K> keyOf) {
    this.dao = Objects.requireNonNull(dao);
    this.entity = entity;
    this.keyType = keyType;
    this.key = key;
    this.unsaved = unsaved;
    this.keyOf = keyOf;
  }

  /**
   * A fixture for {@code dao}: {@code unsaved} makes the n-th new entity (n unique in the test,
   * for unique columns), {@code keyOf} reads a stored entity's key, {@code key} is the key column.
   */
  static <E, K> DaoFixture<E, K> of(Object dao, Class<E> entity, Class<K> keyType,
      Column<E, K> key, IntFunction<E> unsaved, Function<E, K> keyOf) {
    return new DaoFixture<>(dao, entity, keyType, key, unsaved, keyOf);
  }

  /** Rows to add under a stored entity, so that its cascades and includes have rows to reach. */
  DaoFixture<E, K> children(Consumer<E> add) {
    this.children = add;
    return this;
  }

  /**
   * Rows that reference a stored entity without a cascade, added for reads only (includes reach
   * them; a force destroy of the entity would break their foreign keys).
   */
  DaoFixture<E, K> relatives(Consumer<E> add) {
    this.relatives = add;
    return this;
  }

  /** How {@code update} is given a changed entity (records: a changed copy). */
  DaoFixture<E, K> changed(UnaryOperator<E> change) {
    this.changed = change;
    return this;
  }

  /**
   * Other tables reference this one without a cascade, so deleting every row for good would
   * break their foreign keys: {@code destroy(Condition.all(), true)} is not run.
   */
  DaoFixture<E, K> referencedWithoutCascade() {
    this.referencedWithoutCascade = true;
    return this;
  }

  /** The table cannot be created on this database, so nothing runs there. */
  DaoFixture<E, K> missingOn(Dialect dialect) {
    this.missingOn = dialect;
    return this;
  }

  Class<?> daoClass() {
    return dao.getClass();
  }

  String daoName() {
    return dao.getClass().getSimpleName();
  }

  Class<E> entity() {
    return entity;
  }

  Class<K> keyType() {
    return keyType;
  }

  Column<E, K> key() {
    return key;
  }

  boolean referencedWithoutCascadeFlag() {
    return referencedWithoutCascade;
  }

  boolean runsOn(Dialect dialect) {
    return missingOn != dialect;
  }

  /** A new entity, not stored. */
  E unsaved() {
    return unsaved.apply(++serial);
  }

  /** A stored entity with the children its cascades reach. */
  E stored() {
    E created = entity.cast(call(method("create", entity), unsaved()));
    children.accept(created);
    return created;
  }

  /** {@code count} stored entities. */
  List<E> stored(int count) {
    List<E> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(stored());
    }
    return rows;
  }

  /** {@code count} stored entities with their children and their relatives, for reads. */
  List<E> storedWithRelatives(int count) {
    List<E> rows = stored(count);
    rows.forEach(relatives);
    return rows;
  }

  /**
   * A stored entity soft-deleted with its cascade children ten years before the clock's time
   * (the clock is set back for it, then forward again): older than every other deleted row, so
   * a purge with {@link #longAgoCutoff()} removes it alone.
   */
  E deletedLongAgo() {
    Instant now = clock.instant();
    clock.set(now.minus(Duration.ofDays(3_650)));
    try {
      return deleted();
    } finally {
      clock.set(now);
    }
  }

  /** A cutoff a second after {@link #deletedLongAgo()}'s deletion time. */
  Instant longAgoCutoff() {
    return clock.instant().minus(Duration.ofDays(3_650)).plusSeconds(1);
  }

  /** The clock the fixture's DAO runs on. */
  DaoFixture<E, K> clock(MutableClock clock) {
    this.clock = clock;
    return this;
  }

  /** A stored entity, soft-deleted with its cascade children. */
  E deleted() {
    E row = stored();
    call(method("destroy", entity), row);
    return row;
  }

  List<E> deleted(int count) {
    List<E> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(deleted());
    }
    return rows;
  }

  E changed(E row) {
    return changed.apply(row);
  }

  K keyOf(E row) {
    return keyOf.apply(row);
  }

  Condition<E> keyIs(E row) {
    return key.eq(keyOf(row));
  }

  Condition<E> keyIn(List<E> rows) {
    List<K> keys = new ArrayList<>();
    for (E row : rows) {
      keys.add(keyOf(row));
    }
    return key.in(keys);
  }

  @SuppressWarnings("unchecked")
  Query<E> query() {
    return (Query<E>) call(method("query"));
  }

  /** The DAO under test. */
  Object dao() {
    return dao;
  }

  /** The DAO's public method {@code name(parameterTypes)}. */
  Method method(String name, Class<?>... parameterTypes) {
    try {
      return dao.getClass().getMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(daoName() + " has no public " + name, e);
    }
  }

  /** Calls a DAO method, throwing what it threw. */
  Object call(Method method, Object... args) {
    try {
      return method.invoke(dao, args);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The DAO's {@code Association} constants (its includes), with their field names. */
  List<NamedAssociation<E>> associations() {
    List<NamedAssociation<E>> associations = new ArrayList<>();
    for (Field field : dao.getClass().getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Association.class) {
        associations.add(new NamedAssociation<>(field.getName(), read(field),
            (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[1]));
      }
    }
    return associations;
  }

  /** An include constant of a DAO: its field name, the include, the child entity class. */
  record NamedAssociation<P>(String name, Association<P, ?> association, Class<?> child) {}

  @SuppressWarnings("unchecked")
  private static <P> Association<P, ?> read(Field field) {
    try {
      return (Association<P, ?>) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public String toString() {
    return daoName();
  }
}
