package dev.paranoid.runtime.internal;

import dev.paranoid.runtime.Association;
import dev.paranoid.runtime.include.AssociationSpec;
import dev.paranoid.runtime.include.HeldKeyRegistry;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.JdbcType;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Makes the association constants of generated DAOs, and keeps the foreign keys an include held
 * back for the to-one fields it set to null (see {@code HeldKeys}).
 */
public final class Associations {

  private Associations() {}

  /**
   * A {@code @OneToMany(mappedBy)}: the children of {@code target} whose {@code foreignKey} holds
   * the parent's {@code parentKeyColumn}.
   */
  public static <P, C, K> Association<P, C> oneToMany(String name, String parentTable,
      String parentKeyColumn, EntityTable<C> target, String foreignKey, JdbcType<K> keyType,
      Function<P, K> parentKey, Function<C, K> childForeignKey, BiConsumer<P, List<C>> assign) {
    return AssociationSpec.oneToMany(name, parentTable, parentKeyColumn, target, foreignKey,
        keyType, parentKey, childForeignKey, assign);
  }

  /** A {@code @ManyToOne}: the row of {@code target} whose key the parent's {@code foreignKey} holds. */
  public static <P, C, K> Association<P, C> manyToOne(String name, String parentTable,
      String foreignKey, EntityTable<C> target, JdbcType<K> keyType,
      Function<P, K> parentForeignKey, Function<C, K> targetKey, BiConsumer<P, C> assign) {
    return AssociationSpec.manyToOne(name, parentTable, foreignKey, target, keyType,
        parentForeignKey, targetKey, assign);
  }

  /**
   * The key {@code association}'s join column of {@code entity} holds although an include set
   * the field to null; null when no include held one back.
   */
  public static Object heldKey(Object entity, Association<?, ?> association) {
    return HeldKeyRegistry.heldKey(entity, association);
  }

  /**
   * After the DAO wrote {@code entity}'s row: once a write took its key from {@code target}, the
   * field is the truth and a null there later means NULL.
   */
  public static void written(Object entity, Association<?, ?> association, Object target) {
    HeldKeyRegistry.written(entity, association, target);
  }
}
