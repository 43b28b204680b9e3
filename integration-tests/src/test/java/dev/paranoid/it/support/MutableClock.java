package dev.paranoid.it.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, so timestamps can be asserted exactly. Clocks
 * made by {@link #withZone} share the instant of the clock they came from.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public MutableClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, Objects.requireNonNull(newZone, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /** Sets the time; returns it. */
  public Instant set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
    return instant;
  }

  /** Moves the time forward by {@code amount}; returns the new time. */
  public Instant advance(Duration amount) {
    return now.updateAndGet(current -> current.plus(amount));
  }
}
