package dev.paranoid.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** The fixed statements, as constants of the nested class {@code Sql}; the methods' Javadoc repeats them. */
final class StatementConstants {

  static final String INSERT = "INSERT";
  static final String UPDATE = "UPDATE";
  static final String FIND_BY_PK = "FIND_BY_PK";
  static final String FIND_BY_PK_INCLUDING_DELETED = "FIND_BY_PK_INCLUDING_DELETED";
  static final String SOFT_DESTROY_BY_PK = "SOFT_DESTROY_BY_PK";
  static final String FORCE_DESTROY_BY_PK = "FORCE_DESTROY_BY_PK";
  static final String RESTORE_BY_PK = "RESTORE_BY_PK";
  static final String DELETED_AT_BY_PK = "DELETED_AT_BY_PK";

  private StatementConstants() {}

  /** How generated code refers to a statement constant: it lives in the nested class {@code Sql}. */
  static String ref(String name) {
    return DaoContext.SQL + "." + name;
  }

  static void addTo(TypeSpec.Builder dao, DaoContext context) {
    SqlStatements sql = context.sql;
    dao.addField(constant(INSERT, sql.insert()));
    dao.addField(constant(UPDATE, sql.update()));
    dao.addField(constant(FIND_BY_PK, sql.findByPk()));
    dao.addField(constant(FIND_BY_PK_INCLUDING_DELETED, sql.findByPkIncludingDeleted()));
    dao.addField(constant(SOFT_DESTROY_BY_PK, sql.softDestroyByPk()));
    dao.addField(constant(FORCE_DESTROY_BY_PK, sql.forceDestroyByPk()));
    dao.addField(constant(RESTORE_BY_PK, sql.restoreByPk()));
    if (CrudMethods.rereadsDeletedAt(context.model)) {
      dao.addField(constant(DELETED_AT_BY_PK, sql.deletedAtByPk()));
    }
  }

  private static FieldSpec constant(String name, String sql) {
    return FieldSpec.builder(String.class, name, Modifier.STATIC, Modifier.FINAL)
        .initializer(readable(sql))
        .build();
  }

  /** A long statement as a concatenation broken before its clauses, short ones as they are. */
  static CodeBlock readable(String sql) {
    if (sql.length() <= 60) {
      return CodeBlock.of("$S", sql);
    }
    String[] clauses = sql.split("(?= (FROM|WHERE|VALUES|SET|ORDER BY) )");
    CodeBlock.Builder code = CodeBlock.builder().add("$S", clauses[0]).indent().indent();
    for (int i = 1; i < clauses.length; i++) {
      code.add("\n+ $S", clauses[i]);
    }
    return code.unindent().unindent().build();
  }
}
