package dev.paranoid.processor.write;

import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.CascadeModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.TargetModel;
import dev.paranoid.runtime.sql.DeletedFilter;
import dev.paranoid.runtime.sql.SqlSink;
import dev.paranoid.runtime.sql.SqlSink.Part;
import dev.paranoid.runtime.sql.SqlTable;
import dev.paranoid.runtime.sql.SqlText;
import dev.paranoid.runtime.sql.Statements;
import dev.paranoid.runtime.sql.Upserts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The SQL of one entity's DAO, rendered at compile time by the runtime's own {@link Statements}
 * (carried in the processor's jar), so that the constants and the Javadoc show the statements the
 * runtime runs. Every value is a {@code ?}; identifiers were validated by the reader. Where a
 * statement's WHERE comes from a {@code Condition}, the Javadoc shows {@value #AND_WHERE}; where a
 * cascade names the rows it locked, it shows an IN list as {@code (?, …)}.
 *
 * <p>A query or an include is built at run time, so its statements are templates: the parts it
 * writes only when it has them stand in angle brackets with their keyword ({@value #AND_WHERE},
 * {@value #ORDERS}, {@value #PAGE}).
 */
final class SqlStatements {

  /** The Javadoc's IN list: one or more parameters. */
  private static final Part KEYS = Part.text("?, \u2026");

  /** A query's or an include's conditions, joined by AND, when it has some. */
  static final String AND_WHERE = "<AND where>";

  /** {@link #AND_WHERE} where no deleted filter comes first. */
  static final String WHERE_WHERE = "<WHERE where>";

  /** A query's or an include's {@code orderBy} terms, before the key, when it has some. */
  static final String ORDERS = "<orders, >";

  /** The placeholder of a bulk update's assignments. */
  static final String SETS = "<column = ?, \u2026>";

  /** A query's limit and offset, each when it is set. */
  static final String PAGE = "<LIMIT ?> <OFFSET ?>";

  /** Where {@link Statements} writes a template's conditions and orderings, marked for {@link #template}. */
  private static final String CONDITIONS_MARK = "\u0001";
  private static final String ORDERS_MARK = "\u0002";

  private final EntityModel model;
  private final SqlTable table;

  SqlStatements(EntityModel model) {
    this.model = model;
    this.table = new SqlTable(model.table(), model.id().sqlColumn(),
        new SelectList(model.properties()).sql(),
        model.deletedAt().sqlColumn(), model.version().map(Property::sqlColumn).orElse(null),
        model.deletedBy().map(Property::sqlColumn).orElse(null));
  }

  String selectList() {
    return table.selectList();
  }

  /**
   * Columns INSERT writes, in parameter order: the key unless generated, never deletedAt or
   * deletedBy (a row is inserted live).
   */
  List<Property> insertColumns() {
    return model.properties().stream()
        .filter(Property::insertable)
        .filter(p -> !(p == model.id() && model.generatedId()))
        .filter(p -> p != model.deletedAt() && !isDeletedBy(p))
        .toList();
  }

  /**
   * Columns UPDATE sets, in parameter order: not the key, createdAt, deletedAt, deletedBy or the
   * version.
   */
  List<Property> updateColumns() {
    return model.properties().stream()
        .filter(Property::updatable)
        .filter(p -> p != model.id() && p != model.deletedAt() && !isDeletedBy(p))
        .filter(p -> model.version().filter(v -> v == p).isEmpty())
        .filter(p -> model.createdAt().filter(c -> c == p).isEmpty())
        .toList();
  }

  private boolean isDeletedBy(Property property) {
    return model.deletedBy().filter(p -> p == property).isPresent();
  }

  String insert() {
    return template(sql -> Statements.insert(sql, table.name(), columns(insertColumns())));
  }

  /** One row of {@link #insert}'s values, {@code (?, ?, ?)}, as the multi-row form repeats it. */
  String insertRow() {
    return template(sql -> Statements.moreRows(sql, insertColumns().size(), 2)).substring(2);
  }

  /** By key and, for a versioned entity, the version the entity was read at. */
  String update() {
    return template(sql -> Statements.update(sql, table, columns(updateColumns())));
  }

  /**
   * What an upsert matches a row by: the key when it is assigned, else the first unique key whose
   * columns are all inserted; empty when there is neither (an upsert then always inserts).
   */
  List<Property> upsertMatch() {
    List<Property> inserted = insertColumns();
    if (!model.generatedId()) {
      return inserted.contains(model.id()) ? List.of(model.id()) : List.of();
    }
    for (List<String> key : model.uniqueKeys()) {
      List<Property> columns = key.stream()
          .map(column -> inserted.stream().filter(p -> p.sqlColumn().equals(column)).findFirst())
          .flatMap(Optional::stream)
          .toList();
      if (columns.size() == key.size()) {
        return columns;
      }
    }
    return List.of();
  }

  /** The columns an upsert that matched a row sets: updatable, inserted, not matched on. */
  private List<Property> upsertSet() {
    List<Property> inserted = insertColumns();
    List<Property> match = upsertMatch();
    return updateColumns().stream()
        .filter(inserted::contains)
        .filter(p -> !match.contains(p))
        .toList();
  }

  String upsertPostgresql() {
    return template(sql -> Upserts.postgresql(sql, table, columns(insertColumns()),
        columns(upsertMatch()), columns(upsertSet())));
  }

  String upsertMariadb() {
    return template(sql -> Upserts.mariadb(sql, table, columns(insertColumns()),
        columns(upsertMatch()), columns(upsertSet())));
  }

  String upsertH2() {
    return template(sql -> Upserts.h2(sql, table, columns(insertColumns()),
        columns(upsertMatch()), columns(upsertSet())));
  }

  String findByPk() {
    return selectByKey(DeletedFilter.LIVE);
  }

  String findByPkIncludingDeleted() {
    return selectByKey(DeletedFilter.ALL);
  }

  /** The deletion column of one row, as stored (for a column whose precision is its own). */
  String deletedAtByPk() {
    return template(sql -> Statements.select(sql, table, table.deletedColumn(),
        DeletedFilter.ALL, keyOnly(), false, List.of(), null));
  }

  /** Soft-deletes a live row named by its key alone (a versioned row gets a new version). */
  String softDestroyByPk() {
    return softDestroy(keyOnly());
  }

  /** Soft-deletes a live row by its key and the version the entity was read at. */
  String softDestroyByKeyAndVersion() {
    return softDestroy(Statements.byKey(table));
  }

  String forceDestroyByPk() {
    return forceDestroy(keyOnly());
  }

  String forceDestroyByKeyAndVersion() {
    return forceDestroy(Statements.byKey(table));
  }

  String restoreByPk() {
    return restore(keyOnly());
  }

  String restoreByKeyAndVersion() {
    return restore(Statements.byKey(table));
  }

  /**
   * How a versioned instance operation that changed nothing tells a stale version from a row in
   * the wrong state: whether the row is there, in the state {@code filter} asks for.
   */
  String rowExists(DeletedFilter filter) {
    return template(sql -> Statements.count(sql, table, filter, keyOnly()));
  }

  /** Every live row, in key order. */
  String selectAll() {
    return template(sql -> Statements.select(sql, table, table.selectList(), DeletedFilter.LIVE,
        List.of(), true, List.of(), null));
  }

  // The statements whose WHERE comes from a Condition, as the Javadoc shows them.

  String selectWhere() {
    return template(sql -> Statements.select(sql, table, table.selectList(), DeletedFilter.LIVE,
        where(), true, List.of(), null));
  }

  /** The first row of {@link #selectWhere()}: {@code Query.first()} binds the limit 1. */
  String selectFirst() {
    return template(sql -> Statements.select(sql, table, table.selectList(), DeletedFilter.LIVE,
        where(), true, List.of(), Part.text(" LIMIT ?")));
  }

  String countAll() {
    return template(sql -> Statements.count(sql, table, DeletedFilter.LIVE, List.of()));
  }

  String countWhere() {
    return template(sql -> Statements.count(sql, table, DeletedFilter.LIVE, where()));
  }

  String softDestroyWhere() {
    return softDestroy(where());
  }

  String forceDestroyWhere() {
    return forceDestroy(where());
  }

  String restoreWhere() {
    return restore(where());
  }

  /**
   * A bulk update: {@code <column = ?, …>} for the columns the caller sets, then the managed
   * {@code updatedAt} and the version bump.
   */
  String bulkUpdate() {
    List<Part> sets = new ArrayList<>();
    sets.add(Part.text(SETS));
    model.updatedAt().ifPresent(updated -> sets.add(Part.text(updated.sqlColumn() + " = ?")));
    return template(sql -> Statements.bulkUpdate(sql, table, sets, where()));
  }

  /** A purge's batch of keys: {@code SELECT key ... deleted before ? ORDER BY key LIMIT ?}. */
  String purgeKeys() {
    return template(sql -> Statements.select(sql, table, table.key(), DeletedFilter.ONLY_DELETED,
        List.of(Part.text(deletedBefore())), true, List.of(), Part.text(" LIMIT ?")));
  }

  /**
   * The keys of a purge's batch, as its cascade locks them (the rows still deleted before the
   * cutoff once locked are kept).
   */
  List<Part> purgeBatchKeys() {
    return List.of(Part.text(table.key() + " IN (?, \u2026)"));
  }

  /** A force destroy of a purge's batch, for a table without cascades. */
  String purgeBatchDelete() {
    return template(sql -> Statements.forceDestroy(sql, table, List.of(Part.text(
        "(" + table.key() + " IN (?, \u2026) AND " + deletedBefore() + ")"))));
  }

  private String deletedBefore() {
    return table.deletedColumn() + " < ?";
  }


  // Cascades: every statement, in the order the runtime runs them; levels with no rows in scope
  // are skipped at run time.

  /**
   * A soft destroy that follows the cascades: the roots that {@code rootWhere} names are locked,
   * then each level's children, by the keys of the level above; the rows in scope change deepest
   * level first, the roots last.
   */
  List<String> cascadeSoftDestroy(List<Part> rootWhere) {
    return cascade(rootWhere, Change.SOFT_DESTROY);
  }

  /** An exact restore that follows the cascades; the same locks and order as a soft destroy. */
  List<String> cascadeRestore(List<Part> rootWhere) {
    return cascade(rootWhere, Change.RESTORE);
  }

  /** A force destroy that follows the cascades: every child, paranoid or not, goes first. */
  List<String> cascadeForceDestroy(List<Part> rootWhere) {
    return cascade(rootWhere, Change.FORCE_DESTROY);
  }

  /** {@code key = ?}: one row by its key. */
  List<Part> keyOnly() {
    return List.of(Part.text(table.key() + " = ?"));
  }

  /**
   * The key and the version as generated code gives them to the runtime's table, as one condition
   * ({@code ID.eq(id).and(VERSION.eq(version))}): a compound condition parenthesises itself.
   */
  List<Part> keyAndVersionCondition() {
    return List.of(Part.text("(" + table.key() + " = ? AND " + table.versionColumn() + " = ?)"));
  }

  /** The placeholder of a condition's SQL. */
  List<Part> where() {
    return List.of(Part.text(CONDITIONS_MARK));
  }

  private enum Change {
    SOFT_DESTROY,
    RESTORE,
    FORCE_DESTROY
  }

  private List<String> cascade(List<Part> rootWhere, Change change) {
    List<String> statements = new ArrayList<>();
    statements.add(template(sql -> Statements.lock(sql, table, rootWhere)));
    for (CascadeModel child : model.cascades()) {
      level(child, change, statements);
    }
    statements.add(changeByKeys(table, change));
    return statements;
  }

  private void level(CascadeModel level, Change change, List<String> statements) {
    SqlTable child = new SqlTable(level.table(), level.key(), level.key(),
        level.deletedAt().map(Property::sqlColumn).orElse(null),
        level.version().map(Property::sqlColumn).orElse(null),
        level.deletedBy().map(Property::sqlColumn).orElse(null));
    if (change != Change.FORCE_DESTROY && !child.isParanoid()) {
      return; // a plain child is not soft-deleted or restored, nor are its descendants through it
    }
    statements.add(template(sql -> Statements.lock(sql, child,
        List.of(sink -> Statements.in(sink, level.foreignKey(), List.of(KEYS))))));
    for (CascadeModel grandchild : level.children()) {
      level(grandchild, change, statements);
    }
    statements.add(changeByKeys(child, change));
  }

  /** The change of rows a cascade locked, named by their keys alone. */
  private static String changeByKeys(SqlTable table, Change change) {
    List<Part> byKeys = List.of(sink -> Statements.in(sink, table.key(), List.of(KEYS)));
    return template(sql -> {
      switch (change) {
        case SOFT_DESTROY ->
            Statements.softDestroy(sql, table, Part.PARAMETER, Part.PARAMETER, DeletedFilter.ALL,
                byKeys);
        case RESTORE -> Statements.restore(sql, table, DeletedFilter.ALL, byKeys);
        case FORCE_DESTROY -> Statements.forceDestroy(sql, table, byKeys);
      }
    });
  }

  // Templates: a Query's statements, and an include's.

  /**
   * What a {@code Query} with this deleted filter runs: {@code list()} and {@code first()} (which
   * binds the limit 1), {@code count()}, and {@code count()} of a page (a limit or an offset set).
   */
  List<String> queryTemplates(DeletedFilter filter) {
    List<Part> conditions = List.of(Part.text(CONDITIONS_MARK));
    List<Part> orders = List.of(Part.text(ORDERS_MARK));
    Part page = Part.text(" " + PAGE);
    return List.of(
        template(sql -> Statements.select(sql, table, table.selectList(), filter, conditions, true,
            orders, page)),
        template(sql -> Statements.count(sql, table, filter, conditions)),
        template(sql -> Statements.countPage(sql, inner -> Statements.select(inner, table,
            table.key(), filter, conditions, true, orders, page))));
  }

  /**
   * What an include of {@code association} runs for one chunk of parents: the target's rows whose
   * join column holds one of their keys, with the include's own conditions and orderings.
   */
  String includeTemplate(AssociationModel association, DeletedFilter filter) {
    TargetModel target = association.target();
    SqlTable targetTable = new SqlTable(target.table(), target.id().sqlColumn(),
        new SelectList(target.properties()).sql(),
        target.deletedAt().map(Property::sqlColumn).orElse(null), null);
    List<Part> conditions = List.of(
        sink -> Statements.in(sink, association.childColumn(), List.of(KEYS)),
        Part.text(CONDITIONS_MARK));
    return template(sql -> Statements.select(sql, targetTable, targetTable.selectList(), filter,
        conditions, true, List.of(Part.text(ORDERS_MARK)), null));
  }

  /**
   * A statement rendered by {@link Statements} with marks where the optional parts go, each mark
   * then replaced, with the separator written before it, by its placeholder.
   */
  private static String template(Consumer<SqlSink> statement) {
    return SqlText.of(statement)
        .replace(" AND " + CONDITIONS_MARK, " " + AND_WHERE)
        .replace(" WHERE " + CONDITIONS_MARK, " " + WHERE_WHERE)
        .replace(ORDERS_MARK + ", ", ORDERS + " ");
  }

  private String selectByKey(DeletedFilter filter) {
    return template(sql -> Statements.select(sql, table, table.selectList(), filter, keyOnly(),
        false, List.of(), null));
  }

  private String softDestroy(List<Part> where) {
    return template(sql ->
        Statements.softDestroy(sql, table, Part.PARAMETER, Part.PARAMETER, DeletedFilter.LIVE,
            where));
  }

  private String forceDestroy(List<Part> where) {
    return template(sql -> Statements.forceDestroy(sql, table, where));
  }

  private String restore(List<Part> where) {
    return template(sql -> Statements.restore(sql, table, DeletedFilter.ONLY_DELETED, where));
  }

  private static List<String> columns(List<Property> properties) {
    return properties.stream().map(Property::sqlColumn).toList();
  }
}
