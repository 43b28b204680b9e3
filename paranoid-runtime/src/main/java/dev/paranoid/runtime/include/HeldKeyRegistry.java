package dev.paranoid.runtime.include;

import dev.paranoid.runtime.Association;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The foreign keys of to-one fields that an include set to null because it filtered the target
 * out (soft-deleted, not matching {@code include.where(...)}, or dropped by a nested
 * {@code required()}). The field shows null, as includes promise; the row still holds the key,
 * and writes must keep it: the generated DAO writes the held key while the field is null.
 *
 * <p>For generated code. Entities are held weakly and by identity; thread-safe.
 */
public final class HeldKeyRegistry {

  /**
   * Per entity, its held keys by association (immutable maps, replaced as a whole, so that
   * readers never see one half-changed; associations have identity equality).
   */
  private static final WeakIdentityMap<Object, Map<Association<?, ?>, Object>> HELD =
      new WeakIdentityMap<>();

  private HeldKeyRegistry() {}

  /**
   * The key {@code association}'s join column of {@code entity} holds although an include set
   * the field to null; null when no include held one back (or it was forgotten).
   */
  public static Object heldKey(Object entity, Association<?, ?> association) {
    Map<Association<?, ?>, Object> keys = HELD.get(Objects.requireNonNull(entity, "entity"));
    return keys == null ? null : keys.get(association);
  }

  /**
   * Called by the DAO after it wrote {@code entity}'s row: once a write took its key from a
   * target in the field, the field is the truth and a null there later means NULL.
   */
  public static void written(Object entity, Association<?, ?> association, Object target) {
    if (target != null) {
      forget(entity, association);
    }
  }

  /** Drops the key held for {@code association} of {@code entity}; null means NULL again. */
  public static void forget(Object entity, Association<?, ?> association) {
    Objects.requireNonNull(entity, "entity must not be null");
    Objects.requireNonNull(association, "association must not be null");
    HELD.computeIfPresent(entity, (ignored, keys) -> without(keys, association));
  }

  /** Remembers that the include set {@code association} of {@code entity} to null over {@code key}. */
  static void hold(Object entity, Association<?, ?> association, Object key) {
    Objects.requireNonNull(key, "key");
    HELD.compute(entity, (ignored, keys) -> with(keys, association, key));
  }

  private static Map<Association<?, ?>, Object> with(Map<Association<?, ?>, Object> keys,
      Association<?, ?> association, Object key) {
    Map<Association<?, ?>, Object> copy = keys == null ? new HashMap<>() : new HashMap<>(keys);
    copy.put(association, key);
    return Map.copyOf(copy);
  }

  private static Map<Association<?, ?>, Object> without(Map<Association<?, ?>, Object> keys,
      Association<?, ?> association) {
    if (!keys.containsKey(association)) {
      return keys;
    }
    Map<Association<?, ?>, Object> copy = new HashMap<>(keys);
    copy.remove(association);
    return copy.isEmpty() ? null : Map.copyOf(copy);
  }
}
