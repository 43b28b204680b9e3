package dev.paranoid.processor.write;

import dev.paranoid.processor.model.Callbacks;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.write.KeyedChange.Kind;
import dev.paranoid.runtime.sql.DeletedFilter;
import dev.paranoid.runtime.sql.SqlSink.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What each operation of one DAO does, decided once from the model before anything is written:
 * the statements it runs (fixed ones as {@code Sql} constants, the others as the runtime renders
 * them), its callbacks, the properties it gives back when its rows roll back, the version it
 * checks. The writers only render these, and {@link MethodDocs} documents the same statements.
 *
 * <p>By-key operations run fixed statements, except on an entity whose destroy and restore follow
 * cascades: there the runtime's table gets the key as a condition and runs the whole tree.
 */
final class Operations {

  /** Prose before the statements of a cascade. */
  private static final String CASCADE_LEAD =
      "Runs, in one transaction, skipping the levels that have no rows in scope:";

  final InstanceOperation create;
  final InstanceOperation update;
  final InstanceOperation destroy;
  final InstanceOperation restore;
  /** An upsert's protocol: create's callbacks and kept values, under its own name. */
  final InstanceOperation upsert;

  final SqlConstant insert;
  final SqlConstant updateByKey;
  /** For a versioned entity: how update tells a stale version when no row changed. */
  final StaleCheck updateStaleCheck;
  final SqlConstant findByPk;
  final SqlConstant findByPkIncludingDeleted;

  /** By key alone: {@code destroyByPk}, {@code restoreByPk}, and the instance forms without a version. */
  final KeyedChange softDestroyByKey;
  final KeyedChange forceDestroyByKey;
  final KeyedChange restoreByKey;

  /** The instance forms: at the version the entity was read at, or by key when there is none. */
  final KeyedChange softDestroyInstance;
  final KeyedChange forceDestroyInstance;
  final KeyedChange restoreInstance;

  /**
   * An upsert's statement on PostgreSQL, MariaDB and H2, in that order; empty when nothing can
   * match a row (no assigned key, no unique key), so that an upsert is a create.
   */
  final List<SqlConstant> upsertForms;

  /** Reads the deletion time back as its column stored it (a column with its own precision). */
  final Optional<SqlConstant> storedDeletedAt;

  /** The bulk forms, whose WHERE is a {@code Condition}: what they run. */
  final List<Doc.Block> softDestroyWhere;
  final List<Doc.Block> forceDestroyWhere;
  final List<Doc.Block> restoreWhere;
  /** A purge's batch: its keys, then their force destroy (with the cascades). */
  final List<Doc.Block> purgeBatch;

  private final EntityModel model;
  private final SqlStatements sql;
  private final StatementConstants constants;
  private final MemberNames names;

  Operations(DaoContext context) {
    this.model = context.model;
    this.sql = context.sql;
    this.constants = context.statements;
    this.names = context.names;
    Callbacks callbacks = model.callbacks();
    Optional<Property> version = model.version();

    create = new InstanceOperation("create", callbacks.prePersist(), callbacks.postPersist(),
        undo(model.generatedId() ? model.id() : null, model.createdAt().orElse(null),
            model.updatedAt().orElse(null), version.orElse(null)),
        Optional.empty());
    update = new InstanceOperation("update", callbacks.preUpdate(), callbacks.postUpdate(),
        undo(model.updatedAt().orElse(null), version.orElse(null)), version);
    Property deletedBy = model.deletedBy().orElse(null);
    destroy = new InstanceOperation("destroy", callbacks.preRemove(), callbacks.postRemove(),
        undo(model.deletedAt(), deletedBy, version.orElse(null)), version);
    restore = new InstanceOperation("restore", callbacks.preRestore(), callbacks.postRestore(),
        undo(model.deletedAt(), deletedBy, version.orElse(null)), version);

    upsert = new InstanceOperation("upsert", create.pre(), create.post(), create.undo(),
        Optional.empty());

    insert = constants.use("INSERT", sql.insert());
    upsertForms = sql.upsertMatch().isEmpty() ? List.of() : List.of(
        constants.use("UPSERT_POSTGRESQL", sql.upsertPostgresql()),
        constants.use("UPSERT_MARIADB", sql.upsertMariadb()),
        constants.use("UPSERT_H2", sql.upsertH2()));
    updateByKey = constants.use("UPDATE", sql.update());
    findByPk = constants.use("FIND_BY_PK", sql.findByPk());
    findByPkIncludingDeleted =
        constants.use("FIND_BY_PK_INCLUDING_DELETED", sql.findByPkIncludingDeleted());

    softDestroyByKey = byKey(Kind.SOFT_DESTROY, "SOFT_DESTROY_BY_PK", sql.softDestroyByPk(),
        "softDestroy");
    forceDestroyByKey = byKey(Kind.FORCE_DESTROY, "FORCE_DESTROY_BY_PK", sql.forceDestroyByPk(),
        "forceDestroy");
    restoreByKey = byKey(Kind.RESTORE, "RESTORE_BY_PK", sql.restoreByPk(), "restoreByPk");

    if (version.isPresent()) {
      StaleCheck live = staleCheck("COUNT_BY_PK", DeletedFilter.LIVE, "live");
      StaleCheck there = staleCheck("COUNT_BY_PK_INCLUDING_DELETED", DeletedFilter.ALL, "there");
      StaleCheck deleted =
          staleCheck("COUNT_DELETED_BY_PK", DeletedFilter.ONLY_DELETED, "soft-deleted");
      softDestroyInstance = atVersion(Kind.SOFT_DESTROY, "SOFT_DESTROY_BY_PK_AND_VERSION",
          sql.softDestroyByKeyAndVersion(), "softDestroyAtVersion", live);
      forceDestroyInstance = atVersion(Kind.FORCE_DESTROY, "FORCE_DESTROY_BY_PK_AND_VERSION",
          sql.forceDestroyByKeyAndVersion(), "forceDestroyAtVersion", there);
      restoreInstance = atVersion(Kind.RESTORE, "RESTORE_BY_PK_AND_VERSION",
          sql.restoreByKeyAndVersion(), "restoreAtVersion", deleted);
      updateStaleCheck = live;
    } else {
      softDestroyInstance = softDestroyByKey;
      forceDestroyInstance = forceDestroyByKey;
      restoreInstance = restoreByKey;
      updateStaleCheck = null;
    }
    storedDeletedAt = rereadsDeletedAt()
        ? Optional.of(constants.use("DELETED_AT_BY_PK", sql.deletedAtByPk()))
        : Optional.empty();

    List<Part> where = sql.where();
    softDestroyWhere = cascading() ? cascade(sql.cascadeSoftDestroy(where))
        : List.of(Doc.Block.of(sql.softDestroyWhere()));
    forceDestroyWhere = cascading() ? cascade(sql.cascadeForceDestroy(where))
        : List.of(Doc.Block.of(sql.forceDestroyWhere()));
    restoreWhere = cascading() ? cascade(sql.cascadeRestore(where))
        : List.of(Doc.Block.of(sql.restoreWhere()));
    List<String> purgeDelete = cascading() ? sql.cascadeForceDestroy(sql.purgeBatchKeys())
        : List.of(sql.purgeBatchDelete());
    List<String> purge = new ArrayList<>();
    purge.add(sql.purgeKeys());
    purge.addAll(purgeDelete);
    purgeBatch = List.of(new Doc.Block(PURGE_LEAD, purge));
  }

  /** What leads into a purge's statements. */
  private static final String PURGE_LEAD = "Runs, for each batch, in a transaction of its own"
      + " (levels with no rows in scope are skipped):";

  /** Whether destroy and restore follow cascades (and so go through the runtime's table). */
  boolean cascading() {
    return !model.cascades().isEmpty();
  }

  /**
   * Whether instance destroy reads the stored deletion time back: when the column has a
   * {@code columnDefinition}, its precision may be coarser than the clock's microseconds.
   */
  private boolean rereadsDeletedAt() {
    return !model.record() && model.deletedAt().facts().definition() != null;
  }

  /** The private helpers that run keyed changes, each once, in a fixed order. */
  List<KeyedChange> helpers() {
    List<KeyedChange> helpers = new ArrayList<>(List.of(softDestroyByKey, forceDestroyByKey));
    Stream.of(softDestroyInstance, forceDestroyInstance, restoreInstance)
        .filter(KeyedChange::atVersion)
        .forEach(helpers::add);
    return helpers;
  }

  private KeyedChange byKey(Kind kind, String constant, String statement, String method) {
    if (cascading()) {
      return new KeyedChange(kind, false, null, names.method(method),
          cascade(cascadeStatements(kind, sql.keyOnly())), null);
    }
    SqlConstant fixed = constants.use(constant, statement);
    return new KeyedChange(kind, false, fixed, names.method(method),
        List.of(Doc.Block.of(fixed.sql())), null);
  }

  private KeyedChange atVersion(Kind kind, String constant, String statement, String method,
      StaleCheck staleCheck) {
    if (cascading()) {
      return new KeyedChange(kind, true, null, names.method(method),
          cascade(cascadeStatements(kind, sql.keyAndVersionCondition())), staleCheck);
    }
    SqlConstant fixed = constants.use(constant, statement);
    return new KeyedChange(kind, true, fixed, names.method(method),
        List.of(Doc.Block.of(fixed.sql())), staleCheck);
  }

  private StaleCheck staleCheck(String constant, DeletedFilter filter, String rowState) {
    return new StaleCheck(constants.use(constant, sql.rowExists(filter)), rowState);
  }

  private List<String> cascadeStatements(Kind kind, List<Part> rootWhere) {
    return switch (kind) {
      case SOFT_DESTROY -> sql.cascadeSoftDestroy(rootWhere);
      case FORCE_DESTROY -> sql.cascadeForceDestroy(rootWhere);
      case RESTORE -> sql.cascadeRestore(rootWhere);
    };
  }

  private static List<Doc.Block> cascade(List<String> statements) {
    return List.of(new Doc.Block(CASCADE_LEAD, statements));
  }

  /** The properties an operation sets, once each; none on a record, which the DAO never changes. */
  private List<Property> undo(Property... changed) {
    if (model.record()) {
      return List.of();
    }
    return Stream.of(changed).filter(Objects::nonNull).distinct().toList();
  }
}
