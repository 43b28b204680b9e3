package dev.paranoid.it.concurrency;

/**
 * What one call did, as the calling thread saw it: the operation, when it started and returned
 * ({@link System#nanoTime()}; its commit lies in between), and its result, or its failure.
 */
record CallRecord(long call, Op op, long startNanos, long endNanos, Integer result,
    Throwable failure) {

  boolean failed() {
    return failure != null;
  }

  @Override
  public String toString() {
    return "call " + call + " " + op + " -> "
        + (failed() ? Failures.classify(failure) + " " + failure : result);
  }
}
