package dev.paranoid.processor.model;

/**
 * How generated code reads and writes one property of an entity: a field it can reach, or a
 * JavaBean getter/setter pair. Records (accessor only, set through the constructor) fit here too.
 */
public sealed interface Access {

  /** Whether {@link #write} can set the property (not for record components). */
  default boolean isWritable() {
    return !(this instanceof Component);
  }


  /** A Java expression reading the property of {@code target}. */
  String read(String target);

  /** A Java statement (without the semicolon) setting the property of {@code target}. */
  String write(String target, String value);

  /** A field the generated DAO (same package) can reach. */
  record Field(String name) implements Access {
    @Override
    public String read(String target) {
      return target + "." + name;
    }

    @Override
    public String write(String target, String value) {
      return target + "." + name + " = " + value;
    }
  }

  /** A record component: read through its accessor, set only through the canonical constructor. */
  record Component(String name) implements Access {
    @Override
    public String read(String target) {
      return target + "." + name + "()";
    }

    @Override
    public String write(String target, String value) {
      throw new IllegalStateException("record component " + name + " cannot be set");
    }
  }

  /** JavaBean accessors. */
  record Bean(String getter, String setter) implements Access {
    @Override
    public String read(String target) {
      return target + "." + getter + "()";
    }

    @Override
    public String write(String target, String value) {
      return target + "." + setter + "(" + value + ")";
    }
  }
}
