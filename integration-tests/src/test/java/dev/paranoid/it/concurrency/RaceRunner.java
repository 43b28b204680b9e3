package dev.paranoid.it.concurrency;

import dev.paranoid.it.concurrency.Op.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Runs {@code threads} × {@code operations} random operations ({@link OperationMix}) at once on
 * one {@link Forest}, recording every call. A call that fails on a deadlock, serialization
 * failure or lock timeout is retried (as a new call, up to {@link #ATTEMPTS} attempts); a user
 * force-destroyed by a call is planted again in its slot, as a call of its own.
 */
final class RaceRunner {

  static final int ATTEMPTS = 3;

  /** A tree must be planted again for the run to go on: more patience there. */
  static final int PLANTING_ATTEMPTS = 10;

  /** The counts a run reports. */
  static final class Stats {
    final AtomicInteger operations = new AtomicInteger();
    final AtomicInteger deadlocksSingleRoot = new AtomicInteger();
    final AtomicInteger deadlocksBulk = new AtomicInteger();
    final AtomicInteger lockTimeouts = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    /** Deadlocks and lock timeouts of the inserts that plant a tree again (not in the mix). */
    final AtomicInteger plantingDeadlocks = new AtomicInteger();

    int deadlocks() {
      return deadlocksSingleRoot.get() + deadlocksBulk.get();
    }
  }

  private final RaceDatabase race;
  private final Forest forest;
  private final OperationMix mix;
  private final List<CallRecord> records = Collections.synchronizedList(new ArrayList<>());
  private final Stats stats = new Stats();

  RaceRunner(RaceDatabase race, Forest forest, boolean cascading) {
    this.race = race;
    this.forest = forest;
    this.mix = new OperationMix(race, forest, cascading);
  }

  /** Plants every tree, each as a call. */
  void plant() {
    for (int slot = 0; slot < forest.size(); slot++) {
      plantRetrying(slot);
    }
  }

  /** Races the threads; returns when all are done (or fails after {@code timeoutSeconds}). */
  void race(int threads, int operations, long seed, long timeoutSeconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random random = new Random(seed + t);
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < operations; i++) {
            operate(mix.next(random));
          }
          return null;
        }));
      }
      start.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
      for (Future<?> future : done) {
        future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  List<CallRecord> records() {
    synchronized (records) {
      return List.copyOf(records);
    }
  }

  Stats stats() {
    return stats;
  }

  private void operate(Op op) {
    stats.operations.incrementAndGet();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      CallRecord record = timed(op, () -> mix.run(op));
      if (!record.failed()) {
        if (op.kind() == Kind.FORCE_DESTROY && record.result() == 1) {
          replant(op.ids().get(0));
        }
        return;
      }
      Failures failure = Failures.classify(record.failure());
      switch (failure) {
        case DEADLOCK -> (op.singleRoot() ? stats.deadlocksSingleRoot : stats.deadlocksBulk)
            .incrementAndGet();
        case LOCK_TIMEOUT -> stats.lockTimeouts.incrementAndGet();
        case ERROR -> {
          stats.errors.incrementAndGet();
          return;
        }
      }
      if (attempt < ATTEMPTS) {
        stats.retries.incrementAndGet();
      }
    }
  }

  /**
   * The user this thread force-destroyed gets a new tree in its slot (its inserts can meet a
   * deadlock too, on MariaDB: retried like any call, but counted apart from the mix's).
   */
  private void replant(long user) {
    for (int slot = 0; slot < forest.size(); slot++) {
      if (forest.tree(slot).user() == user) {
        plantRetrying(slot);
        return;
      }
    }
  }

  private void plantRetrying(int slot) {
    CallRecord record = null;
    for (int attempt = 1; attempt <= PLANTING_ATTEMPTS; attempt++) {
      record = timed(new Op(Kind.CREATE, "users", "tree", List.of()), () -> {
        forest.plant(slot);
        return 0;
      });
      if (!record.failed()) {
        return;
      }
      if (Failures.classify(record.failure()) == Failures.ERROR) {
        break;
      }
      stats.plantingDeadlocks.incrementAndGet();
    }
    throw new IllegalStateException("could not plant tree " + slot, record.failure());
  }

  private CallRecord timed(Op op, IntSupplier work) {
    long call = race.calls().begin();
    long start = System.nanoTime();
    CallRecord record;
    try {
      int result = work.getAsInt();
      record = new CallRecord(call, op, start, System.nanoTime(), result, null);
    } catch (RuntimeException e) {
      record = new CallRecord(call, op, start, System.nanoTime(), null, e);
    } finally {
      race.calls().end();
    }
    records.add(record);
    return record;
  }
}
