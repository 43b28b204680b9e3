package dev.paranoid.runtime.transaction;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The pause before a transaction (a {@code Transactions} block, or a statement that is its own
 * transaction) runs again after a conflict: a random time up to 10 ms × 2^(n-1),
 * at most one second ("full jitter"), so that the transactions that collided do not collide again.
 */
public final class ConflictBackoff {

  private static final long FIRST_MILLIS = 10;
  private static final long MAX_MILLIS = 1_000;

  private ConflictBackoff() {}

  /** Sleeps before attempt {@code attempt + 1}; interrupted, it gives up with {@code conflict}. */
  public static void pause(int attempt, RuntimeException conflict) {
    long ceiling = Math.min(MAX_MILLIS, FIRST_MILLIS << Math.min(attempt - 1, 16));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      conflict.addSuppressed(e);
      throw conflict;
    }
  }
}
