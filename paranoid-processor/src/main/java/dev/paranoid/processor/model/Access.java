package dev.paranoid.processor.model;

/**
 * How the generated DAO reaches one property of an entity: a field it can see, a JavaBean
 * getter/setter pair, or a record component (read through its accessor, set only through the
 * canonical constructor). A description only: the writer turns it into code.
 */
public sealed interface Access {

  /** Whether the DAO can set the property after construction (not for record components). */
  default boolean isWritable() {
    return !(this instanceof Component);
  }

  /** A field the generated DAO (same package) can reach. */
  record Field(String name) implements Access {}

  /** A record component: read through its accessor, set only through the canonical constructor. */
  record Component(String name) implements Access {}

  /** JavaBean accessors. */
  record Bean(String getter, String setter) implements Access {}
}
