package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import javax.lang.model.element.Modifier;

/**
 * Writes destroy and restore: the instance forms (through {@link InstanceProtocol}), the by-key
 * forms, the bulk forms (a condition, handed to the runtime's table), and the private methods
 * that run each {@link KeyedChange}.
 */
final class DestroyRestoreMethods {

  private final DaoContext context;
  private final EntityModel model;
  private final Operations operations;
  private final MethodDocs docs;
  private final TypeName condition;

  private DestroyRestoreMethods(DaoContext context, Operations operations, MethodDocs docs) {
    this.context = context;
    this.model = context.model;
    this.operations = operations;
    this.docs = docs;
    this.condition = ParameterizedTypeName.get(RuntimeNames.CONDITION, context.entity);
  }

  static void addTo(TypeSpec.Builder dao, DaoContext context, Operations operations,
      MethodDocs docs) {
    DestroyRestoreMethods methods = new DestroyRestoreMethods(context, operations, docs);
    dao.addMethod(methods.method("destroy", TypeName.BOOLEAN, docs.destroy())
        .addParameter(context.entity, "entity")
        .addStatement("return destroy(entity, false)")
        .build());
    dao.addMethod(methods.destroy());
    dao.addMethod(methods.method("destroyByPk", TypeName.BOOLEAN, docs.destroyByPk())
        .addParameter(context.idType, "id")
        .addStatement("return destroyByPk(id, false)")
        .build());
    dao.addMethod(methods.destroyByPk());
    dao.addMethod(methods.method("destroy", TypeName.INT, docs.destroyWhere())
        .addParameter(methods.condition, "where")
        .addStatement("return table.destroy(where, false)")
        .build());
    dao.addMethod(methods.method("destroy", TypeName.INT, docs.destroyWhereWithForce())
        .addParameter(methods.condition, "where")
        .addParameter(TypeName.BOOLEAN, "force")
        .addStatement("return table.destroy(where, force)")
        .build());
    dao.addMethod(methods.restore());
    dao.addMethod(methods.restoreByPk());
    dao.addMethod(methods.method("restore", TypeName.INT, docs.restoreWhere())
        .addParameter(methods.condition, "where")
        .addStatement("return table.restore(where)")
        .build());
    for (KeyedChange change : operations.helpers()) {
      dao.addMethod(methods.helper(change));
    }
    operations.storedDeletedAt.ifPresent(statement -> dao.addMethod(methods.storedDeletedAt(statement)));
  }

  private MethodSpec destroy() {
    MethodSpec.Builder method = method("destroy", TypeName.BOOLEAN, docs.destroyWithForce())
        .addParameter(context.entity, "entity")
        .addParameter(TypeName.BOOLEAN, "force")
        .addStatement("$T id = $N(entity, \"destroy\")", context.idType,
            context.names.method("idOf"));
    InstanceOperation destroy = operations.destroy;
    KeyedChange force = operations.forceDestroyInstance;
    KeyedChange soft = operations.softDestroyInstance;
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("if (force)");
    if (force.staleCheck() == null && destroy.post().isEmpty()) {
      body.addStatement("return $L", call(force, null));
    } else {
      body.beginControlFlow("if (!$L)", call(force, null))
          .add(InstanceProtocol.noRowChanged(context, destroy, force.staleCheck()))
          .endControlFlow()
          .add(InstanceProtocol.calls(destroy.post(), "entity"))
          .addStatement("return true");
    }
    body.endControlFlow()
        .addStatement("$T now = table.now()", RuntimeNames.INSTANT);
    model.deletedBy().ifPresent(deletedBy -> body.addStatement("$T deletedBy = $L",
        context.valueType(deletedBy), actor()));
    body.beginControlFlow("if (!$L)", call(soft, "now"))
        .add(InstanceProtocol.noRowChanged(context, destroy, soft.staleCheck()))
        .endControlFlow();
    if (!model.record()) {
      CodeBlock deletedAt = operations.storedDeletedAt.isPresent()
          ? CodeBlock.of("$N(id)", context.names.method("storedDeletedAt")) : asDeletedAt("now");
      body.addStatement(context.assign(model.deletedAt(), "entity", deletedAt));
      model.deletedBy().ifPresent(deletedBy ->
          body.addStatement(context.assign(deletedBy, "entity", CodeBlock.of("deletedBy"))));
    }
    body.add(InstanceProtocol.bumpVersion(context))
        .add(InstanceProtocol.calls(destroy.post(), "entity"))
        .addStatement("return true");
    InstanceProtocol.write(method, context, destroy, body.build());
    return method.build();
  }

  private MethodSpec destroyByPk() {
    return method("destroyByPk", TypeName.BOOLEAN, docs.destroyByPkWithForce())
        .addParameter(context.idType, "id")
        .addParameter(TypeName.BOOLEAN, "force")
        .addStatement("$T.requireNonNull(id, \"id must not be null\")", RuntimeNames.OBJECTS)
        .addStatement("return force ? $L : $L", call(operations.forceDestroyByKey, null),
            call(operations.softDestroyByKey, "table.now()", actor()))
        .build();
  }

  private MethodSpec restore() {
    MethodSpec.Builder method = method("restore", TypeName.BOOLEAN, docs.restore())
        .addParameter(context.entity, "entity")
        .addStatement("$T id = $N(entity, \"restore\")", context.idType,
            context.names.method("idOf"));
    InstanceOperation restore = operations.restore;
    KeyedChange change = operations.restoreInstance;
    CodeBlock.Builder body = CodeBlock.builder()
        .beginControlFlow("if (!$L)", call(change, null))
        .add(InstanceProtocol.noRowChanged(context, restore, change.staleCheck()))
        .endControlFlow();
    if (!model.record()) {
      body.addStatement(context.assign(model.deletedAt(), "entity", CodeBlock.of("null")));
      model.deletedBy().ifPresent(deletedBy ->
          body.addStatement(context.assign(deletedBy, "entity", CodeBlock.of("null"))));
    }
    body.add(InstanceProtocol.bumpVersion(context))
        .add(InstanceProtocol.calls(restore.post(), "entity"))
        .addStatement("return true");
    InstanceProtocol.write(method, context, restore, body.build());
    return method.build();
  }

  /** {@code restoreByPk} runs its change itself: the instance form without a version calls it. */
  private MethodSpec restoreByPk() {
    return method("restoreByPk", TypeName.BOOLEAN, docs.restoreByPk())
        .addParameter(context.idType, "id")
        .addStatement("$T.requireNonNull(id, \"id must not be null\")", RuntimeNames.OBJECTS)
        .addCode("return $L;\n", changesARow(operations.restoreByKey))
        .build();
  }

  /** The private method that runs {@code change} and returns whether a row changed. */
  private MethodSpec helper(KeyedChange change) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(change.method())
        .addModifiers(Modifier.PRIVATE)
        .returns(TypeName.BOOLEAN)
        .addParameter(context.idType, "id");
    if (change.atVersion()) {
      Property version = model.version().orElseThrow();
      method.addParameter(context.type(version.type()), "version");
    }
    if (change.kind() == KeyedChange.Kind.SOFT_DESTROY) {
      method.addParameter(RuntimeNames.INSTANT, "deletedAt");
      model.deletedBy().ifPresent(deletedBy ->
          method.addParameter(context.valueType(deletedBy), "deletedBy"));
    }
    // addCode, not addStatement: a statement would indent the binder's lines once more
    return method.addCode("return $L;\n", changesARow(change)).build();
  }

  /** A call of the method that runs {@code change}, given the locals it needs. */
  private CodeBlock call(KeyedChange change, String deletedAt) {
    return call(change, deletedAt, CodeBlock.of("deletedBy"));
  }

  /** {@link #call(KeyedChange, String)} with the actor given by {@code deletedBy}. */
  private CodeBlock call(KeyedChange change, String deletedAt, CodeBlock deletedBy) {
    CodeBlock.Builder arguments = CodeBlock.builder().add("id");
    if (change.atVersion()) {
      arguments.add(", version");
    }
    if (change.kind() == KeyedChange.Kind.SOFT_DESTROY) {
      arguments.add(", $L", deletedAt);
      if (model.deletedBy().isPresent()) {
        arguments.add(", $L", deletedBy);
      }
    }
    return CodeBlock.of("$N($L)", change.method(), arguments.build());
  }

  /** {@code table.actor(String.class)}: the actor, as the {@code @DeletedBy} field's type. */
  private CodeBlock actor() {
    return model.deletedBy()
        .map(deletedBy -> CodeBlock.of("table.actor($T.class)", context.valueType(deletedBy)))
        .orElse(CodeBlock.of("null"));
  }

  /** {@code ... > 0}: runs {@code change} with the locals {@code id}, {@code version}, {@code deletedAt}. */
  private CodeBlock changesARow(KeyedChange change) {
    if (change.viaTable()) {
      CodeBlock where = change.atVersion()
          ? CodeBlock.of("$N.eq(id).and($N.eq(version))", context.idConstant(),
              context.versionConstant())
          : CodeBlock.of("$N.eq(id)", context.idConstant());
      return switch (change.kind()) {
        case SOFT_DESTROY -> model.deletedBy().isPresent()
            ? CodeBlock.of("table.softDestroy($L, deletedAt, deletedBy) > 0", where)
            : CodeBlock.of("table.softDestroy($L, deletedAt) > 0", where);
        case FORCE_DESTROY -> CodeBlock.of("table.destroy($L, true) > 0", where);
        case RESTORE -> CodeBlock.of("table.restore($L) > 0", where);
      };
    }
    CodeBlock.Builder bindings = CodeBlock.builder();
    int index = 1;
    if (change.kind() == KeyedChange.Kind.SOFT_DESTROY) {
      bindings.add("$L.bind(statement, $L, $L);\n", context.jdbcType(model.deletedAt()), index++,
          asDeletedAt("deletedAt"));
      if (model.deletedBy().isPresent()) {
        bindings.add("$L.bind(statement, $L, deletedBy);\n",
            context.jdbcType(model.deletedBy().get()), index++);
      }
    }
    bindings.add("$L.bind(statement, $L, id);\n", context.jdbcType(model.id()), index++);
    if (change.atVersion()) {
      bindings.add("$L.bind(statement, $L, version);\n",
          context.jdbcType(model.version().orElseThrow()), index++);
    }
    if (index == 2) {
      // one parameter: the binder is one expression
      return CodeBlock.of("executor.update($L, statement -> $L.bind(statement, 1, id)) > 0",
          change.constant().ref(), context.jdbcType(model.id()));
    }
    return CodeBlock.builder()
        .add("executor.update($L, statement -> {\n$>", change.constant().ref())
        .add(bindings.build())
        .add("$<}) > 0")
        .build();
  }

  private MethodSpec storedDeletedAt(SqlConstant statement) {
    return MethodSpec.methodBuilder(context.names.method("storedDeletedAt"))
        .addJavadoc("The deletion time as its column stored it, at the column's own precision.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(context.type(model.deletedAt().type()))
        .addParameter(context.idType, "id")
        .addStatement("return executor.list($L, statement -> $L.bind(statement, 1, id),"
                + " row -> $L.read(row, 1)).get(0)",
            statement.ref(), context.jdbcType(model.id()), context.jdbcType(model.deletedAt()))
        .build();
  }

  /** The clock instant in the local {@code instant} as a value of the deletion field's type. */
  private CodeBlock asDeletedAt(String instant) {
    return DaoContext.nowLocal(model.deletedAt().kind()).equals("now")
        ? CodeBlock.of("$N", instant)
        : CodeBlock.of("$L.fromInstant($N)", context.jdbcType(model.deletedAt().kind()), instant);
  }

  private MethodSpec.Builder method(String name, TypeName returns, Doc doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addJavadoc(JavadocWriter.render(doc));
  }
}
