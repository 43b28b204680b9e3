package dev.paranoid.runtime;

/** Work with a result for {@link Transactions#call}; may throw, which rolls the transaction back. */
@FunctionalInterface
public interface SqlCallable<T> {
  T call() throws Exception;
}
