package dev.paranoid.runtime.sql;

/**
 * Where {@link Statements} writes SQL text. The runtime's sink keeps each bound value beside its
 * {@code ?}; the processor's sink only keeps text, for constants and Javadoc.
 */
public interface SqlSink {

  /** Appends SQL text as it is. */
  SqlSink append(String sql);

  /** A part of a statement that the caller writes itself: a bound value, a condition. */
  @FunctionalInterface
  interface Part {
    void writeTo(SqlSink sql);

    /** One parameter, as the processor and the Javadoc show it. */
    Part PARAMETER = sql -> sql.append("?");

    /** A literal piece of SQL. */
    static Part text(String sql) {
      return sink -> sink.append(sql);
    }
  }
}
