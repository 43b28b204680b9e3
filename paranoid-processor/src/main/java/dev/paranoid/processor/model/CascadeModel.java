package dev.paranoid.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A {@code @OneToMany(mappedBy, cascade = REMOVE or ALL)} that destroy and restore follow, with
 * the child's own cascades.
 *
 * @param name the association field
 * @param table the child table (SQL)
 * @param key the child's key column (SQL)
 * @param foreignKey the child's join column (SQL)
 * @param parentKey the parent's key column it references (SQL)
 * @param deletedAt the child's deletion column, absent for a plain (non-paranoid) child
 * @param deletedBy the child's {@code @DeletedBy} column, set to the cascade's actor; absent
 *     without one
 * @param version the child's {@code @Version} column, which a cascade bumps; absent without one
 * @param children the child's own cascades
 */
public record CascadeModel(
    String name,
    String table,
    String key,
    String foreignKey,
    String parentKey,
    Optional<Property> deletedAt,
    Optional<Property> deletedBy,
    Optional<Property> version,
    List<CascadeModel> children) {

  public CascadeModel {
    children = List.copyOf(children);
  }
}
