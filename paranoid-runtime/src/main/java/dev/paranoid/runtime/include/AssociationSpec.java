package dev.paranoid.runtime.include;

import dev.paranoid.runtime.Association;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.Include;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import dev.paranoid.runtime.internal.jdbc.JdbcType;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The {@link Association} behind every generated association constant. Both directions are one
 * shape: a child row belongs to a parent when {@code child.childColumn = parent.parentColumn}.
 * For a {@code @OneToMany(mappedBy)} the parent column is the parent's key and the child column
 * the child's foreign key; for a {@code @ManyToOne} it is the other way round.
 *
 * @param <P> the entity that declares the association
 * @param <C> the associated entity
 * @param <K> the type of the joined key
 */
public final class AssociationSpec<P, C, K> implements Association<P, C> {

  private final String name;
  private final String parentTable;
  private final String parentColumn;
  private final EntityTable<C> target;
  private final String childColumn;
  private final JdbcType<K> keyType;
  private final Function<P, K> parentKey;
  private final Function<C, K> childKey;
  private final boolean toMany;
  private final BiConsumer<P, List<C>> assign;

  private AssociationSpec(String name, String parentTable, String parentColumn,
      EntityTable<C> target, String childColumn, JdbcType<K> keyType, Function<P, K> parentKey,
      Function<C, K> childKey, boolean toMany, BiConsumer<P, List<C>> assign) {
    this.name = Objects.requireNonNull(name, "name");
    this.parentTable = Objects.requireNonNull(parentTable, "parentTable");
    this.parentColumn = Objects.requireNonNull(parentColumn, "parentColumn");
    this.target = Objects.requireNonNull(target, "target");
    this.childColumn = Objects.requireNonNull(childColumn, "childColumn");
    this.keyType = Objects.requireNonNull(keyType, "keyType");
    this.parentKey = Objects.requireNonNull(parentKey, "parentKey");
    this.childKey = Objects.requireNonNull(childKey, "childKey");
    this.toMany = toMany;
    this.assign = Objects.requireNonNull(assign, "assign");
  }

  /**
   * A {@code @OneToMany(mappedBy)}: children whose {@code foreignKey} equals the parent's
   * {@code parentKeyColumn}; {@code assign} receives each parent's (possibly empty) children.
   */
  public static <P, C, K> AssociationSpec<P, C, K> oneToMany(String name, String parentTable,
      String parentKeyColumn, EntityTable<C> target, String foreignKey, JdbcType<K> keyType,
      Function<P, K> parentKey, Function<C, K> childForeignKey, BiConsumer<P, List<C>> assign) {
    return new AssociationSpec<>(name, parentTable, parentKeyColumn, target, foreignKey, keyType,
        parentKey, childForeignKey, true, assign);
  }

  /**
   * A {@code @ManyToOne}: the target whose key equals the parent's {@code foreignKey};
   * {@code assign} receives it, or null when it is absent, filtered out or soft-deleted.
   */
  public static <P, C, K> AssociationSpec<P, C, K> manyToOne(String name, String parentTable,
      String foreignKey, EntityTable<C> target, JdbcType<K> keyType, Function<P, K> parentForeignKey,
      Function<C, K> targetKey, BiConsumer<P, C> assign) {
    return new AssociationSpec<>(name, parentTable, foreignKey, target, target.idColumn(),
        keyType, parentForeignKey, targetKey, false,
        (parent, children) -> assign.accept(parent, children.isEmpty() ? null : children.get(0)));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Include<P, C> includeDeleted() {
    return IncludeSpec.of(this).includeDeleted();
  }

  @Override
  public Include<P, C> where(Condition<C> condition) {
    return IncludeSpec.of(this).where(condition);
  }

  @Override
  public Include<P, C> required() {
    return IncludeSpec.of(this).required();
  }

  @Override
  @SafeVarargs
  public final Include<P, C> include(Include<C, ?>... nested) {
    return IncludeSpec.of(this).include(nested);
  }

  @Override
  @SafeVarargs
  public final Include<P, C> orderBy(dev.paranoid.runtime.Order<C>... orders) {
    return IncludeSpec.of(this).orderBy(orders);
  }

  String parentTable() {
    return parentTable;
  }

  String parentColumn() {
    return parentColumn;
  }

  EntityTable<C> target() {
    return target;
  }

  String childColumn() {
    return childColumn;
  }

  JdbcType<K> keyType() {
    return keyType;
  }

  K parentKey(P parent) {
    return parentKey.apply(parent);
  }

  K childKey(C child) {
    return childKey.apply(child);
  }

  boolean toMany() {
    return toMany;
  }

  void assign(P parent, List<C> children) {
    assign.accept(parent, children);
  }

  @Override
  public String toString() {
    return name + " (" + target.name() + "." + childColumn + " = " + parentTable + "."
        + parentColumn + ")";
  }
}
