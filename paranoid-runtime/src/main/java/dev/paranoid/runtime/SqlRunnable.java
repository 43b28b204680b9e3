package dev.paranoid.runtime;

/** Work for {@link Transactions#run}; may throw, which rolls the transaction back. */
@FunctionalInterface
public interface SqlRunnable {
  void run() throws Exception;
}
