package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.paranoid.processor.model.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes what every instance operation does around its statements, as its
 * {@link InstanceOperation} says: the version it checks is read (and refused when null), the pre
 * callbacks run, the values it will change are kept and given back when its rows roll back (by
 * the caller's transaction, or by its own when a post callback throws), then the body runs, in one
 * transaction with the post callbacks when there are some.
 */
final class InstanceProtocol {

  /** The name under which {@link MemberNames} keeps the method of {@link #addCreateUndo}. */
  static final String CREATE_UNDO = "undoCreate";

  /** The locals the bodies declare; the kept values are named clear of them. */
  private static final List<String> BODY_LOCALS = List.of("entity", "id", "version", "now",
      "nowLocal", "nowOffset", "rows", "created", "undo", "failure", "statement", "keys",
      "entities", "undos", "ids", "i", "offset", "createdAll", "stored");

  private final DaoContext context;
  private final InstanceOperation operation;
  private final Map<Property, String> kept = new LinkedHashMap<>();

  private InstanceProtocol(DaoContext context, InstanceOperation operation) {
    this.context = context;
    this.operation = operation;
    NameAllocator locals = new NameAllocator();
    BODY_LOCALS.forEach(local -> locals.newName(local, local));
    for (Property property : operation.undo()) {
      kept.put(property, locals.newName(property.name() + "Before", property));
    }
  }

  /** Declares {@code version} from the entity, refusing an entity that has none. */
  static void declareVersion(MethodSpec.Builder method, DaoContext context,
      InstanceOperation operation) {
    operation.checkedVersion().ifPresent(version -> {
      method.addStatement("$T version = $L", context.type(version.type()),
          context.read(version, "entity"));
      if (!version.isPrimitive()) {
        method.beginControlFlow("if (version == null)")
            .addStatement("throw new $T($S)", IllegalArgumentException.class, operation.name()
                + ": the " + context.entity.simpleName() + " has no version; only an entity read"
                + " or created by the DAO can be " + operation.done())
            .endControlFlow();
      }
    });
  }

  /**
   * Adds the version check, the pre callbacks, the kept values and {@code body} (which ends in a
   * {@code return}) to {@code method}.
   */
  static void write(MethodSpec.Builder method, DaoContext context, InstanceOperation operation,
      CodeBlock body) {
    new InstanceProtocol(context, operation).write(method, body);
  }

  private void write(MethodSpec.Builder method, CodeBlock body) {
    declareVersion(method, context, operation);
    method.addCode(calls(operation.pre(), "entity"));
    if (sharesCreateUndo(operation)) {
      method.addStatement("$T undo = $N(entity)", Runnable.class,
          context.names.method(CREATE_UNDO));
    } else {
      kept.forEach((property, local) -> method.addStatement("$T $N = $L",
          context.type(property.type()), local, context.read(property, "entity")));
      if (!kept.isEmpty()) {
        method.addCode(undo());
      }
    }
    if (!operation.inTransaction()) {
      if (!kept.isEmpty()) {
        method.addStatement("executor.undoOnRollback(undo)");
      }
      method.addCode(body);
      return;
    }
    inTransaction(method, body);
  }

  /**
   * {@code return executor.inTransaction(() -> body)}; with kept values
   * {@code executor.inTransaction(undo, () -> body)}, which gives them back when the rows roll
   * back (the runtime does it, so that not every DAO method repeats the try and catch).
   */
  private void inTransaction(MethodSpec.Builder method, CodeBlock body) {
    method.addCode(kept.isEmpty() ? "return executor.inTransaction(() -> {\n$>"
            : "return executor.inTransaction(undo, () -> {\n$>")
        .addCode(body)
        .addCode("$<});\n");
  }

  /**
   * {@link #write} for an operation on each entity of the local {@code list}, whose {@code body}
   * (which ends in a {@code return}) always runs in one transaction: the pre callbacks run and the
   * values are kept entity by entity, and one {@code undo} gives them all back.
   */
  static void writeForEach(MethodSpec.Builder method, DaoContext context,
      InstanceOperation operation, String list, CodeBlock body) {
    new InstanceProtocol(context, operation).writeForEach(method, list, body);
  }

  private void writeForEach(MethodSpec.Builder method, String list, CodeBlock body) {
    if (!kept.isEmpty()) {
      method.addStatement("$T<$T> undos = new $T<>($N.size())", RuntimeNames.LIST,
          Runnable.class, RuntimeNames.ARRAY_LIST, list);
    }
    if (!kept.isEmpty() || !operation.pre().isEmpty()) {
      method.beginControlFlow("for ($T entity : $N)", context.entity, list)
          .addCode(calls(operation.pre(), "entity"));
      if (sharesCreateUndo(operation)) {
        method.addStatement("undos.add($N(entity))", context.names.method(CREATE_UNDO));
      } else {
        kept.forEach((property, local) -> method.addStatement("$T $N = $L",
            context.type(property.type()), local, context.read(property, "entity")));
        method.addCode(undoAdded());
      }
      method.endControlFlow();
    }
    if (!kept.isEmpty()) {
      method.addStatement("$T undo = () -> undos.forEach($T::run)", Runnable.class,
          Runnable.class);
    }
    inTransaction(method, body);
  }

  /**
   * Whether {@code operation} gives the entity back its values through the one method that
   * {@code create}, {@code createAll} and {@code upsert} share (they change the same ones).
   */
  private static boolean sharesCreateUndo(InstanceOperation operation) {
    return !operation.undo().isEmpty()
        && (operation.name().equals("create") || operation.name().equals("upsert"));
  }

  /**
   * Adds the method that keeps the values {@code create} (and {@code createAll},
   * {@code upsert}) is about to change and returns what gives them back, when it changes some.
   */
  static void addCreateUndo(TypeSpec.Builder dao, DaoContext context, InstanceOperation create) {
    if (create.undo().isEmpty()) {
      return;
    }
    InstanceProtocol protocol = new InstanceProtocol(context, create);
    MethodSpec.Builder method = MethodSpec.methodBuilder(context.names.method(CREATE_UNDO))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Keeps the values of {@code entity} that creating its row changes, and"
            + " returns what gives them back when the row rolls back.\n")
        .returns(Runnable.class)
        .addParameter(context.entity, "entity");
    protocol.kept.forEach((property, local) -> method.addStatement("$T $N = $L",
        context.type(property.type()), local, context.read(property, "entity")));
    method.addCode(CodeBlock.builder().add("return ").add(protocol.undoLambda()).add(";\n")
        .build());
    dao.addMethod(method.build());
  }

  /** {@code undos.add(() -> ...)}: gives this entity back its kept values. */
  private CodeBlock undoAdded() {
    if (kept.size() == 1) {
      Map.Entry<Property, String> only = kept.entrySet().iterator().next();
      return CodeBlock.builder().addStatement("undos.add(() -> $L)",
          context.assign(only.getKey(), "entity", CodeBlock.of("$N", only.getValue()))).build();
    }
    CodeBlock.Builder code = CodeBlock.builder().add("undos.add(() -> {\n$>");
    kept.forEach((property, local) ->
        code.addStatement(context.assign(property, "entity", CodeBlock.of("$N", local))));
    return code.add("$<});\n").build();
  }

  /** {@code Runnable undo = ...}: gives the entity back the kept values. */
  private CodeBlock undo() {
    return CodeBlock.builder().add("$T undo = ", Runnable.class).add(undoLambda()).add(";\n")
        .build();
  }

  /** The lambda that gives the entity back the kept values. */
  private CodeBlock undoLambda() {
    if (kept.size() == 1) {
      Map.Entry<Property, String> only = kept.entrySet().iterator().next();
      return CodeBlock.of("() -> $L",
          context.assign(only.getKey(), "entity", CodeBlock.of("$N", only.getValue())));
    }
    CodeBlock.Builder code = CodeBlock.builder().add("() -> {\n$>");
    kept.forEach((property, local) ->
        code.addStatement(context.assign(property, "entity", CodeBlock.of("$N", local))));
    return code.add("$<}").build();
  }

  /** Calls each of {@code callbacks} on the local {@code target}. */
  static CodeBlock calls(List<String> callbacks, String target) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (String callback : callbacks) {
      code.addStatement("$N.$N()", target, callback);
    }
    return code.build();
  }

  /**
   * {@code return false} when no row changed; with a stale {@code check}, the runtime's
   * {@code absentUnlessStale}, which throws instead when the row is there in the state the check
   * counts (so its version was stale).
   */
  static CodeBlock noRowChanged(DaoContext context, InstanceOperation operation,
      StaleCheck check) {
    if (check == null) {
      return CodeBlock.builder().addStatement("return false").build();
    }
    return CodeBlock.builder()
        .addStatement("return executor.absentUnlessStale($L, $L, id, version, $S, $S)",
            check.statement().ref(), context.jdbcType(context.model.id()), operation.name(),
            context.entity.simpleName())
        .build();
  }

  /** Sets the entity's version to the one after the local {@code version}; nothing for a record. */
  static CodeBlock bumpVersion(DaoContext context) {
    if (context.model.record() || context.model.version().isEmpty()) {
      return CodeBlock.of("");
    }
    Property version = context.model.version().get();
    return CodeBlock.builder()
        .addStatement(context.assign(version, "entity",
            Literals.nextVersion(version.kind(), "version")))
        .build();
  }
}
