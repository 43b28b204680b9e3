package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    List<String> clauses = clauses(sql);
    CodeBlock.Builder code = CodeBlock.builder().add("$S", clauses.get(0)).indent().indent();
    for (int i = 1; i < clauses.size(); i++) {
      code.add("\n+ $S", clauses.get(i));
    }
    return code.unindent().unindent().build();
  }

  /** The keywords a long statement is broken before (each with a space on both sides). */
  private static final List<String> CLAUSES = List.of(" FROM ", " WHERE ", " VALUES ", " SET ",
      " ORDER BY ", " ON CONFLICT ", " ON DUPLICATE KEY UPDATE ", " RETURNING ", " WHEN ");

  /**
   * {@code sql} cut before each of {@link #CLAUSES}, by one scan (no regular expression: this runs
   * for every statement of every DAO of a build).
   */
  static List<String> clauses(String sql) {
    List<String> clauses = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < sql.length(); i++) {
      if (sql.charAt(i) == ' ' && startsAClause(sql, i)) {
        clauses.add(sql.substring(start, i));
        start = i;
      }
    }
    clauses.add(sql.substring(start));
    return clauses;
  }

  private static boolean startsAClause(String sql, int at) {
    for (String clause : CLAUSES) {
      if (sql.startsWith(clause, at)) {
        return true;
      }
    }
    return false;
  }
}
