package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The fixed statements generated code runs itself, as constants of the nested class {@code Sql}.
 * A constant exists only when a method that runs it asks for it, so none is left unused.
 */
final class StatementConstants {

  private final MemberNames names;
  private final Map<String, SqlConstant> constants = new LinkedHashMap<>();

  StatementConstants(MemberNames names) {
    this.names = names;
  }

  /** The constant {@code name} holding {@code sql}; asking twice gives the same one. */
  SqlConstant use(String name, String sql) {
    SqlConstant constant = constants.computeIfAbsent(name,
        preferred -> new SqlConstant(names.statementConstant(preferred), sql));
    if (!constant.sql().equals(sql)) {
      throw new IllegalStateException(name + " asked for with two statements: " + constant.sql()
          + " and " + sql);
    }
    return constant;
  }

  /** The constants asked for, in the order they were first asked for. */
  void addTo(TypeSpec.Builder sqlClass) {
    for (SqlConstant constant : constants.values()) {
      sqlClass.addField(FieldSpec.builder(String.class, constant.name(), Modifier.STATIC,
              Modifier.FINAL)
          .initializer(readable(constant.sql()))
          .build());
    }
  }

  /** A long statement as a concatenation broken before its clauses, short ones as they are. */
  static CodeBlock readable(String sql) {
    if (sql.length() <= 60) {
      return CodeBlock.of("$S", sql);
    }
    String[] clauses = sql.split("(?= (FROM|WHERE|VALUES|SET|ORDER BY|ON CONFLICT|ON DUPLICATE KEY UPDATE|RETURNING|WHEN) )");
    CodeBlock.Builder code = CodeBlock.builder().add("$S", clauses[0]).indent().indent();
    for (int i = 1; i < clauses.length; i++) {
      code.add("\n+ $S", clauses[i]);
    }
    return code.unindent().unindent().build();
  }
}
