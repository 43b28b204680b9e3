package dev.paranoid.runtime.testing;

import java.time.Instant;

/** The entity of the hand-built {@link People} table. */
public record Person(long id, String name, Integer age, String nickname, Instant deletedAt) {}
