package dev.paranoid.processor.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQL identifiers come only from annotations and are checked here, at compile time. A name that
 * is a reserved word on any supported database (H2, PostgreSQL, MariaDB/MySQL) is written
 * double-quoted; the MariaDB dialect turns those quotes into backticks at run time.
 */
final class Identifiers {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  /** Reserved words of H2 2.x, PostgreSQL and MariaDB that can be table or column names. */
  private static final Set<String> RESERVED = Set.of(
      "accessible", "add", "all", "alter", "analyse", "analyze", "and", "any", "array", "as",
      "asc", "asensitive", "asymmetric", "authorization", "before", "between", "bigint", "binary",
      "blob", "both", "by", "call", "cascade", "case", "cast", "change", "char", "character",
      "check", "collate", "column", "concurrently", "condition", "constraint", "continue",
      "convert", "create", "cross", "current_catalog", "current_date", "current_path",
      "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
      "cursor", "database", "databases", "day", "day_hour", "day_microsecond", "day_minute",
      "day_second", "dec", "decimal", "declare", "default", "deferrable", "delayed", "delete",
      "desc", "describe", "deterministic", "distinct", "distinctrow", "div", "do", "double",
      "drop", "dual", "each", "else", "elseif", "enclosed", "end", "escaped", "except", "exists",
      "exit", "explain", "false", "fetch", "float", "for", "force", "foreign", "freeze", "from",
      "full", "fulltext", "general", "grant", "group", "groups", "having", "high_priority",
      "hour", "hour_microsecond", "hour_minute", "hour_second", "if", "ignore", "ilike", "in",
      "index", "infile", "initially", "inner", "inout", "insensitive", "insert", "int",
      "integer", "intersect", "interval", "into", "is", "isnull", "iterate", "join", "key",
      "keys", "kill", "lateral", "leading", "leave", "left", "like", "limit", "linear", "lines",
      "load", "localtime", "localtimestamp", "lock", "long", "loop", "low_priority", "match",
      "minus", "minute", "minute_microsecond", "minute_second", "mod", "modifies", "month",
      "natural", "not", "notnull", "null", "numeric", "offset", "on", "only", "optimize",
      "option", "optionally", "or", "order", "out", "outer", "outfile", "over", "overlaps",
      "partition", "placing", "precision", "primary", "procedure", "purge", "qualify", "range",
      "read", "reads", "real", "references", "regexp", "release", "rename", "repeat", "replace",
      "require", "restrict", "return", "returning", "revoke", "right", "rlike", "row", "rownum",
      "rows", "schema", "schemas", "second", "second_microsecond", "select", "sensitive",
      "separator", "session_user", "set", "show", "similar", "smallint", "some", "spatial",
      "specific", "sql", "sqlexception", "sqlstate", "sqlwarning", "ssl", "starting",
      "straight_join", "symmetric", "system_user", "table", "terminated", "then", "to", "top",
      "trailing", "trigger", "true", "uescape", "undo", "union", "unique", "unknown", "unlock",
      "unsigned", "update", "usage", "use", "user", "using", "utc_date", "utc_time",
      "utc_timestamp", "value", "values", "varbinary", "varchar", "variadic", "varying",
      "verbose", "when", "where", "while", "window", "with", "write", "xor", "year",
      "year_month", "zerofill", "_rowid_");

  private Identifiers() {}

  static boolean isPlain(String name) {
    return PLAIN.matcher(name).matches();
  }

  /** {@code name} as written in SQL: as is, or double-quoted when it is a reserved word. */
  static String sql(String name) {
    return RESERVED.contains(name.toLowerCase(Locale.ROOT)) ? '"' + name + '"' : name;
  }
}
