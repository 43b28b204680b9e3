package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.paranoid.processor.model.CascadeModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The DAO's {@code CASCADES}: the tree of {@code cascade = REMOVE} associations. */
final class CascadeWriter {

  private CascadeWriter() {}

  static FieldSpec constant(DaoContext context) {
    return FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.LIST, RuntimeNames.CASCADE_SPEC),
            context.names.cascadesConstant(), Modifier.STATIC, Modifier.FINAL)
        .initializer(list(context, context.model.cascades()))
        .build();
  }

  /** A one-line summary for Javadoc: {@code stories (reviews)}. */
  static String describe(List<CascadeModel> cascades) {
    StringBuilder text = new StringBuilder();
    for (CascadeModel cascade : cascades) {
      text.append(text.length() == 0 ? "" : ", ").append(cascade.table());
      if (!cascade.children().isEmpty()) {
        text.append(" (").append(describe(cascade.children())).append(')');
      }
    }
    return text.toString();
  }

  private static CodeBlock list(DaoContext context, List<CascadeModel> cascades) {
    if (cascades.isEmpty()) {
      return CodeBlock.of("$T.of()", RuntimeNames.LIST);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(\n", RuntimeNames.LIST).indent().indent();
    for (int i = 0; i < cascades.size(); i++) {
      CascadeModel cascade = cascades.get(i);
      code.add("new $T($S, $S, $S, $S, $L, $L,$L\n", RuntimeNames.CASCADE_SPEC, cascade.table(), cascade.key(),
          cascade.foreignKey(), cascade.parentKey(),
          cascade.deletedAt().map(d -> CodeBlock.of("$S", d.sqlColumn())).orElse(CodeBlock.of("null")),
          cascade.deletedAt().map(d -> context.jdbcType(d.kind())).orElse(CodeBlock.of("null")),
          // only a versioned or audited child names those columns (the shorter constructors
          // leave them null)
          cascade.deletedBy().isPresent()
              ? CodeBlock.of(" $L,\n$L,", cascade.version()
                  .map(v -> CodeBlock.of("$S", v.sqlColumn())).orElse(CodeBlock.of("null")),
                  context.auditColumn(cascade.deletedBy().get()))
              : cascade.version().map(v -> CodeBlock.of(" $S,", v.sqlColumn()))
                  .orElse(CodeBlock.of("")))
          .indent().indent()
          .add("$L)", list(context, cascade.children()))
          .unindent().unindent()
          .add(i + 1 < cascades.size() ? ",\n" : ")");
    }
    return code.unindent().unindent().build();
  }
}
