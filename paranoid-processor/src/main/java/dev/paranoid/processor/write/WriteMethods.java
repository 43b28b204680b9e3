package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.Embedding;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes {@code create} and {@code update}: each binds the entity's columns to its fixed statement. */
final class WriteMethods {

  private final DaoContext context;
  private final EntityModel model;
  private final Operations operations;
  private final MethodDocs docs;

  private WriteMethods(DaoContext context, Operations operations, MethodDocs docs) {
    this.context = context;
    this.model = context.model;
    this.operations = operations;
    this.docs = docs;
  }

  static void addTo(TypeSpec.Builder dao, DaoContext context,
      Operations operations, MethodDocs docs) {
    WriteMethods methods = new WriteMethods(context, operations, docs);
    dao.addMethod(methods.create());
    dao.addMethod(methods.createAll());
    dao.addMethod(methods.upsert());
    dao.addMethod(methods.findOrCreate());
    dao.addMethod(methods.purge());
    dao.addMethod(methods.purgeInBatches());
    dao.addMethod(methods.update());
    if (methods.settable()) {
      dao.addMethod(methods.bulkUpdate());
    }
  }

  private MethodSpec create() {
    Property id = model.id();
    String entityName = context.entity.simpleName();
    MethodSpec.Builder method = MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC)
        .returns(context.entity)
        .addJavadoc(JavadocWriter.render(docs.create()))
        .addParameter(context.entity, "entity")
        .addStatement("$T.requireNonNull(entity, \"entity must not be null\")", RuntimeNames.OBJECTS);
    method.addStatement(refusal("\"create\"", "\"the " + entityName + "\""));
    CodeBlock.Builder body = CodeBlock.builder();
    List<Property> columns = context.sql.insertColumns();
    List<Property> stamped = managedTimestamps(columns, true);
    declareNow(body, stamped);
    body.add(declareVersion());
    String insert = operations.insert.ref();
    if (model.generatedId()) {
      if (columns.isEmpty()) {
        // INSERT INTO t DEFAULT VALUES: nothing to bind
        body.addStatement("$T id = executor.insert($L, $S, $T.NONE, $L)",
            context.idType, insert, id.sqlColumn(), RuntimeNames.STATEMENT_BINDER,
            context.jdbcType(id));
      } else {
        body.addStatement("$T id = executor.insert($L, $S, statement -> $L, $L)",
            context.idType, insert, id.sqlColumn(), insertBinding("0"), context.jdbcType(id));
      }
    } else {
      body.addStatement("executor.update($L, statement -> $L)", insert, insertBinding("0"));
    }
    InstanceOperation create = operations.create;
    body.addStatement("return $L", afterCreateCall());
    InstanceProtocol.write(method, context, create, body.build());
    return method.build();
  }

  /**
   * The call of the method refusing an entity that {@code create} must not insert; the
   * arguments are Java expressions (the operation's name, and which entity it was given).
   */
  private CodeBlock refusal(String operation, String which) {
    return CodeBlock.of("$N(entity, $L, $L)", context.names.method("refuseToCreate"), operation,
        which);
  }

  /**
   * Adds the method that throws for an {@code entity} that {@code create}, {@code createAll} and
   * {@code upsert} must not insert: one with a generated key already set or an assigned key
   * missing, or one already deleted.
   */
  static void addRefusal(TypeSpec.Builder dao, DaoContext context) {
    EntityModel model = context.model;
    Property id = model.id();
    CodeBlock idRead = context.read(id, "entity");
    MethodSpec.Builder method = MethodSpec.methodBuilder(context.names.method("refuseToCreate"))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Throws for an {@code entity} that {@code operation} must not insert.\n")
        .addParameter(context.entity, "entity")
        .addParameter(String.class, "operation")
        .addParameter(String.class, "which");
    if (model.generatedId()) {
      method.beginControlFlow(id.isPrimitive() ? "if ($L != 0)" : "if ($L != null)", idRead)
          .addStatement("throw new $T(operation + \": \" + which + \" already has id \" + $L"
                  + " + \"; its key is generated, so leave it unset (use update to change a stored row)\")",
              IllegalArgumentException.class, idRead)
          .endControlFlow();
    } else if (!id.isPrimitive()) {
      method.beginControlFlow("if ($L == null)", idRead)
          .addStatement("throw new $T(operation + \": \" + which + \" has no id; its @Id has no"
                  + " @GeneratedValue, so set it before \" + operation)",
              IllegalArgumentException.class)
          .endControlFlow();
    }
    method.beginControlFlow("if ($L != null)", context.read(model.deletedAt(), "entity"))
        .addStatement("throw new $T(operation + \": \" + which + \" has $L set; \" + operation"
                + " + \" inserts live rows (destroy it afterwards to store a deleted one)\")",
            IllegalArgumentException.class, model.deletedAt().name())
        .endControlFlow();
    dao.addMethod(method.build());
  }

  /**
   * After the row of the local {@code entity} was inserted with the locals {@code id} (when
   * generated), {@code version} and the time locals: sets them on the entity, or for a record
   * declares {@code created} with them, and runs the post callbacks.
   */
  private CodeBlock afterInsert(List<Property> stamped) {
    CodeBlock.Builder body = CodeBlock.builder();
    if (model.generatedId() && !model.record()) {
      body.addStatement(context.assign(model.id(), "entity", CodeBlock.of("id")));
    }
    List<String> post = operations.create.post();
    if (model.record()) {
      // a record cannot change: the created row is returned as a new instance
      body.addStatement("$T created = new $T(\n$>$>$L$<$<)", context.entity, context.entity,
          CodeBlock.join(EmbeddedReads.components(model.properties()).stream()
              .map(this::createdValue).toList(), ",\n"));
      return body.add(InstanceProtocol.calls(post, "created")).build();
    }
    for (Property timestamp : stamped) {
      body.addStatement(context.assign(timestamp, "entity",
          CodeBlock.of("$N", DaoContext.nowLocal(timestamp.kind()))));
    }
    model.version().ifPresent(version ->
        body.addStatement(context.assign(version, "entity", CodeBlock.of("version"))));
    return body.add(InstanceProtocol.calls(post, "entity")).add(settleHeldKeys()).build();
  }

  /**
   * Adds the method that finishes a created row's entity, shared by {@code create} and
   * {@code createAll}: sets the generated key, the version and the times on it (or, for a record,
   * builds the created one), runs the post callbacks, and returns it.
   */
  static void addAfterCreate(TypeSpec.Builder dao, DaoContext context, Operations operations,
      MethodDocs docs) {
    WriteMethods methods = new WriteMethods(context, operations, docs);
    MethodSpec.Builder method = MethodSpec.methodBuilder(context.names.method("afterCreate"))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Gives the entity whose row was just inserted what the row was created with,"
            + " and runs its post-persist callbacks.\n")
        .returns(context.entity)
        .addParameter(context.entity, "entity");
    methods.afterCreateLocals().forEach((name, type) -> method.addParameter(type, name));
    List<Property> stamped = methods.managedTimestamps(context.sql.insertColumns(), true);
    dao.addMethod(method.addCode(methods.afterInsert(stamped))
        .addStatement("return $N", context.model.record() ? "created" : "entity")
        .build());
  }

  /** The call of {@link #addAfterCreate}'s method, with the locals of the same names. */
  private CodeBlock afterCreateCall() {
    return CodeBlock.of("$N(entity$L)", context.names.method("afterCreate"),
        arguments(afterCreateLocals()));
  }

  /** The locals a created row's entity is finished with: the key, the version, the times. */
  private Map<String, TypeName> afterCreateLocals() {
    Map<String, TypeName> locals = new LinkedHashMap<>();
    if (model.generatedId()) {
      locals.put("id", context.idType);
    }
    model.version().ifPresent(version -> locals.put("version", context.type(version.type())));
    timeLocals(locals);
    return locals;
  }

  /** {@code version}: the entity's, or the first one when it has none. */
  private CodeBlock declareVersion() {
    CodeBlock.Builder code = CodeBlock.builder();
    model.version().ifPresent(version -> code.addStatement("$T version = $L",
        context.type(version.type()), version.isPrimitive()
            ? context.read(version, "entity")
            : CodeBlock.of("$L == null ? $L : $L", context.read(version, "entity"),
                Literals.initialVersion(version.kind()), context.read(version, "entity"))));
    return code.build();
  }

  private MethodSpec createAll() {
    Property id = model.id();
    String entityName = context.entity.simpleName();
    TypeName list = ParameterizedTypeName.get(RuntimeNames.LIST, context.entity);
    MethodSpec.Builder method = MethodSpec.methodBuilder("createAll")
        .addModifiers(Modifier.PUBLIC)
        .returns(list)
        .addJavadoc(JavadocWriter.render(docs.createAll()))
        .addParameter(ParameterizedTypeName.get(RuntimeNames.COLLECTION, context.entity),
            "entities")
        .addStatement("$T.requireNonNull(entities, \"entities must not be null\")",
            RuntimeNames.OBJECTS)
        .addStatement("$T rows = new $T<>(entities)", list, RuntimeNames.ARRAY_LIST)
        .beginControlFlow("for (int i = 0; i < rows.size(); i++)")
        .addStatement("$T entity = rows.get(i)", context.entity)
        .beginControlFlow("if (entity == null)")
        .addStatement("throw new $T(\"createAll: entities hold null at index \" + i)",
            NullPointerException.class)
        .endControlFlow()
        // the message names the index: the text goes inside the message's string literal
        .addStatement(refusal("\"createAll\"", "\"the " + entityName + " at index \" + i"))
        .endControlFlow();

    CodeBlock.Builder body = CodeBlock.builder();
    List<Property> columns = context.sql.insertColumns();
    List<Property> stamped = managedTimestamps(columns, true);
    declareNow(body, stamped);
    CodeBlock.Builder binder = CodeBlock.builder().add(declareVersion());
    if (!columns.isEmpty()) {
      binder.addStatement(insertBinding("offset"));
    }
    String insert = operations.insert.ref();
    if (model.generatedId()) {
      body.add("$T ids = executor.insertAll($L, $S, rows, (statement, offset, entity) -> {\n$>",
              ParameterizedTypeName.get(RuntimeNames.LIST, context.idType.box()), insert,
              id.sqlColumn())
          .add(binder.build())
          .add("$<}, $L);\n", context.jdbcType(id));
    } else {
      body.add("executor.insertAll($L, null, rows, (statement, offset, entity) -> {\n$>", insert)
          .add(binder.build())
          .add("$<}, null);\n");
    }
    if (model.record()) {
      body.addStatement("$T createdAll = new $T<>(rows.size())", list, RuntimeNames.ARRAY_LIST);
    }
    body.beginControlFlow("for (int i = 0; i < rows.size(); i++)")
        .addStatement("$T entity = rows.get(i)", context.entity);
    if (model.generatedId()) {
      body.addStatement("$T id = ids.get(i)", context.idType);
    }
    body.add(declareVersion());
    if (model.record()) {
      body.addStatement("createdAll.add($L)", afterCreateCall());
    } else {
      body.addStatement(afterCreateCall());
    }
    body.endControlFlow()
        .addStatement("return $N", model.record() ? "createdAll" : "rows");
    InstanceProtocol.writeForEach(method, context, operations.create, "rows", body.build());
    return method.build();
  }

  private MethodSpec upsert() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("upsert")
        .addModifiers(Modifier.PUBLIC)
        .returns(context.entity)
        .addJavadoc(JavadocWriter.render(docs.upsert()))
        .addParameter(context.entity, "entity");
    List<Property> match = context.sql.upsertMatch();
    if (match.isEmpty()) {
      return method.addStatement("return create(entity)").build();
    }
    method.addStatement("$T.requireNonNull(entity, \"entity must not be null\")", RuntimeNames.OBJECTS)
        .addStatement(refusal("\"upsert\"", "\"the " + context.entity.simpleName() + "\""));
    CodeBlock.Builder body = CodeBlock.builder();
    List<Property> columns = context.sql.insertColumns();
    List<Property> stamped = managedTimestamps(columns, true);
    declareNow(body, stamped);
    body.add(declareVersion())
        .add("$T stored = executor.upsert($N.$N, statement -> $L, (statement, offset) -> {\n$>",
            context.entity, DaoContext.MAPPING, context.names.upsertConstant(),
            insertBinding("0"));
    for (int i = 0; i < match.size(); i++) {
      body.add("$L.bind(statement, offset + $L, $L);\n", context.jdbcType(match.get(i)), i + 1,
          context.columnValue(match.get(i), "entity"));
    }
    body.add("$<}, $T::$N);\n", context.dao, context.names.readerMethod(model.element()));
    List<String> post = operations.upsert.post();
    if (model.record()) {
      // a record cannot change: the stored row is returned as a new instance
      body.add(InstanceProtocol.calls(post, "stored")).addStatement("return stored");
    } else {
      for (Property property : operations.upsert.undo()) {
        body.addStatement(context.assign(property, "entity", context.read(property, "stored")));
      }
      body.add(InstanceProtocol.calls(post, "entity")).add(settleHeldKeys())
          .addStatement("return entity");
    }
    InstanceProtocol.write(method, context, operations.upsert, body.build());
    return method.build();
  }

  private MethodSpec findOrCreate() {
    return MethodSpec.methodBuilder("findOrCreate")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeNames.FOUND_OR_CREATED, context.entity))
        .addJavadoc(JavadocWriter.render(docs.findOrCreate()))
        .addParameter(ParameterizedTypeName.get(RuntimeNames.CONDITION, context.entity), "where")
        .addParameter(ParameterizedTypeName.get(RuntimeNames.SUPPLIER, context.entity),
            "newEntity")
        .addStatement("return table.findOrCreate(where, newEntity, this::create)")
        .build();
  }

  private MethodSpec purge() {
    return purgeMethod(docs.purge())
        .addStatement("return purge(deletedBefore, 1_000)")
        .build();
  }

  private MethodSpec purgeInBatches() {
    return purgeMethod(docs.purgeInBatches())
        .addParameter(TypeName.INT, "batchSize")
        .addStatement("return table.purge(deletedBefore, batchSize, $N)",
            context.names.columnConstants().get(model.id()))
        .build();
  }

  /** {@code public long purge(Instant deletedBefore...)}, documented by {@code doc}. */
  private static MethodSpec.Builder purgeMethod(Doc doc) {
    return MethodSpec.methodBuilder("purge")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.LONG)
        .addJavadoc(JavadocWriter.render(doc))
        .addParameter(RuntimeNames.INSTANT, "deletedBefore");
  }

  /** Whether a bulk update could set a column: one that is updatable and not managed. */
  private boolean settable() {
    return context.sql.updateColumns().stream()
        .anyMatch(column -> model.updatedAt().filter(p -> p == column).isEmpty());
  }

  private MethodSpec bulkUpdate() {
    return MethodSpec.methodBuilder("update")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeNames.UPDATE, context.entity))
        .addJavadoc(JavadocWriter.render(docs.bulkUpdate()))
        .addStatement("return table.update()")
        .build();
  }

  private MethodSpec update() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("update")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addJavadoc(JavadocWriter.render(docs.update()))
        .addParameter(context.entity, "entity")
        .addStatement("$T id = $N(entity, \"update\")", context.idType, context.names.method("idOf"));
    CodeBlock.Builder body = CodeBlock.builder();
    List<Property> columns = context.sql.updateColumns();
    List<Property> stamped = managedTimestamps(columns, false);
    declareNow(body, stamped);
    List<Property> keys = model.version().isPresent()
        ? List.of(model.id(), model.version().get()) : List.of(model.id());
    body.add("int rows = executor.update($L, statement -> {\n$>", operations.updateByKey.ref())
        .add(bindings(columns, keys))
        .add("$<});\n");
    InstanceOperation update = operations.update;
    body.beginControlFlow("if (rows == 0)")
        .add(InstanceProtocol.noRowChanged(context, update, operations.updateStaleCheck))
        .endControlFlow();
    for (Property timestamp : model.record() ? List.<Property>of() : stamped) {
      body.addStatement(context.assign(timestamp, "entity",
          CodeBlock.of("$N", DaoContext.nowLocal(timestamp.kind()))));
    }
    body.add(InstanceProtocol.bumpVersion(context))
        .add(InstanceProtocol.calls(update.post(), "entity"))
        .add(settleHeldKeys())
        .addStatement("return true");
    InstanceProtocol.write(method, context, update, body.build());
    return method.build();
  }

  /**
   * A component of the record {@code create} returns: generated and managed values replaced; an
   * embedded field (given by its first column) as it is.
   */
  private CodeBlock createdValue(Property property) {
    Embedding embedding = EmbeddedReads.embeddingOf(property);
    if (embedding != null) {
      return Accessors.read(embedding.access(), "entity");
    }
    if (property == model.id() && model.generatedId()) {
      return CodeBlock.of("id");
    }
    if (model.createdAt().filter(p -> p == property).isPresent()
        || model.updatedAt().filter(p -> p == property).isPresent()) {
      return context.sql.insertColumns().contains(property)
          ? CodeBlock.of("$N", DaoContext.nowLocal(property.kind()))
          : context.read(property, "entity");
    }
    if (model.version().filter(p -> p == property).isPresent()) {
      return CodeBlock.of("version");
    }
    return context.read(property, "entity");
  }

  /**
   * After a write: a to-one whose key came from a target in the field no longer needs the key an
   * include held back, so a later null in the field means NULL.
   */
  private CodeBlock settleHeldKeys() {
    CodeBlock.Builder code = CodeBlock.builder();
    for (AssociationModel toOne : context.toOnes()) {
      code.addStatement("$T.written(entity, $N, $L)", RuntimeNames.ASSOCIATIONS,
          context.names.associationConstant(toOne), Accessors.read(toOne.access(), "entity"));
    }
    return code.build();
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

  /**
   * Adds the private method that binds the INSERT's columns, when it has some: one method that
   * {@code create}, {@code createAll} and {@code upsert} call, not three copies of its lines.
   */
  static void addInsertBinder(TypeSpec.Builder dao, DaoContext context, Operations operations,
      MethodDocs docs) {
    WriteMethods methods = new WriteMethods(context, operations, docs);
    List<Property> columns = context.sql.insertColumns();
    if (columns.isEmpty()) {
      return;
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(context.names.method("bindInsert"))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Binds the INSERT's parameters for {@code entity}, from {@code offset + 1}"
            + " on; the version and the times are the ones the row is created with.\n")
        .addException(RuntimeNames.SQL_EXCEPTION)
        .addParameter(RuntimeNames.PARAMETERS, "statement")
        .addParameter(TypeName.INT, "offset")
        .addParameter(context.entity, "entity");
    methods.insertLocals().forEach((name, type) -> method.addParameter(type, name));
    dao.addMethod(method.addCode(methods.bindings(columns, List.of(), "offset + ")).build());
  }

  /** The call of the insert binder with parameters from {@code offset + 1} on. */
  private CodeBlock insertBinding(String offset) {
    return CodeBlock.of("$N(statement, $L, entity$L)", context.names.method("bindInsert"), offset,
        arguments(insertLocals()));
  }

  /** {@code ", a, b"}: the locals passed after the fixed arguments of a shared method. */
  private static String arguments(Map<String, TypeName> locals) {
    return locals.isEmpty() ? "" : ", " + String.join(", ", locals.keySet());
  }

  /** The locals the INSERT's bindings read besides the entity, by name: the version, the times. */
  private Map<String, TypeName> insertLocals() {
    Map<String, TypeName> locals = new LinkedHashMap<>();
    List<Property> columns = context.sql.insertColumns();
    model.version().filter(columns::contains)
        .ifPresent(version -> locals.put("version", context.type(version.type())));
    timeLocals(locals);
    return locals;
  }

  /** Adds the time locals {@link #declareNow} declares for an insert's managed timestamps. */
  private void timeLocals(Map<String, TypeName> locals) {
    for (Property timestamp : managedTimestamps(context.sql.insertColumns(), true)) {
      String local = DaoContext.nowLocal(timestamp.kind());
      // as declareNow declares them: now is the clock's Instant, the others its conversions
      locals.putIfAbsent(local, local.equals("now") ? RuntimeNames.INSTANT
          : context.type(timestamp.type()));
    }
  }

  /**
   * Statements binding {@code columns} from {@code entity}, then {@code keys} from the locals
   * {@code id} and {@code version}.
   */
  private CodeBlock bindings(List<Property> columns, List<Property> keys) {
    return bindings(columns, keys, "");
  }

  /** {@link #bindings(List, List)} with each parameter index after {@code offset}. */
  private CodeBlock bindings(List<Property> columns, List<Property> keys, String offset) {
    CodeBlock.Builder code = CodeBlock.builder();
    int index = 1;
    for (Property column : columns) {
      boolean stamped = model.createdAt().filter(p -> p == column).isPresent()
          || model.updatedAt().filter(p -> p == column).isPresent();
      boolean version = model.version().filter(p -> p == column).isPresent();
      CodeBlock value = stamped
          ? CodeBlock.of("$N", DaoContext.nowLocal(column.kind()))
          : version ? CodeBlock.of("version") : context.columnValue(column, "entity");
      code.add("$L.bind(statement, $L$L, $L);\n", context.jdbcType(column), offset, index++,
          value);
    }
    for (Property key : keys) {
      code.add("$L.bind(statement, $L, $N);\n", context.jdbcType(key), index++,
          key == model.id() ? "id" : "version");
    }
    return code.build();
  }
}
