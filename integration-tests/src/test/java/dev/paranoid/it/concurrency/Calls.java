package dev.paranoid.it.concurrency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers the calls a test makes and gives each its own instant. A thread {@link #begin begins} a
 * call before it calls a DAO and {@link #end ends} it afterwards; in between, the {@link #clock()}
 * answers that call's instant ({@link #BASE} plus the call's number in microseconds), and every
 * connection the DAO opens is tagged with the number (see {@link TaggedDataSource}), so that each
 * row the journal records names the call that changed it, and each deletion time names the call
 * that stamped it.
 *
 * <p>The instants advance with the call numbers, not with real time: two calls never share one,
 * which is all the invariants need (a call that reads the clock twice gets one instant, as a DAO
 * operation must).
 */
final class Calls {

  /** The instant of call 0; its UTC wall-clock time is in America/St_Johns' DST gap, on purpose. */
  static final Instant BASE = Instant.parse("2024-03-10T02:30:00Z");

  private final AtomicLong next = new AtomicLong();
  private final ThreadLocal<Long> current = new ThreadLocal<>();
  private final Clock clock = new CallClock();

  /** Starts the next call on this thread; returns its number (1, 2, ...). */
  long begin() {
    if (current.get() != null) {
      throw new IllegalStateException("call " + current.get() + " has not ended");
    }
    long call = next.incrementAndGet();
    current.set(call);
    return call;
  }

  void end() {
    current.remove();
  }

  /** The call this thread is making, or 0 outside a call. */
  long current() {
    Long call = current.get();
    return call == null ? 0 : call;
  }

  /** How many calls have begun. */
  long count() {
    return next.get();
  }

  /** The clock to build DAOs with: each call's instant. */
  Clock clock() {
    return clock;
  }

  static Instant instantOf(long call) {
    return BASE.plusNanos(call * 1_000);
  }

  /** The stored deletion time (UTC wall-clock) of a row the call stamped. */
  static LocalDateTime stampOf(long call) {
    return LocalDateTime.ofInstant(instantOf(call), ZoneOffset.UTC);
  }

  /** The call whose instant a stored deletion time is, or -1 when it is no call's. */
  static long callOf(LocalDateTime stamp) {
    Instant instant = stamp.toInstant(ZoneOffset.UTC);
    long micros = Duration.between(BASE, instant).toNanos() / 1_000;
    return micros > 0 && stampOf(micros).equals(stamp) ? micros : -1;
  }

  /** The instant of the calling thread's call; outside a call, a clock read is a harness bug. */
  private final class CallClock extends Clock {

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the call clock is UTC only");
    }

    @Override
    public Instant instant() {
      long call = current();
      if (call == 0) {
        throw new IllegalStateException("a DAO read the clock outside a call");
      }
      return instantOf(call);
    }
  }
}
