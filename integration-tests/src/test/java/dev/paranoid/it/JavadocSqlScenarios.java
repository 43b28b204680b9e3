package dev.paranoid.it;

import dev.paranoid.it.DaoFixture.NamedAssociation;
import dev.paranoid.it.support.DocumentedSql;
import dev.paranoid.it.support.SqlCapture;
import dev.paranoid.runtime.Association;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Include;
import dev.paranoid.runtime.Query;
import dev.paranoid.runtime.Update;
import dev.paranoid.runtime.condition.SqlColumn;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Realistic calls of every public method of a generated DAO, written once for all DAOs: each
 * {@link Scenario} stores the rows it needs through the DAOs (not recorded), then hands back the
 * one call whose SQL is recorded and compared with the Javadoc.
 *
 * <p>The clock never moves in this test, so every deletion has one time: an exact restore finds
 * all its rows in one group, and runs each cascade level once (rows deleted at different times
 * are restored group by group, which repeats the level statements; not exercised here).
 */
final class JavadocSqlScenarios {

  /** Whose Javadoc documents a statement: a DAO member, in one variant (null: any of them). */
  record DocRef(String dao, String member, String variant) {}

  /** Stores the rows a scenario needs and returns the call to record. */
  @FunctionalInterface
  interface Preparation {
    SqlCapture.Call prepare();
  }

  /**
   * One recorded call of {@code method}, described as {@code call}; its statements must be those
   * of {@code documentedBy}, in that order (the DAO method's own Javadoc, then, for a query with
   * includes, each include's constant).
   */
  record Scenario(DaoFixture<?, ?> fixture, Method method, String call,
      List<DocRef> documentedBy, Preparation preparation) {}

  /** Any variant: a query's chain of builder calls picks among the shapes its Javadoc shows. */
  static final String ANY_VARIANT = null;

  private final Function<Method, String> flagName;
  private final Map<Class<?>, DaoFixture<?, ?>> byEntity;
  private final List<Scenario> scenarios = new ArrayList<>();
  private final Map<DaoFixture<?, ?>, Condition<?>> readRows = new HashMap<>();

  /**
   * @param flagName the name of a method's boolean parameter, which names the variant of the
   *     call with it true ({@code or, with {@code force}:})
   */
  private JavadocSqlScenarios(Function<Method, String> flagName,
      Map<Class<?>, DaoFixture<?, ?>> byEntity) {
    this.flagName = flagName;
    this.byEntity = byEntity;
  }

  static List<Scenario> of(List<DaoFixture<?, ?>> fixtures, Function<Method, String> flagName) {
    Map<Class<?>, DaoFixture<?, ?>> byEntity = new HashMap<>();
    for (DaoFixture<?, ?> fixture : fixtures) {
      byEntity.put(fixture.entity(), fixture);
    }
    JavadocSqlScenarios all = new JavadocSqlScenarios(flagName, byEntity);
    for (DaoFixture<?, ?> fixture : fixtures) {
      all.add(fixture);
    }
    return all.scenarios;
  }

  private <E, K> void add(DaoFixture<E, K> f) {
    writes(f);
    reads(f);
    queries(f);
    includes(f);
    destroys(f);
    restores(f);
  }

  private <E, K> void writes(DaoFixture<E, K> f) {
    Method create = f.method("create", f.entity());
    plain(f, create, "create(entity)", () -> {
      E row = f.unsaved();
      return () -> f.call(create, row);
    });
    Method createAll = f.method("createAll", Collection.class);
    plain(f, createAll, "createAll(3 entities)", () -> {
      List<E> rows = List.of(f.unsaved(), f.unsaved(), f.unsaved());
      return () -> f.call(createAll, rows);
    });
    Method upsert = f.method("upsert", f.entity());
    // inserting and updating send the same one statement: a new entity shows it
    plain(f, upsert, "upsert(new entity)", () -> {
      E row = f.unsaved();
      return () -> f.call(upsert, row);
    });
    Method findOrCreate = f.method("findOrCreate", Condition.class, Supplier.class);
    plain(f, findOrCreate, "findOrCreate(stored key, ..): found", () -> {
      Condition<E> where = f.keyIs(f.stored());
      Supplier<E> none = () -> {
        throw new AssertionError("nothing to create: the row is there");
      };
      return () -> f.call(findOrCreate, where, none);
    });
    plain(f, findOrCreate, "findOrCreate(no match, new entity): created", () -> {
      Condition<E> nothing = f.keyIn(List.of());
      E row = f.unsaved();
      Supplier<E> fresh = () -> row;
      return () -> f.call(findOrCreate, nothing, fresh);
    });
    bulkUpdate(f);
    Method purge = f.method("purge", Instant.class);
    plain(f, purge, "purge(cutoff after the oldest deleted row)", () -> {
      f.deletedLongAgo();
      Instant cutoff = f.longAgoCutoff();
      return () -> f.call(purge, cutoff);
    });
    Method purgeInBatches = f.method("purge", Instant.class, int.class);
    // one batch: a batch that comes back full is followed by another, documented once
    plain(f, purgeInBatches, "purge(cutoff, 2)", () -> {
      f.deletedLongAgo();
      Instant cutoff = f.longAgoCutoff();
      return () -> f.call(purgeInBatches, cutoff, 2);
    });
    Method update = f.method("update", f.entity());
    plain(f, update, "update(entity)", () -> {
      E row = f.changed(f.stored());
      return () -> f.call(update, row);
    });
  }

  /**
   * {@code update().set(column, value).where(key).execute()} on a stored row, with the first column
   * a bulk update may set, set to the value the row holds (a DAO whose entity has no such column
   * has no {@code update()}).
   */
  private <E, K> void bulkUpdate(DaoFixture<E, K> f) {
    Method bulk;
    try {
      bulk = f.dao().getClass().getMethod("update");
    } catch (NoSuchMethodException e) {
      return;
    }
    plain(f, bulk, "update().set(column, its value).where(key).execute()", () -> {
      try {
        return settingOneColumn(f, bulk);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static <E, K> SqlCapture.Call settingOneColumn(DaoFixture<E, K> f, Method bulk)
      throws ReflectiveOperationException {
    E row = f.stored();
    for (Field constant : f.dao().getClass().getFields()) {
      if (!Modifier.isStatic(constant.getModifiers())
          || !(constant.get(null) instanceof SqlColumn<?, ?> column)) {
        continue;
      }
      Object value = fieldValue(row, column.fieldName());
      if (value != null && !isPlainValue(value)) {
        continue;
      }
      SqlColumn<E, Object> settable = (SqlColumn<E, Object>) column;
      Update<E> update = (Update<E>) f.call(bulk);
      try {
        update.set(settable, value);
      } catch (IllegalArgumentException refused) {
        continue;
      }
      Condition<E> where = f.keyIs(row);
      return () -> update.where(where).execute();
    }
    throw new AssertionError(f.daoName() + " has update() but no column it can set");
  }

  private static Object fieldValue(Object entity, String name) throws ReflectiveOperationException {
    for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(entity);
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    throw new NoSuchFieldException(name);
  }

  /** A value a column holds as it is (not an entity that a to-one column holds the key of). */
  private static boolean isPlainValue(Object value) {
    return value.getClass().getName().startsWith("java.") || value instanceof Enum<?>
        || value instanceof byte[];
  }

  private <E, K> void reads(DaoFixture<E, K> f) {
    Method findByPk = f.method("findByPk", f.keyType());
    plain(f, findByPk, "findByPk(id)", () -> {
      K key = f.keyOf(f.stored());
      return () -> f.call(findByPk, key);
    });
    Method findByPkFlag = f.method("findByPk", f.keyType(), boolean.class);
    plain(f, findByPkFlag, "findByPk(id, false)", () -> {
      K key = f.keyOf(f.stored());
      return () -> f.call(findByPkFlag, key, false);
    });
    flagged(f, findByPkFlag, "findByPk(deleted id, true)", () -> {
      K key = f.keyOf(f.deleted());
      return () -> f.call(findByPkFlag, key, true);
    });
    Method findAll = f.method("findAll");
    plain(f, findAll, "findAll()", () -> {
      f.stored();
      return () -> f.call(findAll);
    });
    Method findAllWhere = f.method("findAll", Condition.class);
    plain(f, findAllWhere, "findAll(where)", () -> {
      Condition<E> where = f.keyIn(f.stored(2));
      return () -> f.call(findAllWhere, where);
    });
    Method findOne = f.method("findOne", Condition.class);
    plain(f, findOne, "findOne(where)", () -> {
      Condition<E> where = f.keyIs(f.stored());
      return () -> f.call(findOne, where);
    });
    Method count = f.method("count");
    plain(f, count, "count()", () -> {
      f.stored();
      return () -> f.call(count);
    });
    Method countWhere = f.method("count", Condition.class);
    plain(f, countWhere, "count(where)", () -> {
      Condition<E> where = f.keyIn(f.stored(2));
      return () -> f.call(countWhere, where);
    });
  }

  /** {@code query()} with each builder step, over three live rows (or two live, one deleted). */
  private <E, K> void queries(DaoFixture<E, K> f) {
    query(f, "query().list()", List.of(), (q, where) -> q.list());
    query(f, "query().count()", List.of(), (q, where) -> q.count());
    query(f, "query().where(..).list()", List.of(), (q, where) -> q.where(where).list());
    query(f, "query().where(..).where(..).list()", List.of(),
        (q, where) -> q.where(where).where(f.key().isNotNull()).list());
    query(f, "query().where(..).orderBy(key desc).list()", List.of(),
        (q, where) -> q.where(where).orderBy(f.key().desc()).list());
    query(f, "query().where(..).limit(..).list()", List.of(),
        (q, where) -> q.where(where).limit(2).list());
    query(f, "query().where(..).offset(..).list()", List.of(),
        (q, where) -> q.where(where).offset(1).list());
    query(f, "query().where(..).limit(..).offset(..).list()", List.of(),
        (q, where) -> q.where(where).limit(1).offset(1).list());
    query(f, "query().where(..).first()", List.of(), (q, where) -> q.where(where).first());
    query(f, "query().where(..).offset(..).first()", List.of(),
        (q, where) -> q.where(where).offset(1).first());
    query(f, "query().where(..).count()", List.of(), (q, where) -> q.where(where).count());
    query(f, "query().where(..).limit(..).offset(..).count()", List.of(),
        (q, where) -> q.where(where).limit(1).offset(1).count());
    query(f, "query().includeDeleted().where(..).list()", List.of(),
        (q, where) -> q.includeDeleted().where(where).list());
    query(f, "query().onlyDeleted().where(..).list()", List.of(),
        (q, where) -> q.onlyDeleted().where(where).list());
    query(f, "query().onlyDeleted().where(..).count()", List.of(),
        (q, where) -> q.onlyDeleted().where(where).count());
  }

  /**
   * {@code query().include(..)} for each of the DAO's include constants, alone and in each
   * shape an include takes (its own where, order, deleted rows, required, a nested include),
   * and all of them at once.
   */
  private <E, K> void includes(DaoFixture<E, K> f) {
    List<NamedAssociation<E>> associations = f.associations();
    for (NamedAssociation<E> a : associations) {
      String name = a.name();
      List<DocRef> docs = List.of(include(f, name));
      query(f, "query().where(..).include(" + name + ").list()", docs,
          (q, where) -> q.where(where).include(a.association()).list());
      query(f, "query().where(..).include(" + name + ".includeDeleted()).list()", docs,
          (q, where) -> q.where(where).include(a.association().includeDeleted()).list());
      query(f, "query().where(..).include(" + name + ".required()).list()", docs,
          (q, where) -> q.where(where).include(a.association().required()).list());
      DaoFixture<?, ?> child = byEntity.get(a.child());
      if (child == null) {
        continue; // a plain entity (Team): no DAO, so no columns to filter or sort on
      }
      query(f, "query().where(..).include(" + name + ".where(..)).list()", docs,
          (q, where) -> q.where(where).include(whereKeyNotNull(a.association(), child)).list());
      query(f, "query().where(..).include(" + name + ".orderBy(..)).list()", docs,
          (q, where) -> q.where(where).include(orderByKeyDesc(a.association(), child)).list());
      for (NamedAssociation<?> nested : child.associations()) {
        List<DocRef> both = List.of(include(f, name), include(child, nested.name()));
        query(f, "query().where(..).include(" + name + ".include(" + nested.name() + ")).list()",
            both, (q, where) -> q.where(where)
                .include(withNested(a.association(), nested.association())).list());
      }
    }
    if (associations.size() > 1) {
      List<DocRef> docs = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (NamedAssociation<E> a : associations) {
        docs.add(include(f, a.name()));
        names.add(a.name());
      }
      query(f, "query().where(..).include(" + String.join(", ", names) + ").list()", docs,
          (q, where) -> q.where(where).include(allOf(associations)).list());
    }
  }

  private <E, K> void destroys(DaoFixture<E, K> f) {
    Method destroy = f.method("destroy", f.entity());
    plain(f, destroy, "destroy(entity)", () -> {
      E row = f.stored();
      return () -> f.call(destroy, row);
    });
    Method destroyFlag = f.method("destroy", f.entity(), boolean.class);
    plain(f, destroyFlag, "destroy(entity, false)", () -> {
      E row = f.stored();
      return () -> f.call(destroyFlag, row, false);
    });
    flagged(f, destroyFlag, "destroy(entity, true)", () -> {
      E row = f.stored();
      return () -> f.call(destroyFlag, row, true);
    });
    Method byPk = f.method("destroyByPk", f.keyType());
    plain(f, byPk, "destroyByPk(id)", () -> {
      K key = f.keyOf(f.stored());
      return () -> f.call(byPk, key);
    });
    Method byPkFlag = f.method("destroyByPk", f.keyType(), boolean.class);
    plain(f, byPkFlag, "destroyByPk(id, false)", () -> {
      K key = f.keyOf(f.stored());
      return () -> f.call(byPkFlag, key, false);
    });
    flagged(f, byPkFlag, "destroyByPk(id, true)", () -> {
      K key = f.keyOf(f.stored());
      return () -> f.call(byPkFlag, key, true);
    });
    Method where = f.method("destroy", Condition.class);
    plain(f, where, "destroy(where)", () -> {
      Condition<E> condition = f.keyIn(f.stored(2));
      return () -> f.call(where, condition);
    });
    plain(f, where, "destroy(Condition.all())", () -> {
      f.stored();
      return () -> f.call(where, Condition.all());
    });
    Method whereFlag = f.method("destroy", Condition.class, boolean.class);
    plain(f, whereFlag, "destroy(where, false)", () -> {
      Condition<E> condition = f.keyIn(f.stored(2));
      return () -> f.call(whereFlag, condition, false);
    });
    flagged(f, whereFlag, "destroy(where, true)", () -> {
      Condition<E> condition = f.keyIn(f.stored(2));
      return () -> f.call(whereFlag, condition, true);
    });
    if (!f.referencedWithoutCascadeFlag()) {
      flagged(f, whereFlag, "destroy(Condition.all(), true)", () -> {
        f.stored();
        return () -> f.call(whereFlag, Condition.all(), true);
      });
    }
  }

  private <E, K> void restores(DaoFixture<E, K> f) {
    Method restore = f.method("restore", f.entity());
    plain(f, restore, "restore(deleted entity)", () -> {
      E row = f.deleted();
      return () -> f.call(restore, row);
    });
    Method byPk = f.method("restoreByPk", f.keyType());
    plain(f, byPk, "restoreByPk(deleted id)", () -> {
      K key = f.keyOf(f.deleted());
      return () -> f.call(byPk, key);
    });
    Method where = f.method("restore", Condition.class);
    plain(f, where, "restore(where)", () -> {
      Condition<E> condition = f.keyIn(f.deleted(2));
      return () -> f.call(where, condition);
    });
    plain(f, where, "restore(Condition.all())", () -> {
      f.deleted();
      return () -> f.call(where, Condition.all());
    });
  }

  /** A query step: what to do with the DAO's query() and a condition naming the seeded rows. */
  @FunctionalInterface
  private interface QueryCall<E> {
    Object run(Query<E> query, Condition<E> where);
  }

  /**
   * A call of {@code query()} and {@code steps}, over two live rows with their relatives and a
   * deleted row (which matters to includeDeleted/onlyDeleted only); documented by {@code query()}'s
   * Javadoc (any of its variants) and then {@code includes}'.
   */
  private <E, K> void query(DaoFixture<E, K> f, String call, List<DocRef> includes,
      QueryCall<E> steps) {
    Method query = f.method("query");
    List<DocRef> docs = new ArrayList<>();
    docs.add(new DocRef(f.daoName(), key(query), ANY_VARIANT));
    docs.addAll(includes);
    scenarios.add(new Scenario(f, query, call, docs, () -> {
      Condition<E> where = readRows(f);
      return () -> steps.run(f.query(), where);
    }));
  }

  /**
   * The rows the queries of {@code f} read, stored by the first of them: queries change nothing,
   * and a DAO's queries run one after the other, before its destroys.
   */
  @SuppressWarnings("unchecked")
  private <E, K> Condition<E> readRows(DaoFixture<E, K> f) {
    return (Condition<E>) readRows.computeIfAbsent(f, key -> {
      List<E> rows = new ArrayList<>(f.storedWithRelatives(2));
      rows.add(f.deleted());
      return f.keyIn(rows);
    });
  }

  private static DocRef include(DaoFixture<?, ?> f, String constant) {
    return new DocRef(f.daoName(), constant, ANY_VARIANT);
  }

  private void plain(DaoFixture<?, ?> f, Method method, String call, Preparation preparation) {
    scenarios.add(new Scenario(f, method, call,
        List.of(new DocRef(f.daoName(), key(method), DocumentedSql.PLAIN)), preparation));
  }

  /** A call with the method's boolean parameter true: the variant that parameter names. */
  private void flagged(DaoFixture<?, ?> f, Method method, String call, Preparation preparation) {
    scenarios.add(new Scenario(f, method, call,
        List.of(new DocRef(f.daoName(), key(method), flagName.apply(method))), preparation));
  }

  private static String key(Method method) {
    return DocumentedSql.key(method);
  }

  // The include constants are typed Association<P, ?>: the child type is known only at run time,
  // so the child's column conditions and nested includes are attached through raw types.

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <P> Include<P, ?> whereKeyNotNull(Association<P, ?> a, DaoFixture<?, ?> child) {
    return ((Association) a).where(child.key().isNotNull());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <P> Include<P, ?> orderByKeyDesc(Association<P, ?> a, DaoFixture<?, ?> child) {
    return ((Association) a).orderBy(child.key().desc());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <P> Include<P, ?> withNested(Association<P, ?> a, Association<?, ?> nested) {
    return ((Association) a).include((Include) nested);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <P> Include<P, ?>[] allOf(List<NamedAssociation<P>> associations) {
    Include[] includes = new Include[associations.size()];
    for (int i = 0; i < includes.length; i++) {
      includes[i] = associations.get(i).association();
    }
    return includes;
  }
}
