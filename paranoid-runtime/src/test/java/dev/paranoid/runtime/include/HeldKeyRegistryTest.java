package dev.paranoid.runtime.include;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.paranoid.runtime.HeldKeys;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.JdbcTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The registry behind {@link HeldKeys}: per entity instance (never per {@code equals}), per
 * association, safe under concurrent use, and it lets entities go.
 */
class HeldKeyRegistryTest {

  /** An entity whose {@code equals} says every instance is the same row. */
  static final class Child {
    Long parentId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Child;
    }

    @Override
    public int hashCode() {
      return 42;
    }
  }

  private static final EntityTable<Object> PARENTS =
      new EntityTable<>("parent", "id", "id", "deleted_at", JdbcTypes.INSTANT, row -> new Object());

  private static AssociationSpec<Child, Object, Long> toOne(String name) {
    return AssociationSpec.manyToOne(name, "child", name + "_id", PARENTS, JdbcTypes.LONG,
        child -> child.parentId, parent -> 0L, (child, parent) -> { });
  }

  private static final AssociationSpec<Child, Object, Long> OWNER = toOne("owner");
  private static final AssociationSpec<Child, Object, Long> EDITOR = toOne("editor");

  @Test
  void keysBelongToTheInstanceNotToEqualInstances() {
    Child held = new Child();
    Child equal = new Child();
    HeldKeyRegistry.hold(held, OWNER, 7L);

    assertEquals(7L, HeldKeyRegistry.heldKey(held, OWNER));
    assertNull(HeldKeyRegistry.heldKey(equal, OWNER));
    assertNull(HeldKeyRegistry.heldKey(held, EDITOR));
  }

  @Test
  void aWriteFromATargetForgetsTheKey_aWriteFromNullKeepsIt() {
    Child child = new Child();
    HeldKeyRegistry.hold(child, OWNER, 7L);
    HeldKeyRegistry.hold(child, EDITOR, 8L);

    HeldKeyRegistry.written(child, OWNER, null);
    assertEquals(7L, HeldKeyRegistry.heldKey(child, OWNER));

    HeldKeyRegistry.written(child, OWNER, new Object());
    assertNull(HeldKeyRegistry.heldKey(child, OWNER));
    assertEquals(8L, HeldKeyRegistry.heldKey(child, EDITOR));

    HeldKeys.forget(child, EDITOR);
    assertNull(HeldKeyRegistry.heldKey(child, EDITOR));
    HeldKeys.forget(child, EDITOR);
  }

  @Test
  void anEntityNoLongerReferencedIsDropped() throws InterruptedException {
    WeakIdentityMap<Object, String> map = new WeakIdentityMap<>();
    Object kept = new Object();
    map.compute(kept, (key, old) -> "kept");
    for (int i = 0; i < 1_000; i++) {
      map.compute(new Object(), (key, old) -> "dropped");
    }

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (map.size() > 1 && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(10);
    }
    assertEquals(1, map.size());
    assertEquals("kept", map.get(kept));
  }

  @Test
  void concurrentHoldsAndForgetsLoseNothing() throws Exception {
    int threads = 8;
    Child shared = new Child();
    List<AssociationSpec<Child, Object, Long>> associations = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      associations.add(toOne("a" + t));
    }
    List<List<Child>> own = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
          children.add(new Child());
        }
        own.add(children);
        done.add(pool.submit(() -> {
          start.await();
          HeldKeyRegistry.hold(shared, associations.get(thread), (long) thread);
          for (int i = 0; i < children.size(); i++) {
            HeldKeyRegistry.hold(children.get(i), OWNER, (long) i);
            HeldKeyRegistry.hold(children.get(i), EDITOR, (long) -i);
            HeldKeyRegistry.forget(children.get(i), EDITOR);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    for (int t = 0; t < threads; t++) {
      assertEquals((long) t, HeldKeyRegistry.heldKey(shared, associations.get(t)));
      List<Child> children = own.get(t);
      for (int i = 0; i < children.size(); i++) {
        assertEquals((long) i, HeldKeyRegistry.heldKey(children.get(i), OWNER));
        assertNull(HeldKeyRegistry.heldKey(children.get(i), EDITOR));
      }
    }
  }
}
