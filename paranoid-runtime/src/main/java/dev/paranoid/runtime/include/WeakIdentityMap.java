package dev.paranoid.runtime.include;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A thread-safe map whose keys are compared by identity and held weakly: an entry disappears
 * once its key is no longer reachable from elsewhere. Entities are keys, so identity matters
 * (an entity's {@code equals} may say that two instances of one row are equal) and a weak key
 * keeps the map from holding entities the user has dropped. Values must not refer to their key.
 */
final class WeakIdentityMap<K, V> {

  private final ConcurrentHashMap<IdentityKey<K>, V> entries = new ConcurrentHashMap<>();
  private final ReferenceQueue<K> cleared = new ReferenceQueue<>();

  V get(K key) {
    expungeCleared();
    if (entries.isEmpty()) {
      return null;
    }
    return entries.get(new IdentityKey<>(key, null));
  }

  /** As {@link ConcurrentHashMap#compute}: atomic per key; a null result removes the entry. */
  void compute(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
    expungeCleared();
    entries.compute(new IdentityKey<>(key, cleared), (ignored, old) -> remapping.apply(key, old));
  }

  /** As {@link ConcurrentHashMap#computeIfPresent}: nothing to do when the key has no entry. */
  void computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
    expungeCleared();
    if (entries.isEmpty()) {
      return;
    }
    entries.computeIfPresent(new IdentityKey<>(key, null),
        (ignored, old) -> remapping.apply(key, old));
  }

  /** The number of entries whose keys are still reachable (after dropping the others). */
  int size() {
    expungeCleared();
    return entries.size();
  }

  private void expungeCleared() {
    for (Object ref = cleared.poll(); ref != null; ref = cleared.poll()) {
      entries.remove(ref);
    }
  }

  /**
   * A weak reference that hashes and compares by the referent's identity. A cleared key equals
   * only itself, which is how {@link #expungeCleared} finds its entry.
   */
  private static final class IdentityKey<K> extends WeakReference<K> {
    private final int hash;

    IdentityKey(K referent, ReferenceQueue<? super K> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof IdentityKey<?> that)) {
        return false;
      }
      Object referent = get();
      return referent != null && referent == that.get();
    }
  }
}
