package dev.paranoid.processor.write;

import static dev.paranoid.processor.write.StatementConstants.FIND_BY_PK;
import static dev.paranoid.processor.write.StatementConstants.FIND_BY_PK_INCLUDING_DELETED;
import static dev.paranoid.processor.write.StatementConstants.FORCE_DESTROY_BY_PK;
import static dev.paranoid.processor.write.StatementConstants.INSERT;
import static dev.paranoid.processor.write.StatementConstants.RESTORE_BY_PK;
import static dev.paranoid.processor.write.StatementConstants.SOFT_DESTROY_BY_PK;
import static dev.paranoid.processor.write.StatementConstants.UPDATE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.ValueKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** The DAO's public methods, each with its SQL in the Javadoc. */
final class CrudMethods {


  private final DaoContext context;
  private final EntityModel model;
  private final SqlStatements sql;
  private final TypeName entity;
  private final TypeName condition;

  private CrudMethods(DaoContext context) {
    this.context = context;
    this.model = context.model;
    this.sql = context.sql;
    this.entity = context.entity;
    this.condition = ParameterizedTypeName.get(RuntimeNames.CONDITION, context.entity);
  }

  static void addTo(TypeSpec.Builder dao, DaoContext context) {
    CrudMethods methods = new CrudMethods(context);
    dao.addMethod(methods.create());
    dao.addMethod(methods.update());
    dao.addMethod(methods.findByPk());
    dao.addMethod(methods.findByPkIncludingDeleted());
    dao.addMethod(methods.findAll());
    dao.addMethod(methods.findAllWhere());
    dao.addMethod(methods.findOne());
    dao.addMethod(methods.count());
    dao.addMethod(methods.countWhere());
    dao.addMethod(methods.query());
    dao.addMethod(methods.destroy());
    dao.addMethod(methods.destroyForce());
    dao.addMethod(methods.destroyByPk());
    dao.addMethod(methods.destroyByPkForce());
    dao.addMethod(methods.destroyWhere());
    dao.addMethod(methods.destroyWhereForce());
    dao.addMethod(methods.restore());
    dao.addMethod(methods.restoreByPk());
    dao.addMethod(methods.restoreWhere());
    dao.addMethod(methods.softDestroy());
    dao.addMethod(methods.forceDestroy());
    if (rereadsDeletedAt(context.model)) {
      dao.addMethod(methods.storedDeletedAt());
    }
  }

  private MethodSpec create() {
    Property id = model.id();
    String entityName = context.entity.simpleName();
    MethodSpec.Builder method = publicMethod("create", entity)
        .addJavadoc(doc("Inserts {@code entity} as a live row and returns it, with "
            + (model.generatedId() ? "its generated id and " : "") + "its managed timestamps set."
            + (sql.insertColumns().isEmpty()
                ? " No column has a value to send; MariaDB and MySQL, which lack DEFAULT VALUES,"
                    + " receive {@code INSERT INTO " + model.table() + " () VALUES ()}."
                : ""),
            sql.insert()))
        .addParameter(entity, "entity")
        .addStatement("$T.requireNonNull(entity, \"entity must not be null\")", RuntimeNames.OBJECTS);
    String idRead = id.access().read("entity");
    if (model.generatedId()) {
      method.beginControlFlow(id.isPrimitive() ? "if ($L != 0)" : "if ($L != null)", idRead)
          .addStatement("throw new $T(\"create: the $L already has id \" + $L"
                  + " + \"; its key is generated, so leave it unset (use update to change a stored row)\")",
              IllegalArgumentException.class, entityName, idRead)
          .endControlFlow();
    } else if (!id.isPrimitive()) {
      method.beginControlFlow("if ($L == null)", idRead)
          .addStatement("throw new $T(\"create: the $L has no id; its @Id has no @GeneratedValue, so set it before create\")",
              IllegalArgumentException.class, entityName)
          .endControlFlow();
    }
    method.beginControlFlow("if ($L != null)", model.deletedAt().access().read("entity"))
        .addStatement("throw new $T(\"create: the $L has $L set; create inserts live rows (destroy it afterwards to store a deleted one)\")",
            IllegalArgumentException.class, entityName, model.deletedAt().name())
        .endControlFlow();

    CodeBlock.Builder body = CodeBlock.builder();
    List<Property> columns = sql.insertColumns();
    List<Property> stamped = managedTimestamps(columns, true);
    declareNow(body, stamped);
    model.version().ifPresent(version -> body.addStatement("$T version = $L",
        context.type(version.type()), version.isPrimitive()
            ? CodeBlock.of("$L", version.access().read("entity"))
            : CodeBlock.of("$L == null ? $L : $L", version.access().read("entity"),
                initialVersion(version), version.access().read("entity"))));
    CodeBlock bindings = bindings(columns, List.of());
    if (model.generatedId()) {
      if (bindings.isEmpty()) {
        // INSERT INTO t DEFAULT VALUES: nothing to bind
        body.addStatement("$T id = executor.insert($N, $S, $T.NONE, keys -> $L.read(keys, 1))",
            context.idType, StatementConstants.ref(INSERT), model.id().sqlColumn(),
            RuntimeNames.STATEMENT_BINDER, context.jdbcType(id));
      } else {
        body.add("$T id = executor.insert($N, $S, statement -> {\n$>",
                context.idType, StatementConstants.ref(INSERT), model.id().sqlColumn())
            .add(bindings)
            .add("$<}, keys -> $L.read(keys, 1));\n", context.jdbcType(id));
      }
      if (!model.record()) {
        body.addStatement(context.assign(id, "entity", CodeBlock.of("id")));
      }
    } else {
      body.add("executor.update($N, statement -> {\n$>", StatementConstants.ref(INSERT))
          .add(bindings)
          .add("$<});\n");
    }
    if (model.record()) {
      // a record cannot change: the created row is returned as a new instance
      body.addStatement("$T created = new $T(\n$>$>$L$<$<)", entity, entity,
          CodeBlock.join(model.properties().stream().map(this::createdValue).toList(), ",\n"));
      body.add(calls(model.callbacks().postPersist(), "created")).addStatement("return created");
    } else {
      for (Property timestamp : stamped) {
        body.addStatement(context.assign(timestamp, "entity",
            CodeBlock.of("$N", DaoContext.nowLocal(timestamp.kind()))));
      }
      model.version().ifPresent(version ->
          body.addStatement(context.assign(version, "entity", CodeBlock.of("version"))));
      body.add(calls(model.callbacks().postPersist())).add(settleHeldKeys())
          .addStatement("return entity");
    }
    return lifecycle(method, model.callbacks().prePersist(), model.callbacks().postPersist(), body.build(),
        model.generatedId() ? model.id() : null, model.createdAt().orElse(null),
        model.updatedAt().orElse(null), model.version().orElse(null))
        .build();
  }


  private MethodSpec update() {
    MethodSpec.Builder method = publicMethod("update", TypeName.BOOLEAN)
        .addJavadoc(doc("Writes {@code entity} to its live row"
            + (model.updatedAt().isPresent() ? " and bumps {@code " + model.updatedAt().get().name() + "}" : "")
            + "; {@code createdAt} and the deletion column are left alone. Returns false, changing"
            + " nothing, when there is no live row with its id (never created, or soft-deleted)"
            + (model.version().isPresent() ? "; throws {@code OptimisticLockException} when its"
                + " version is stale." : ".")
            + (context.toOnes().isEmpty() ? "" : " A to-one that an include left null (its target"
                + " filtered out) keeps the key its row holds."),
            sql.update()))
        .addParameter(entity, "entity")
        .addStatement("$T id = idOf(entity, \"update\")", context.idType);
    declareVersion(method, "update");
    CodeBlock.Builder body = CodeBlock.builder();
    List<Property> columns = sql.updateColumns();
    List<Property> stamped = managedTimestamps(columns, false);
    declareNow(body, stamped);
    List<String> keys = model.version().isPresent() ? List.of("id", "version") : List.of("id");
    body.add("int rows = executor.update($N, statement -> {\n$>", StatementConstants.ref(UPDATE))
        .add(bindings(columns, keys))
        .add("$<});\n");
    body.beginControlFlow("if (rows == 0)")
        .add(staleCheck("", "update"))
        .addStatement("return false")
        .endControlFlow();
    for (Property timestamp : model.record() ? List.<Property>of() : stamped) {
      body.addStatement(context.assign(timestamp, "entity",
          CodeBlock.of("$N", DaoContext.nowLocal(timestamp.kind()))));
    }
    body.add(bumpVersion()).add(calls(model.callbacks().postUpdate())).add(settleHeldKeys())
        .addStatement("return true");
    return lifecycle(method, model.callbacks().preUpdate(), model.callbacks().postUpdate(), body.build(),
        model.updatedAt().orElse(null), model.version().orElse(null))
        .build();
  }


  private MethodSpec findByPk() {
    return publicMethod("findByPk", optionalOfEntity())
        .addJavadoc(doc("The live row with this id, if there is one (a soft-deleted row is not"
            + " found: see {@link #findByPk($T, boolean)}).", sql.findByPk(), context.idType))
        .addParameter(context.idType, "id")
        .addStatement("return findByPk(id, false)")
        .build();
  }

  private MethodSpec findByPkIncludingDeleted() {
    return publicMethod("findByPk", optionalOfEntity())
        .addJavadoc(alternatives("The row with this id; with {@code includeDeleted} a soft-deleted row is found too\n"
            + "(Sequelize's {@code paranoid: false}).\n\n",
            sql.findByPk(), "includeDeleted", sql.findByPkIncludingDeleted()))
        .addParameter(context.idType, "id")
        .addParameter(TypeName.BOOLEAN, "includeDeleted")
        .addStatement("$T.requireNonNull(id, \"id must not be null\")", RuntimeNames.OBJECTS)
        .addStatement("$T<$T> rows = executor.list(includeDeleted ? $N : $N,\nstatement -> $L.bind(statement, 1, id), $T::read)",
            RuntimeNames.LIST, entity, StatementConstants.ref(FIND_BY_PK_INCLUDING_DELETED), StatementConstants.ref(FIND_BY_PK),
            context.jdbcType(model.id()), context.dao)
        .addStatement("return rows.isEmpty() ? $T.empty() : $T.of(rows.get(0))",
            RuntimeNames.OPTIONAL, RuntimeNames.OPTIONAL)
        .build();
  }

  private MethodSpec findAll() {
    return publicMethod("findAll", listOfEntity())
        .addJavadoc(doc("Every live row, in key order.", sql.selectWhere().replace(" AND <where>", "")))
        .addStatement("return table.query().list()")
        .build();
  }

  private MethodSpec findAllWhere() {
    return publicMethod("findAll", listOfEntity())
        .addJavadoc(doc("The live rows that match {@code where}, in key order.", sql.selectWhere()))
        .addParameter(condition, "where")
        .addStatement("$T.requireNonNull(where, \"where must not be null\")", RuntimeNames.OBJECTS)
        .addStatement("return table.findAll(where)")
        .build();
  }

  private MethodSpec findOne() {
    return publicMethod("findOne", optionalOfEntity())
        .addJavadoc(doc("The first live row (in key order) that matches {@code where}.",
            sql.selectWhere() + " LIMIT 1"))
        .addParameter(condition, "where")
        .addStatement("$T.requireNonNull(where, \"where must not be null\")", RuntimeNames.OBJECTS)
        .addStatement("return table.findOne(where)")
        .build();
  }

  private MethodSpec count() {
    return publicMethod("count", TypeName.LONG)
        .addJavadoc(doc("The number of live rows.", sql.countWhere().replace(" AND <where>", "")))
        .addStatement("return table.query().count()")
        .build();
  }

  private MethodSpec countWhere() {
    return publicMethod("count", TypeName.LONG)
        .addJavadoc(doc("The number of live rows that match {@code where}.", sql.countWhere()))
        .addParameter(condition, "where")
        .addStatement("$T.requireNonNull(where, \"where must not be null\")", RuntimeNames.OBJECTS)
        .addStatement("return table.count(where)")
        .build();
  }

  private MethodSpec query() {
    return publicMethod("query", ParameterizedTypeName.get(RuntimeNames.QUERY, context.entity))
        .addJavadoc(doc("A query over live rows; {@code includeDeleted()} and {@code onlyDeleted()}"
            + " widen or invert the deleted filter.", sql.selectWhere() + " LIMIT ? OFFSET ?"))
        .addStatement("return table.query()")
        .build();
  }

  private MethodSpec destroy() {
    return publicMethod("destroy", TypeName.BOOLEAN)
        .addJavadoc(doc("Soft-deletes {@code entity}'s row and sets its {@code " + model.deletedAt().name()
            + "} to the stored time. Returns false, changing nothing, when the row is already"
            + " deleted or absent.", sql.softDestroyByPk()))
        .addParameter(entity, "entity")
        .addStatement("return destroy(entity, false)")
        .build();
  }

  private MethodSpec destroyForce() {
    MethodSpec.Builder method = publicMethod("destroy", TypeName.BOOLEAN)
        .addJavadoc(CodeBlock.builder()
            .add("Soft-deletes {@code entity}'s row, or with {@code force} deletes it for good (even when\n")
            .add("it is already soft-deleted). Returns whether a row changed$L\n\n",
                model.version().isPresent()
                    ? "; throws {@code OptimisticLockException} when its version is stale." : ".")
            .add(sqlBlock(sql.softDestroyByPk()))
            .add("or, with {@code force}:\n")
            .add(sqlBlock(sql.forceDestroyByPk()))
            .build())
        .addParameter(entity, "entity")
        .addParameter(TypeName.BOOLEAN, "force")
        .addStatement("$T id = idOf(entity, \"destroy\")", context.idType);
    declareVersion(method, "destroy");
    List<String> post = model.callbacks().postRemove();
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("if (force)");
    if (model.version().isEmpty() && post.isEmpty()) {
      body.addStatement("return forceDestroy(id)");
    } else {
      body.beginControlFlow("if (!$L)", model.version().isPresent()
              ? CodeBlock.of("(table.destroy($N.eq(id).and($N.eq(version)), true) > 0)",
                  context.idConstant(), versionConstant())
              : CodeBlock.of("forceDestroy(id)"))
          .add(staleCheck(".includeDeleted()", "destroy"))
          .addStatement("return false")
          .endControlFlow()
          .add(calls(post))
          .addStatement("return true");
    }
    body.endControlFlow()
        .addStatement("$T now = table.now()", RuntimeNames.INSTANT)
        .beginControlFlow("if (!$L)", model.version().isPresent()
            ? CodeBlock.of("(table.softDestroy($N.eq(id).and($N.eq(version)), now) > 0)",
                context.idConstant(), versionConstant())
            : CodeBlock.of("softDestroy(id, now)"))
        .add(staleCheck("", "destroy"))
        .addStatement("return false")
        .endControlFlow()
        .add(setDeletedAt(rereadsDeletedAt(model)
            ? CodeBlock.of("storedDeletedAt(id)") : asDeletedAt("now")))
        .add(bumpVersion())
        .add(calls(post))
        .addStatement("return true");
    return lifecycle(method, model.callbacks().preRemove(), post, body.build(), model.deletedAt(),
        model.version().orElse(null)).build();
  }


  private MethodSpec destroyByPk() {
    return publicMethod("destroyByPk", TypeName.BOOLEAN)
        .addJavadoc(doc("Soft-deletes the live row with this id; false when there is none.",
            sql.softDestroyByPk()))
        .addParameter(context.idType, "id")
        .addStatement("return destroyByPk(id, false)")
        .build();
  }

  private MethodSpec destroyByPkForce() {
    return publicMethod("destroyByPk", TypeName.BOOLEAN)
        .addJavadoc(alternatives("Soft-deletes the row with this id, or with {@code force} deletes it for good (even\n"
            + "when it is already soft-deleted). Returns whether a row changed.\n\n",
            sql.softDestroyByPk(), "force", sql.forceDestroyByPk()))
        .addParameter(context.idType, "id")
        .addParameter(TypeName.BOOLEAN, "force")
        .addStatement("$T.requireNonNull(id, \"id must not be null\")", RuntimeNames.OBJECTS)
        .addStatement("return force ? forceDestroy(id) : softDestroy(id, table.now())")
        .build();
  }

  private MethodSpec destroyWhere() {
    return publicMethod("destroy", TypeName.INT)
        .addJavadoc(doc("Soft-deletes the live rows that match {@code where} (never null: pass"
            + " {@code Condition.all()} for every row), all with one timestamp. Returns how many"
            + " rows it deleted; already-deleted rows are neither counted nor re-stamped.",
            sql.softDestroyWhere()))
        .addParameter(condition, "where")
        .addStatement("return table.destroy(where, false)")
        .build();
  }

  private MethodSpec destroyWhereForce() {
    return publicMethod("destroy", TypeName.INT)
        .addJavadoc(alternatives("Soft-deletes the live rows that match {@code where}, or with {@code force} deletes\n"
            + "every matching row for good, soft-deleted ones included. Returns the rows affected.\n\n",
            sql.softDestroyWhere(), "force", sql.forceDestroyWhere()))
        .addParameter(condition, "where")
        .addParameter(TypeName.BOOLEAN, "force")
        .addStatement("return table.destroy(where, force)")
        .build();
  }

  private MethodSpec restore() {
    MethodSpec.Builder method = publicMethod("restore", TypeName.BOOLEAN)
        .addJavadoc(doc("Restores {@code entity}'s soft-deleted row and clears its {@code "
            + model.deletedAt().name() + "}. Returns false, changing nothing, when the row is live"
            + " or absent" + (model.version().isPresent() ? "; throws {@code"
                + " OptimisticLockException} when its version is stale." : "."), sql.restoreByPk()))
        .addParameter(entity, "entity")
        .addStatement("$T id = idOf(entity, \"restore\")", context.idType);
    declareVersion(method, "restore");
    CodeBlock.Builder body = CodeBlock.builder()
        .beginControlFlow("if (!$L)", model.version().isPresent()
            ? CodeBlock.of("(table.restore($N.eq(id).and($N.eq(version))) > 0)",
                context.idConstant(), versionConstant())
            : CodeBlock.of("restoreByPk(id)"))
        .add(staleCheck(".onlyDeleted()", "restore"))
        .addStatement("return false")
        .endControlFlow()
        .add(setDeletedAt(CodeBlock.of("null")))
        .add(bumpVersion())
        .add(calls(model.callbacks().postRestore()))
        .addStatement("return true");
    return lifecycle(method, model.callbacks().preRestore(), model.callbacks().postRestore(),
        body.build(), model.deletedAt(), model.version().orElse(null)).build();
  }


  private MethodSpec restoreByPk() {
    return publicMethod("restoreByPk", TypeName.BOOLEAN)
        .addJavadoc(doc("Restores the soft-deleted row with this id; false when it is live or absent.",
            sql.restoreByPk()))
        .addParameter(context.idType, "id")
        .addStatement("$T.requireNonNull(id, \"id must not be null\")", RuntimeNames.OBJECTS)
        .addCode(viaTable()
            ? CodeBlock.of("return table.restore($N.eq(id)) > 0;\n", context.idConstant())
            : CodeBlock.of("return executor.update($N, statement -> $L.bind(statement, 1, id)) > 0;\n",
                StatementConstants.ref(RESTORE_BY_PK), context.jdbcType(model.id())))
        .build();
  }

  private MethodSpec restoreWhere() {
    return publicMethod("restore", TypeName.INT)
        .addJavadoc(doc("Restores the soft-deleted rows that match {@code where}; returns how many"
            + " (live rows that match are not counted).", sql.restoreWhere()))
        .addParameter(condition, "where")
        .addStatement("return table.restore(where)")
        .build();
  }

  private MethodSpec softDestroy() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("softDestroy")
        .addModifiers(Modifier.PRIVATE)
        .returns(TypeName.BOOLEAN)
        .addParameter(context.idType, "id")
        .addParameter(RuntimeNames.INSTANT, "deletedAt");
    if (viaTable()) {
      return method
          .addJavadoc(cascading()
              ? CodeBlock.of("Cascades to $L in one transaction.\n", CascadeWriter.describe(model.cascades()))
              : CodeBlock.of("Bumps the version.\n"))
          .addStatement("return table.softDestroy($N.eq(id), deletedAt) > 0", context.idConstant())
          .build();
    }
    return method
        .addCode("return executor.update($N, statement -> {\n", StatementConstants.ref(SOFT_DESTROY_BY_PK))
        .addCode("$>$L.bind(statement, 1, $L);\n", context.jdbcType(model.deletedAt()),
            asDeletedAt("deletedAt"))
        .addCode("$L.bind(statement, 2, id);\n", context.jdbcType(model.id()))
        .addCode("$<}) > 0;\n")
        .build();
  }

  private MethodSpec forceDestroy() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("forceDestroy")
        .addModifiers(Modifier.PRIVATE)
        .returns(TypeName.BOOLEAN)
        .addParameter(context.idType, "id");
    if (viaTable()) {
      return method
          .addJavadoc(cascading()
              ? CodeBlock.of("Deletes $L first, in one transaction.\n", CascadeWriter.describe(model.cascades()))
              : CodeBlock.of(""))
          .addStatement("return table.destroy($N.eq(id), true) > 0", context.idConstant())
          .build();
    }
    return method
        .addStatement("return executor.update($N, statement -> $L.bind(statement, 1, id)) > 0",
            StatementConstants.ref(FORCE_DESTROY_BY_PK), context.jdbcType(model.id()))
        .build();
  }

  /**
   * Whether instance destroy reads the stored deletion time back: when the column has a
   * {@code columnDefinition}, its precision may be coarser than the clock's microseconds.
   */
  static boolean rereadsDeletedAt(EntityModel model) {
    return !model.record() && model.deletedAt().facts().definition() != null;
  }

  private MethodSpec storedDeletedAt() {
    return MethodSpec.methodBuilder("storedDeletedAt")
        .addJavadoc("The deletion time as its column stored it, at the column's own precision.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(context.type(model.deletedAt().type()))
        .addParameter(context.idType, "id")
        .addStatement("return executor.list($N, statement -> $L.bind(statement, 1, id), row -> $L.read(row, 1)).get(0)",
            StatementConstants.ref(StatementConstants.DELETED_AT_BY_PK), context.jdbcType(model.id()),
            context.jdbcType(model.deletedAt()))
        .build();
  }

  private boolean cascading() {
    return !model.cascades().isEmpty();
  }

  /** Whether by-key operations go through the runtime table (cascades, version bumps). */
  private boolean viaTable() {
    return cascading() || model.version().isPresent();
  }

  /**
   * Adds the pre callbacks, then {@code body}. The values of {@code changed} are kept first, so
   * that the entity gets them back when the rows are rolled back: by the enclosing transaction
   * ({@code undoOnRollback}), or by the call's own transaction when a post callback throws (then
   * {@code body} runs inside one transaction with the callbacks).
   */
  private MethodSpec.Builder lifecycle(MethodSpec.Builder method, List<String> pre,
      List<String> post, CodeBlock body, Property... changed) {
    method.addCode(calls(pre));
    List<Property> restorable = model.record() ? List.of() : java.util.Arrays.stream(changed)
        .filter(java.util.Objects::nonNull).distinct().toList();
    for (Property property : restorable) {
      method.addStatement("$T $N = $L", context.type(property.type()), before(property),
          property.access().read("entity"));
    }
    if (!restorable.isEmpty()) {
      method.addCode(undo(restorable)).addStatement("executor.undoOnRollback(undo)");
    }
    if (post.isEmpty()) {
      return method.addCode(body);
    }
    if (!restorable.isEmpty()) {
      method.beginControlFlow("try");
    }
    method.addCode("return executor.inTransaction(() -> {\n$>")
        .addCode(body)
        .addCode("$<});\n");
    if (!restorable.isEmpty()) {
      // the rows were rolled back: give the entity back the values it had, so it can be retried
      method.nextControlFlow("catch ($T | $T failure)", RuntimeException.class, Error.class)
          .addStatement("undo.run()")
          .addStatement("throw failure").endControlFlow();
    }
    return method;
  }

  /** {@code Runnable undo = ...}: gives the entity back the kept values of {@code properties}. */
  private CodeBlock undo(List<Property> properties) {
    if (properties.size() == 1) {
      Property property = properties.get(0);
      return CodeBlock.builder().addStatement("$T undo = () -> $L", Runnable.class,
          context.assign(property, "entity", CodeBlock.of("$N", before(property)))).build();
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T undo = () -> {\n$>", Runnable.class);
    for (Property property : properties) {
      code.addStatement(context.assign(property, "entity", CodeBlock.of("$N", before(property))));
    }
    return code.add("$<};\n").build();
  }

  private static String before(Property property) {
    return property.name() + "Before";
  }

  private static CodeBlock calls(List<String> callbacks) {
    return calls(callbacks, "entity");
  }

  private static CodeBlock calls(List<String> callbacks, String target) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (String callback : callbacks) {
      code.addStatement("$N.$N()", target, callback);
    }
    return code.build();
  }

  /** Sets the entity's deletion field; a record keeps its value (it cannot change). */
  private CodeBlock setDeletedAt(CodeBlock value) {
    return model.record() ? CodeBlock.of("")
        : CodeBlock.builder().addStatement(context.assign(model.deletedAt(), "entity", value)).build();
  }

  /** A component of the record {@code create} returns: generated and managed values replaced. */
  private CodeBlock createdValue(Property property) {
    if (property == model.id() && model.generatedId()) {
      return CodeBlock.of("id");
    }
    if (model.createdAt().filter(p -> p == property).isPresent()
        || model.updatedAt().filter(p -> p == property).isPresent()) {
      return sql.insertColumns().contains(property)
          ? CodeBlock.of("$N", DaoContext.nowLocal(property.kind()))
          : CodeBlock.of("$L", property.access().read("entity"));
    }
    if (model.version().filter(p -> p == property).isPresent()) {
      return CodeBlock.of("version");
    }
    return CodeBlock.of("$L", property.access().read("entity"));
  }

  /** {@code V version = ...}, refusing an entity without one, for a versioned entity. */
  private void declareVersion(MethodSpec.Builder method, String operation) {
    model.version().ifPresent(version -> {
      method.addStatement("$T version = $L", context.type(version.type()),
          version.access().read("entity"));
      if (!version.isPrimitive()) {
        method.beginControlFlow("if (version == null)")
            .addStatement("throw new $T($S)", IllegalArgumentException.class, operation + ": the "
                + context.entity.simpleName() + " has no version; only an entity read or created"
                + " by the DAO can be " + operation + "d")
            .endControlFlow();
      }
    });
  }

  /** After no row matched: if the row is there, the entity's version is stale. */
  private CodeBlock staleCheck(String filter, String operation) {
    if (model.version().isEmpty()) {
      return CodeBlock.of("");
    }
    return CodeBlock.builder()
        .beginControlFlow("if (table.query()$L.where($N.eq(id)).count() > 0)", filter,
            context.idConstant())
        .addStatement("throw new $T($S + id + $S + version + $S)", RuntimeNames.OPTIMISTIC_LOCK_EXCEPTION,
            operation + ": the " + context.entity.simpleName() + " with id ",
            " has changed since it was read (version ", " is stale)")
        .endControlFlow()
        .build();
  }

  private CodeBlock bumpVersion() {
    if (model.record()) {
      return CodeBlock.of("");
    }
    return model.version()
        .map(version -> CodeBlock.builder()
            .addStatement(context.assign(version, "entity", version.kind() == ValueKind.SHORT
                ? CodeBlock.of("(short) (version + 1)") : CodeBlock.of("version + 1")))
            .build())
        .orElse(CodeBlock.of(""));
  }

  private String versionConstant() {
    return context.columnConstants().get(model.version().orElseThrow());
  }

  private static CodeBlock initialVersion(Property version) {
    return CodeBlock.of(version.kind() == ValueKind.LONG ? "0L"
        : version.kind() == ValueKind.SHORT ? "(short) 0" : "0");
  }

  /** The clock instant in local {@code instant} as a value of the deletion field's type. */
  private CodeBlock asDeletedAt(String instant) {
    return DaoContext.nowLocal(model.deletedAt().kind()).equals("now")
        ? CodeBlock.of("$N", instant)
        : CodeBlock.of("$L.fromInstant($N)", context.jdbcType(model.deletedAt().kind()), instant);
  }

  // ---- pieces

  /**
   * After a write: a to-one whose key came from a target in the field no longer needs the key an
   * include held back, so a later null in the field means NULL.
   */
  private CodeBlock settleHeldKeys() {
    CodeBlock.Builder code = CodeBlock.builder();
    for (AssociationModel toOne : context.toOnes()) {
      code.addStatement("$T.written(entity, $N, $L)", RuntimeNames.ASSOCIATIONS,
          DaoContext.associationConstant(toOne), toOne.access().read("entity"));
    }
    return code.build();
  }

  private MethodSpec.Builder publicMethod(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private TypeName listOfEntity() {
    return ParameterizedTypeName.get(RuntimeNames.LIST, context.entity);
  }

  private TypeName optionalOfEntity() {
    return ParameterizedTypeName.get(RuntimeNames.OPTIONAL, context.entity);
  }

  /** The managed timestamps among {@code columns}: createdAt (on insert) and updatedAt. */
  private List<Property> managedTimestamps(List<Property> columns, boolean insert) {
    Set<Property> stamped = new LinkedHashSet<>();
    if (insert) {
      model.createdAt().filter(columns::contains).ifPresent(stamped::add);
    }
    model.updatedAt().filter(columns::contains).ifPresent(stamped::add);
    return List.copyOf(stamped);
  }

  /** Declares {@code now} (and the other time types' locals) when a statement needs the time. */
  private void declareNow(CodeBlock.Builder method, List<Property> stamped) {
    if (stamped.isEmpty()) {
      return;
    }
    method.addStatement("$T now = table.now()", RuntimeNames.INSTANT);
    Set<String> declared = new LinkedHashSet<>(List.of("now"));
    for (Property timestamp : stamped) {
      String local = DaoContext.nowLocal(timestamp.kind());
      if (declared.add(local)) {
        method.addStatement("$T $N = $L.fromInstant(now)", context.type(timestamp.type()), local,
            context.jdbcType(timestamp.kind()));
      }
    }
  }

  /** Statements binding {@code columns} from {@code entity}, then {@code keys} from the local {@code id}. */
  private CodeBlock bindings(List<Property> columns, List<String> keys) {
    CodeBlock.Builder code = CodeBlock.builder();
    int index = 1;
    for (Property column : columns) {
      boolean stamped = model.createdAt().filter(p -> p == column).isPresent()
          || model.updatedAt().filter(p -> p == column).isPresent();
      boolean version = model.version().filter(p -> p == column).isPresent();
      CodeBlock value = stamped
          ? CodeBlock.of("$N", DaoContext.nowLocal(column.kind()))
          : version ? CodeBlock.of("version") : context.columnValue(column, "entity");
      code.add("$L.bind(statement, $L, $L);\n", context.jdbcType(column), index++, value);
    }
    for (String key : keys) {
      Property property = key.equals("id") ? model.id() : model.version().orElseThrow();
      code.add("$L.bind(statement, $L, $N);\n", context.jdbcType(property), index++, key);
    }
    return code.build();
  }

  private static CodeBlock doc(String summary, String sql, Object... args) {
    return CodeBlock.builder()
        .add(wrap(summary), args)
        .add("\n")
        .add(sqlBlock(sql))
        .build();
  }

  /** A summary, then the SQL it runs, or with {@code flag} set, the other SQL. */
  private static CodeBlock alternatives(String summary, String sql, String flag, String otherSql) {
    return CodeBlock.builder()
        .add(summary.replace("$", "$$"))
        .add(sqlBlock(sql))
        .add("or, with {@code $L}:\n", flag)
        .add(sqlBlock(otherSql))
        .build();
  }

  private static CodeBlock sqlBlock(String sql) {
    return CodeBlock.of("<pre>{@code $L}</pre>\n", sql);
  }

  /** Wraps Javadoc prose at about 90 columns (JavaPoet does not wrap Javadoc). */
  private static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : keepTagsTogether(text).split(" ")) {
      word = word.replace('\u0000', ' ');
      if (lineLength > 0 && lineLength + word.length() > 88) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.append('\n').toString();
  }

  /** Marks the spaces inside inline tags ({@code {@link a(B, C)}}) so that wrapping keeps them. */
  private static String keepTagsTogether(String text) {
    StringBuilder marked = new StringBuilder(text.length());
    int depth = 0;
    for (char c : text.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      marked.append(c == ' ' && depth > 0 ? '\u0000' : c);
    }
    return marked.toString();
  }
}
