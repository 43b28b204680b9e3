package dev.paranoid.processor.model;

/**
 * How the generated DAO reaches one property of an entity: a field it can see, a JavaBean
 * getter/setter pair, a record component (read through its accessor, set only through the
 * canonical constructor), or a field of an embedded field's embeddable. A description only: the
 * writer turns it into code.
 */
public sealed interface Access {

  /**
   * Whether the DAO can set the property after construction: not a record component, nor one
   * column of an embedded field (the DAO sets the whole embeddable).
   */
  default boolean isWritable() {
    return !(this instanceof Component) && !(this instanceof Embedded);
  }

  /** A field the generated DAO (same package) can reach. */
  record Field(String name) implements Access {}

  /** A record component: read through its accessor, set only through the canonical constructor. */
  record Component(String name) implements Access {}

  /** JavaBean accessors. */
  record Bean(String getter, String setter) implements Access {}

  /**
   * A field of an embeddable, reached through the entity's embedded field {@code owner}: null
   * while the owner is null. {@code leaf} reaches the field on the embeddable.
   */
  record Embedded(Embedding owner, Access leaf) implements Access {}
}
