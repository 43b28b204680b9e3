package dev.paranoid.runtime;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The pause before a transaction runs again after a conflict: a random time up to 10 ms × 2^(n-1),
 * at most one second ("full jitter"), so that the transactions that collided do not collide again.
 */
final class Backoff {

  private static final long FIRST_MILLIS = 10;
  private static final long MAX_MILLIS = 1_000;

  private Backoff() {}

  static void pause(int attempt, RuntimeException conflict) {
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
