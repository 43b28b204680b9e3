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
import java.util.LinkedHashSet;
import java.util.List;
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
    method.addCode(refusals("create", "the " + entityName));
    CodeBlock.Builder body = CodeBlock.builder();
    List<Property> columns = context.sql.insertColumns();
    List<Property> stamped = managedTimestamps(columns, true);
    declareNow(body, stamped);
    body.add(declareVersion());
    CodeBlock bindings = bindings(columns, List.of());
    String insert = operations.insert.ref();
    if (model.generatedId()) {
      if (bindings.isEmpty()) {
        // INSERT INTO t DEFAULT VALUES: nothing to bind
        body.addStatement("$T id = executor.insert($L, $S, $T.NONE, keys -> $L.read(keys, 1))",
            context.idType, insert, id.sqlColumn(), RuntimeNames.STATEMENT_BINDER,
            context.jdbcType(id));
      } else {
        body.add("$T id = executor.insert($L, $S, statement -> {\n$>", context.idType, insert,
                id.sqlColumn())
            .add(bindings)
            .add("$<}, keys -> $L.read(keys, 1));\n", context.jdbcType(id));
      }
    } else {
      body.add("executor.update($L, statement -> {\n$>", insert)
          .add(bindings)
          .add("$<});\n");
    }
    InstanceOperation create = operations.create;
    body.add(afterInsert(stamped))
        .addStatement("return $N", model.record() ? "created" : "entity");
    InstanceProtocol.write(method, context, create, body.build());
    return method.build();
  }

  /**
   * Throws for an {@code entity} that {@code create} must not insert: one with a generated key
   * already set or an assigned key missing, or one already deleted.
   */
  private CodeBlock refusals(String operation, String which) {
    Property id = model.id();
    CodeBlock idRead = context.read(id, "entity");
    CodeBlock.Builder code = CodeBlock.builder();
    if (model.generatedId()) {
      code.beginControlFlow(id.isPrimitive() ? "if ($L != 0)" : "if ($L != null)", idRead)
          .addStatement("throw new $T(\"$L: $L already has id \" + $L"
                  + " + \"; its key is generated, so leave it unset (use update to change a stored row)\")",
              IllegalArgumentException.class, operation, which, idRead)
          .endControlFlow();
    } else if (!id.isPrimitive()) {
      code.beginControlFlow("if ($L == null)", idRead)
          .addStatement("throw new $T(\"$L: $L has no id; its @Id has no @GeneratedValue, so set it before $L\")",
              IllegalArgumentException.class, operation, which, operation)
          .endControlFlow();
    }
    return code.beginControlFlow("if ($L != null)", context.read(model.deletedAt(), "entity"))
        .addStatement("throw new $T(\"$L: $L has $L set; $L inserts live rows (destroy it afterwards to store a deleted one)\")",
            IllegalArgumentException.class, operation, which, model.deletedAt().name(), operation)
        .endControlFlow()
        .build();
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
        .addCode(refusals("createAll", "the " + entityName + " at index \" + i + \""))
        .endControlFlow();

    CodeBlock.Builder body = CodeBlock.builder();
    List<Property> columns = context.sql.insertColumns();
    List<Property> stamped = managedTimestamps(columns, true);
    declareNow(body, stamped);
    CodeBlock binder = CodeBlock.builder().add(declareVersion())
        .add(bindings(columns, List.of(), "offset + ")).build();
    String insert = operations.insert.ref();
    if (model.generatedId()) {
      body.add("$T ids = executor.insertAll($L, $S, rows, (statement, offset, entity) -> {\n$>",
              ParameterizedTypeName.get(RuntimeNames.LIST, context.idType.box()), insert,
              id.sqlColumn())
          .add(binder)
          .add("$<}, keys -> $L.read(keys, 1));\n", context.jdbcType(id));
    } else {
      body.add("executor.insertAll($L, null, rows, (statement, offset, entity) -> {\n$>", insert)
          .add(binder)
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
    body.add(declareVersion()).add(afterInsert(stamped));
    if (model.record()) {
      body.addStatement("createdAll.add(created)");
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
        .addCode(refusals("upsert", "the " + context.entity.simpleName()));
    CodeBlock.Builder body = CodeBlock.builder();
    List<Property> columns = context.sql.insertColumns();
    List<Property> stamped = managedTimestamps(columns, true);
    declareNow(body, stamped);
    body.add(declareVersion())
        .add("$T stored = executor.upsert($N.$N, statement -> {\n$>", context.entity,
            DaoContext.MAPPING, context.names.upsertConstant())
        .add(bindings(columns, List.of()))
        .add("$<}, (statement, offset) -> {\n$>");
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
