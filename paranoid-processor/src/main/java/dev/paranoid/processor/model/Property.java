package dev.paranoid.processor.model;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One mapped field of an entity and its column.
 *
 * @param field the field (for diagnostics and the originating element)
 * @param name the Java name
 * @param column the column name as declared or derived
 * @param sqlColumn the column as written in SQL: quoted when it is a reserved word
 * @param type the field's declared type
 * @param kind how values are bound (for a join column: the target id's kind)
 * @param access how generated code reads and writes the field
 * @param insertable whether INSERT writes the column
 * @param updatable whether UPDATE writes the column
 * @param reference for a join column, its target; null for a scalar
 * @param facts what the mapping says about the column's DDL
 * @param converter the JPA {@code AttributeConverter} class of a {@code @Convert} field (its
 *     {@code kind} is then the column's), or null
 */
public record Property(
    VariableElement field,
    String name,
    String column,
    String sqlColumn,
    TypeMirror type,
    ValueKind kind,
    Access access,
    boolean insertable,
    boolean updatable,
    Reference reference,
    ColumnFacts facts,
    TypeMirror converter) {

  public boolean isPrimitive() {
    return type.getKind().isPrimitive();
  }

  public boolean isConverted() {
    return converter != null;
  }

  public boolean isReference() {
    return reference != null;
  }

  /** The type column values have: the field type, or the target's id type for a join column. */
  public TypeMirror valueType() {
    return reference == null ? type : reference.idType();
  }
}
