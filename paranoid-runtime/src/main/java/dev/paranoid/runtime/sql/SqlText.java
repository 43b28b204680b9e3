package dev.paranoid.runtime.sql;

import java.util.function.Consumer;

/** A statement as text only: what the processor writes into constants and Javadoc. */
public final class SqlText implements SqlSink {

  private final StringBuilder text = new StringBuilder();

  /** The text {@code statement} writes. */
  public static String of(Consumer<SqlSink> statement) {
    SqlText sql = new SqlText();
    statement.accept(sql);
    return sql.toString();
  }

  @Override
  public SqlText append(String sql) {
    text.append(sql);
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
