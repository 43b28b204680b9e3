package dev.paranoid.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @Paranoid} entity: everything the writer needs, nothing it must look up.
 *
 * @param element the entity class (the first of the generated DAO's originating elements)
 * @param packageName the entity's package; the DAO goes there too
 * @param daoName the DAO's simple name ({@code Outer_InnerParanoidDao} for a nested entity)
 * @param table the table as written in SQL (quoted when it is a reserved word)
 * @param id the primary key
 * @param generatedId whether the database generates the key (IDENTITY)
 * @param properties every mapped property, in declaration order (superclasses first)
 * @param deletedAt the deletion timestamp
 * @param deletedBy the {@code @DeletedBy} field soft destroy sets to the actor, if any
 * @param createdAt the creation timestamp, if any
 * @param updatedAt the update timestamp, if any
 * @param associations the association fields includes can load
 * @param uniqueKeys column groups (SQL names) that must be unique among live rows
 * @param cascades the {@code cascade = REMOVE} associations destroy and restore follow
 * @param version the {@code @Version} field instance operations check and bump, if any
 * @param callbacks the lifecycle methods instance operations run
 * @param componentModel how the DAO is made injectable
 * @param record whether the entity is a record: read through its canonical constructor, never
 *     mutated by the DAO ({@code create} returns a new instance)
 */
public record EntityModel(
    TypeElement element,
    String packageName,
    String daoName,
    String table,
    Property id,
    boolean generatedId,
    List<Property> properties,
    Property deletedAt,
    Optional<Property> deletedBy,
    Optional<Property> createdAt,
    Optional<Property> updatedAt,
    List<AssociationModel> associations,
    List<List<String>> uniqueKeys,
    List<CascadeModel> cascades,
    Optional<Property> version,
    Callbacks callbacks,
    ComponentModel componentModel,
    boolean record) {

  public EntityModel {
    properties = List.copyOf(properties);
    associations = List.copyOf(associations);
    uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    cascades = List.copyOf(cascades);
  }

  /** Whether the DAO sets this property itself (key it generates, or a managed timestamp). */
  public boolean isManaged(Property property) {
    return property == deletedAt
        || deletedBy.filter(p -> p == property).isPresent()
        || version.filter(p -> p == property).isPresent()
        || createdAt.filter(p -> p == property).isPresent()
        || updatedAt.filter(p -> p == property).isPresent();
  }
}
