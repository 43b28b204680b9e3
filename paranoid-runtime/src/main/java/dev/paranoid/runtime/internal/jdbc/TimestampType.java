package dev.paranoid.runtime.internal.jdbc;

import java.time.Instant;

/** A {@link JdbcType} for the managed timestamps (createdAt, updatedAt, deletedAt). */
public interface TimestampType<T> extends JdbcType<T> {

  /** The clock's instant as a value of this type (UTC for the zone-less types). */
  T fromInstant(Instant instant);
}
