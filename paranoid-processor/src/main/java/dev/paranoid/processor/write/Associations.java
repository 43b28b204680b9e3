package dev.paranoid.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.TargetModel;
import javax.lang.model.element.Modifier;

/**
 * The public {@code Association} constants: one per association field, usable as includes; each
 * documents the statement an include of it runs.
 */
final class Associations {

  private Associations() {}

  static void addTo(TypeSpec.Builder dao, DaoContext context, MethodDocs docs) {
    for (AssociationModel association : context.model.associations()) {
      dao.addField(constant(context, association, docs.association(association)));
    }
  }

  /**
   * {@code (parent, children) -> ...}: sets the parent's field and, where the child's
   * {@code mappedBy} reference can be set, points each child back at the loaded parent instance
   * instead of the key-only stub its row was read into, so the graph is the one that was loaded.
   */
  private static CodeBlock assignChildren(DaoContext context, AssociationModel association,
      CodeBlock children) {
    CodeBlock field = context.assign(association.access(), "parent", children);
    if (!association.back().access().isWritable()) {
      return CodeBlock.of("(parent, children) -> $L)", field);
    }
    return CodeBlock.builder()
        .add("(parent, children) -> {\n$>")
        .addStatement(field)
        .addStatement("children.forEach(child -> $L)",
            context.assign(association.back(), "child", CodeBlock.of("parent")))
        .add("$<})")
        .build();
  }

  private static FieldSpec constant(DaoContext context, AssociationModel association, Doc doc) {
    EntityModel model = context.model;
    TargetModel target = association.target();
    ClassName targetType = ClassName.get(target.element());
    CodeBlock.Builder init = CodeBlock.builder().indent().indent();
    if (association.kind().isToMany()) {
      CodeBlock children = switch (association.kind()) {
        case SET -> CodeBlock.of("new $T<>(children)", RuntimeNames.LINKED_HASH_SET);
        case INVERSE_ONE -> CodeBlock.of("children.isEmpty() ? null : children.get(0)");
        default -> CodeBlock.of("children");
      };
      init.add("$T.oneToMany(\n", RuntimeNames.ASSOCIATIONS)
          .add("$S, $S, $S, $L, $S, $L,\n", association.name(), model.table(),
              association.parentColumn(), context.tableRef(target), association.childColumn(),
              context.jdbcType(model.id()))
          .add("parent -> $L,\n", context.read(model.id(), "parent"))
          .add("child -> $N($L),\n", context.names.method("keyOf"),
              context.read(association.back(), "child"))
          .add(assignChildren(context, association, children));
    } else {
      init.add("$T.manyToOne(\n", RuntimeNames.ASSOCIATIONS)
          .add("$S, $S, $S, $L, $L,\n", association.name(), model.table(),
              association.parentColumn(), context.tableRef(target),
              context.jdbcType(association.reference()))
          .add("parent -> $N(parent),\n", context.names.storedKeyMethod(association))
          .add("target -> $L,\n",
              Accessors.read(association.reference().reference().idAccess(), "target"))
          .add("(parent, target) -> $L)", context.assign(association.access(), "parent",
              CodeBlock.of("target")));
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(RuntimeNames.ASSOCIATION, context.entity, targetType),
            context.names.associationConstant(association),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(JavadocWriter.render(doc))
        .initializer(init.unindent().unindent().build())
        .build();
  }
}
