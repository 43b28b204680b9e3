package dev.paranoid.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the reads: {@code findByPk} runs its fixed statements; the others hand their condition
 * to the runtime's query, which renders it.
 */
final class ReadMethods {

  private final DaoContext context;
  private final Operations operations;
  private final MethodDocs docs;
  private final TypeName condition;
  private final TypeName list;
  private final TypeName optional;

  private ReadMethods(DaoContext context, Operations operations, MethodDocs docs) {
    this.context = context;
    this.operations = operations;
    this.docs = docs;
    this.condition = ParameterizedTypeName.get(RuntimeNames.CONDITION, context.entity);
    this.list = ParameterizedTypeName.get(RuntimeNames.LIST, context.entity);
    this.optional = ParameterizedTypeName.get(RuntimeNames.OPTIONAL, context.entity);
  }

  static void addTo(TypeSpec.Builder dao, DaoContext context, Operations operations,
      MethodDocs docs) {
    ReadMethods methods = new ReadMethods(context, operations, docs);
    dao.addMethod(methods.findByPk());
    dao.addMethod(methods.findByPkIncludingDeleted());
    dao.addMethod(methods.method("findAll", methods.list, docs.findAll())
        .addStatement("return table.query().list()")
        .build());
    dao.addMethod(methods.withCondition("findAll", methods.list, docs.findAllWhere())
        .addStatement("return table.findAll(where)")
        .build());
    dao.addMethod(methods.withCondition("findOne", methods.optional, docs.findOne())
        .addStatement("return table.findOne(where)")
        .build());
    dao.addMethod(methods.method("count", TypeName.LONG, docs.count())
        .addStatement("return table.query().count()")
        .build());
    dao.addMethod(methods.withCondition("count", TypeName.LONG, docs.countWhere())
        .addStatement("return table.count(where)")
        .build());
    dao.addMethod(methods.method("query",
            ParameterizedTypeName.get(RuntimeNames.QUERY, context.entity), docs.query())
        .addStatement("return table.query()")
        .build());
  }

  private MethodSpec findByPk() {
    return method("findByPk", optional, docs.findByPk())
        .addParameter(context.idType, "id")
        .addStatement("return findByPk(id, false)")
        .build();
  }

  private MethodSpec findByPkIncludingDeleted() {
    return method("findByPk", optional, docs.findByPkIncludingDeleted())
        .addParameter(context.idType, "id")
        .addParameter(TypeName.BOOLEAN, "includeDeleted")
        .addStatement("$T.requireNonNull(id, \"id must not be null\")", RuntimeNames.OBJECTS)
        .addStatement("$T<$T> rows = executor.list(includeDeleted ? $L : $L,\n"
                + "statement -> $L.bind(statement, 1, id), $T::$N)",
            RuntimeNames.LIST, context.entity, operations.findByPkIncludingDeleted.ref(),
            operations.findByPk.ref(), context.jdbcType(context.model.id()), context.dao,
            context.names.readerMethod(context.model.element()))
        .addStatement("return rows.isEmpty() ? $T.empty() : $T.of(rows.get(0))",
            RuntimeNames.OPTIONAL, RuntimeNames.OPTIONAL)
        .build();
  }

  private MethodSpec.Builder method(String name, TypeName returns, Doc doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addJavadoc(JavadocWriter.render(doc));
  }

  /** A method of one {@code where} parameter, refused when null. */
  private MethodSpec.Builder withCondition(String name, TypeName returns, Doc doc) {
    return method(name, returns, doc)
        .addParameter(condition, "where")
        .addStatement("$T.requireNonNull(where, \"where must not be null\")", RuntimeNames.OBJECTS);
  }
}
