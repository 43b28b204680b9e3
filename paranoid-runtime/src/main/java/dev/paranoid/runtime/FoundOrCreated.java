package dev.paranoid.runtime;

import java.util.Objects;

/**
 * What {@code findOrCreate} gives back: the live row it found, or the one it created.
 *
 * @param entity the live row that matches, as stored
 * @param created true when this call created it, false when it was there (or a concurrent call
 *     created it first)
 */
public record FoundOrCreated<E>(E entity, boolean created) {

  public FoundOrCreated {
    Objects.requireNonNull(entity, "entity must not be null");
  }
}
