package dev.paranoid.processor.write;

import static dev.paranoid.processor.write.Doc.text;

import com.palantir.javapoet.ClassName;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.TargetModel;
import dev.paranoid.runtime.sql.DeletedFilter;
import java.util.List;

/**
 * The Javadoc of each public member, from the same {@link Operations} the writers render, so that
 * a method documents exactly the statements its code runs: fixed ones as their {@code Sql}
 * constants hold them, the others as the runtime renders them ({@code <where>} for a condition's
 * SQL, {@code (?, …)} for a list of keys).
 */
final class MethodDocs {

  /** What a bulk form's statements become for {@code Condition.all()}. */
  private static final String ALL_ROWS = " {@code <AND where>} (or {@code <WHERE where>}) is the"
      + " condition's SQL with its keyword; with {@code Condition.all()} it is absent.";

  /** The rows after the first of a multi-row INSERT, as a placeholder. */
  private static final String MORE_ROWS = "<, %s \u2026>";

  private final DaoContext context;
  private final EntityModel model;
  private final SqlStatements sql;
  private final Operations operations;

  MethodDocs(DaoContext context, Operations operations) {
    this.context = context;
    this.model = context.model;
    this.sql = context.sql;
    this.operations = operations;
  }

  // ---- writes

  Doc create() {
    return Doc.of("Inserts {@code entity} as a live row and returns it, with "
        + (model.generatedId() ? "its generated id and " : "") + "its managed timestamps set."
        + (sql.insertColumns().isEmpty()
            ? " No column has a value to send; MariaDB and MySQL, which lack DEFAULT VALUES,"
                + " receive {@code INSERT INTO " + model.table() + " () VALUES ()}."
            : ""),
        operations.insert.sql());
  }

  Doc createAll() {
    String keys = model.generatedId() ? "their generated ids and " : "";
    String statements = sql.insertColumns().isEmpty()
        ? " No column has a value to send, so each row is its own statement, sent as one JDBC"
            + " batch."
        : " Up to 1,000 rows go in one statement, fewer when their parameters would pass the"
            + " database's limit (32,767 on PostgreSQL and H2, 65,535 on MariaDB/MySQL)."
            + (model.generatedId() ? " PostgreSQL's driver adds {@code RETURNING "
                + text(model.id().sqlColumn()) + "} itself; MariaDB (10.5 on) is sent it; MySQL,"
                + " whose drivers report one key per statement, gets a JDBC batch of the"
                + " single-row statement." : "");
    String summary = "Inserts every one of {@code entities} as a live row, in their order, and"
        + " returns " + (model.record() ? "the created records" : "them") + ", with " + keys
        + "their managed timestamps set: one timestamp for the whole call. All or nothing: in one"
        + " transaction (the caller's, if one is open); an entity that {@code create} would refuse"
        + " is refused before anything is sent." + statements;
    String shown = sql.insertColumns().isEmpty() ? operations.insert.sql()
        : operations.insert.sql() + MORE_ROWS.formatted(sql.insertRow());
    return Doc.of(summary, shown);
  }

  Doc purge() {
    return Doc.of("Retention: force-deletes, for good, the rows soft-deleted before"
        + " {@code deletedBefore}" + (operations.cascading() ? ", with every row of their"
            + " cascades (live or not)" : "") + ", 1,000 at a time; see"
        + " {@link #purge(Instant, int)}.", operations.purgeBatch);
  }

  Doc purgeInBatches() {
    return Doc.of("Retention: force-deletes, for good, the rows soft-deleted before"
        + " {@code deletedBefore}" + (operations.cascading() ? ", with every row of their"
            + " cascades (live or not)" : "") + ", {@code batchSize} rows at a time, each batch"
        + " in a short transaction of its own, so that a purge of millions of rows never holds"
        + " long locks; returns how many of this table's rows it removed. Live rows and rows"
        + " deleted at or after the cutoff are never touched, also when they change while the"
        + " purge runs: each batch deletes only its rows still deleted before the cutoff. Safe to"
        + " interrupt and to run again. Refused inside a transaction (a {@code Transactions}"
        + " block, Spring's), whose end would hold every batch's locks.", operations.purgeBatch);
  }

  Doc bulkUpdate() {
    String stamps = model.updatedAt().map(p -> " sets {@code " + text(p.name()) + "} to one time"
        + " for every row,").orElse("");
    String version = model.version().isPresent() ? " bumps the version," : "";
    return Doc.of("A bulk update of the live rows that match its {@code where}:"
        + " {@code update().set(COLUMN, value).where(condition).execute()} returns how many rows it"
        + " changed;" + stamps + version + " never touches a soft-deleted row. Refuses the key,"
        + " the deletion column, {@code createdAt}, managed columns and columns mapped"
        + " {@code updatable = false}, an update with nothing set, and one without a"
        + " {@code where} (pass {@code Condition.all()} for every live row). {@code <column = ?,"
        + " \u2026>} are the columns set, in the order of the {@code set} calls." + ALL_ROWS,
        sql.bulkUpdate());
  }

  Doc update() {
    String summary = "Writes {@code entity} to its live row"
        + model.updatedAt().map(p -> " and bumps {@code " + text(p.name()) + "}").orElse("")
        + "; {@code createdAt} and the deletion column are left alone. Returns false, changing"
        + " nothing, when there is no live row with its id (never created, or soft-deleted)"
        + staleVersion()
        + (context.toOnes().isEmpty() ? "" : " A to-one that an include left null (its target"
            + " filtered out) keeps the key its row holds.");
    List<Doc.Block> runs = List.of(Doc.Block.of(operations.updateByKey.sql()));
    return Doc.of(summary, operations.updateStaleCheck == null ? runs
        : Doc.concat(runs, List.of(operations.updateStaleCheck.doc())));
  }

  // ---- reads

  Doc findByPk() {
    return Doc.of("The live row with this id, if there is one (a soft-deleted row is not found:"
            + " see {@link #findByPk($T, boolean)}).", operations.findByPk.sql())
        .linking(context.idType);
  }

  Doc findByPkIncludingDeleted() {
    return Doc.of("The row with this id; with {@code includeDeleted} a soft-deleted row is found"
            + " too (Sequelize's {@code paranoid: false}).", operations.findByPk.sql())
        .or("includeDeleted", List.of(Doc.Block.of(operations.findByPkIncludingDeleted.sql())));
  }

  Doc findAll() {
    return Doc.of("Every live row, in key order.", sql.selectAll());
  }

  Doc findAllWhere() {
    return Doc.of("The live rows that match {@code where}, in key order.", sql.selectWhere());
  }

  Doc findOne() {
    return Doc.of("The first live row (in key order) that matches {@code where}; the limit is 1.",
        sql.selectFirst());
  }

  Doc findOrCreate() {
    String insert = operations.insert.sql();
    return Doc.of("The first live row (in key order) that matches {@code where}, or, when there is"
        + " none, the entity {@code newEntity} supplies, created as {@code create} creates it."
        + " Safe under concurrency when {@code where} names a value unique among live rows"
        + " ({@code @Column(unique = true)}, {@code @Table(uniqueConstraints)}): when a concurrent"
        + " call inserts it first, the create fails on the unique key and the row it inserted is"
        + " read and returned, never a duplicate. Inside a transaction (a {@code Transactions}"
        + " block, Spring's) that failure cannot be recovered from, so the"
        + " {@code UniqueConstraintException} is thrown: run the transaction again.",
        List.of(new Doc.Block(null, List.of(sql.selectFirst(), insert, sql.selectFirst()))));
  }

  Doc upsert() {
    List<SqlConstant> forms = operations.upsertForms;
    if (forms.isEmpty()) {
      return Doc.of("Inserts {@code entity} as {@code create} does: its key is generated and it has"
          + " no unique column, so no stored row can match it.", operations.insert.sql());
    }
    String match = String.join(", ", sql.upsertMatch().stream().map(p -> "{@code "
        + text(p.name()) + "}").toList());
    return Doc.of("Inserts {@code entity}, or updates the live row with the same " + match
        + ", in one statement, and returns it with its stored key, timestamps (the first"
        + " {@code createdAt} kept on update) and version. Soft-deleted rows never match: on a"
        + " unique key a deleted row does not hold its value, so the entity becomes a new live"
        + " row beside it. When the key's holder is soft-deleted, or another live row holds one of"
        + " the entity's other unique values, nothing changes and a"
        + " {@code UniqueConstraintException} is thrown. Runs the {@code @PrePersist} and"
        + " {@code @PostPersist} callbacks.",
        List.of(new Doc.Block("On PostgreSQL (the unique index of live rows is the arbiter):",
                List.of(forms.get(0).sql())),
            new Doc.Block("On MariaDB (10.5 on; the last value says whether the returned row is"
                + " the match):", List.of(forms.get(1).sql())),
            new Doc.Block("On H2 (the stored row comes back as the statement's generated keys):",
                List.of(forms.get(2).sql()))));
  }

  Doc count() {
    return Doc.of("The number of live rows.", sql.countAll());
  }

  Doc countWhere() {
    return Doc.of("The number of live rows that match {@code where}.", sql.countWhere());
  }

  Doc query() {
    return Doc.of("A query over live rows; {@code includeDeleted()} and {@code onlyDeleted()}"
            + " widen or invert the deleted filter. Its {@code list()} and {@code first()} (with"
            + " the limit 1) run the first statement, its {@code count()} the second, or, for a"
            + " page, the third. In angle brackets, the parts a query writes when it has them:"
            + " {@code " + SqlStatements.AND_WHERE + "} its conditions, {@code "
            + SqlStatements.ORDERS + "} its {@code orderBy} terms, {@code " + SqlStatements.PAGE
            + "} its page (MariaDB and MySQL write an offset alone as {@code LIMIT"
            + " 18446744073709551615 OFFSET ?}). Each include then runs what its constant shows.",
            List.of(new Doc.Block(null, sql.queryTemplates(DeletedFilter.LIVE))))
        .or("includeDeleted()", List.of(new Doc.Block(null,
            sql.queryTemplates(DeletedFilter.ALL))))
        .or("onlyDeleted()", List.of(new Doc.Block(null,
            sql.queryTemplates(DeletedFilter.ONLY_DELETED))));
  }

  /** An association constant: what including it runs. */
  Doc association(AssociationModel association) {
    TargetModel target = association.target();
    String summary = "Include {@code " + text(association.name()) + "}: the {@link $T} "
        + (association.kind().isToMany() ? "rows" : "row") + " whose {@code "
        + association.childColumn() + "} equals this row's {@code " + association.parentColumn()
        + "}" + (target.deletedAt().isPresent()
            ? "; soft-deleted ones only with {@code includeDeleted()}." : ".");
    String lead = "One statement for the parents of a query together (in chunks past the"
        + " database's parameter limit), with the include's own conditions and orderings:";
    Doc doc = Doc.of(summary, List.of(new Doc.Block(lead,
            List.of(sql.includeTemplate(association, DeletedFilter.LIVE)))))
        .linking(ClassName.get(target.element()));
    return target.deletedAt().isEmpty() ? doc : doc.or("includeDeleted()",
        List.of(Doc.Block.of(sql.includeTemplate(association, DeletedFilter.ALL))));
  }

  // ---- destroy and restore

  Doc destroy() {
    return Doc.of(softDestroySummary(), softDestroyInstance());
  }

  Doc destroyWithForce() {
    return Doc.of("Soft-deletes {@code entity}'s row, or with {@code force} deletes it for good"
            + " (even when it is already soft-deleted). Returns whether a row changed"
            + staleVersion() + cascadesTo(), softDestroyInstance())
        .or("force", operations.forceDestroyInstance.runsWithStaleCheck());
  }

  Doc destroyByPk() {
    return Doc.of("Soft-deletes the live row with this id; false when there is none."
        + cascadesTo(), operations.softDestroyByKey.runs());
  }

  Doc destroyByPkWithForce() {
    return Doc.of("Soft-deletes the row with this id, or with {@code force} deletes it for good"
            + " (even when it is already soft-deleted). Returns whether a row changed."
            + cascadesTo(), operations.softDestroyByKey.runs())
        .or("force", operations.forceDestroyByKey.runs());
  }

  Doc destroyWhere() {
    return Doc.of("Soft-deletes the live rows that match {@code where} (never null: pass"
        + " {@code Condition.all()} for every row), all with one timestamp. Returns how many rows"
        + " it deleted; already-deleted rows are neither counted nor re-stamped." + cascadesTo()
        + ALL_ROWS, operations.softDestroyWhere);
  }

  Doc destroyWhereWithForce() {
    return Doc.of("Soft-deletes the live rows that match {@code where}, or with {@code force}"
            + " deletes every matching row for good, soft-deleted ones included. Returns the rows"
            + " affected." + cascadesTo() + ALL_ROWS, operations.softDestroyWhere)
        .or("force", operations.forceDestroyWhere);
  }

  Doc restore() {
    return Doc.of("Restores {@code entity}'s soft-deleted row and clears its {@code "
        + text(model.deletedAt().name()) + "}. Returns false, changing nothing, when the row is"
        + " live or absent" + staleVersion() + restoresCascades(),
        operations.restoreInstance.runsWithStaleCheck());
  }

  Doc restoreByPk() {
    return Doc.of("Restores the soft-deleted row with this id; false when it is live or absent."
        + restoresCascades(), operations.restoreByKey.runs());
  }

  Doc restoreWhere() {
    return Doc.of("Restores the soft-deleted rows that match {@code where}; returns how many"
        + " (live rows that match are not counted)." + restoresCascades()
        + (operations.cascading() ? " Rows deleted at different times are restored one time"
            + " after the other, each with its levels." : "") + ALL_ROWS,
        operations.restoreWhere);
  }

  private String softDestroySummary() {
    return "Soft-deletes {@code entity}'s row and sets its {@code "
        + text(model.deletedAt().name()) + "} to the stored time. Returns false, changing"
        + " nothing, when the row is already deleted or absent" + staleVersion() + cascadesTo();
  }

  /** The soft destroy of an instance: the change, its stale check, reading the time back. */
  private List<Doc.Block> softDestroyInstance() {
    List<Doc.Block> runs = operations.softDestroyInstance.runsWithStaleCheck();
    return operations.storedDeletedAt
        .map(reread -> Doc.concat(runs, List.of(new Doc.Block(
            "Then reads the time back as its column stored it:", List.of(reread.sql())))))
        .orElse(runs);
  }

  /** The end of a sentence about a versioned instance operation. */
  private String staleVersion() {
    return model.version().isPresent()
        ? "; throws {@code OptimisticLockException} when its version is stale." : ".";
  }

  /** For an entity whose destroy follows cascades: where to. */
  private String cascadesTo() {
    return operations.cascading()
        ? " Cascades to " + CascadeWriter.describe(model.cascades()) + "." : "";
  }

  /** For an entity whose restore follows cascades: which rows come back with it. */
  private String restoresCascades() {
    return operations.cascading() ? " Cascades to the rows of "
        + CascadeWriter.describe(model.cascades()) + " deleted at the same time." : "";
  }
}
