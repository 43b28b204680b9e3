package dev.paranoid.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.TargetModel;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** The public {@code Association} constants: one per association field, usable as includes. */
final class Associations {

  private static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");

  private Associations() {}

  /** The constant names, UPPER_SNAKE of the fields; column constants keep clear of them. */
  static Set<String> names(DaoContext context) {
    Set<String> names = new LinkedHashSet<>();
    for (AssociationModel association : context.model.associations()) {
      names.add(DaoContext.associationConstant(association));
    }
    return names;
  }

  static void addTo(TypeSpec.Builder dao, DaoContext context) {
    for (AssociationModel association : context.model.associations()) {
      dao.addField(constant(context, association));
    }
  }

  private static FieldSpec constant(DaoContext context, AssociationModel association) {
    EntityModel model = context.model;
    TargetModel target = association.target();
    ClassName targetType = ClassName.get(target.element());
    String name = DaoContext.associationConstant(association);
    CodeBlock.Builder init = CodeBlock.builder().indent().indent();
    if (association.kind().isToMany()) {
      CodeBlock children = association.kind() == AssociationModel.Kind.SET
          ? CodeBlock.of("new $T<>(children)", LINKED_HASH_SET) : CodeBlock.of("children");
      init.add("$T.oneToMany(\n", RuntimeNames.ASSOCIATIONS)
          .add("$S, $S, $S, $N, $S, $L,\n", association.name(), model.table(),
              association.parentColumn(), context.tableRef(target), association.childColumn(),
              context.jdbcType(model.id()))
          .add("parent -> $L,\n", model.id().access().read("parent"))
          .add("child -> keyOf($L),\n", association.back().access().read("child"))
          .add("(parent, children) -> $L)", context.assign(association.access(), "parent", children));
    } else {
      init.add("$T.manyToOne(\n", RuntimeNames.ASSOCIATIONS)
          .add("$S, $S, $S, $N, $L,\n", association.name(), model.table(),
              association.parentColumn(), context.tableRef(target),
              context.jdbcType(association.reference()))
          .add("parent -> $N(parent),\n", DaoContext.storedKeyMethod(association))
          .add("target -> $L,\n", association.reference().reference().idAccess().read("target"))
          .add("(parent, target) -> $L)", context.assign(association.access(), "parent",
              CodeBlock.of("target")));
    }
    return FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.ASSOCIATION, context.entity, targetType),
            name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(CodeBlock.builder()
            .add("Include {@code $L}: the {@link $T} $L whose {@code $L} equals this row's {@code $L}",
                association.name(), targetType,
                association.kind().isToMany() ? "rows" : "row",
                association.childColumn(), association.parentColumn())
            .add(target.deletedAt().isPresent()
                ? "; soft-deleted ones only with {@code includeDeleted()}.\n" : ".\n")
            .add("\n<pre>{@code SELECT ... FROM $L WHERE $L$L IN (<keys of the parents>)}</pre>\n",
                target.table(),
                target.deletedAt().map(d -> d.sqlColumn() + " IS NULL AND ").orElse(""),
                association.childColumn())
            .build())
        .initializer(init.unindent().unindent().build())
        .build();
  }
}
