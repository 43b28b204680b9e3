package dev.paranoid.processor.model;

import javax.lang.model.element.VariableElement;

/**
 * An association field that includes can load. Both directions join
 * {@code child.<childColumn> = parent.<parentColumn>}.
 *
 * @param field the association field
 * @param name the field's name
 * @param access how to set the field on the parent
 * @param kind to-one, or the collection type of a to-many
 * @param target the associated entity
 * @param parentColumn for a to-many, the parent's key; for a to-one, its join column (SQL)
 * @param childColumn for a to-many, the child's join column; for a to-one, the target's key (SQL)
 * @param back for a to-many, the child's reference that {@code mappedBy} names; null for a to-one
 * @param reference for a to-one, this entity's join-column property; null for a to-many
 * @param cascadeRemove whether {@code cascade} includes REMOVE (or ALL)
 */
public record AssociationModel(
    VariableElement field,
    String name,
    Access access,
    Kind kind,
    TargetModel target,
    String parentColumn,
    String childColumn,
    Property back,
    Property reference,
    boolean cascadeRemove) {

  /** The shape of the field. */
  public enum Kind {
    TO_ONE,
    /** An inverse {@code @OneToOne(mappedBy)}: the child holds the key, at most one child. */
    INVERSE_ONE,
    LIST,
    SET,
    COLLECTION;

    /** Whether the child holds the join column (a collection, or an inverse one-to-one). */
    public boolean isToMany() {
      return this != TO_ONE;
    }
  }
}
