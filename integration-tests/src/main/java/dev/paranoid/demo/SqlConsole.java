package dev.paranoid.demo;

import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Prints the runtime's SQL log ({@code System.Logger} "dev.paranoid.sql" at DEBUG, which is
 * java.util.logging's FINE when no other logging backend is installed).
 */
final class SqlConsole {

  // held strongly: java.util.logging keeps loggers only weakly
  private static final Logger SQL = Logger.getLogger("dev.paranoid.sql");

  private SqlConsole() {}

  static void install() {
    ConsoleHandler handler = new ConsoleHandler() {
      {
        setOutputStream(System.out);
      }
    };
    handler.setLevel(Level.FINE);
    handler.setFormatter(new Formatter() {
      @Override
      public String format(LogRecord record) {
        return "    SQL> " + record.getMessage() + System.lineSeparator();
      }
    });
    SQL.setUseParentHandlers(false);
    SQL.addHandler(handler);
    SQL.setLevel(Level.FINE);
  }
}
