package dev.paranoid.processor.model;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * An {@code @Embedded} field of an entity, whose embeddable's fields are columns of the entity's
 * table: each becomes a {@link Property} whose {@link Access.Embedded} names this field as its
 * owner. The writer reads the columns back into one embeddable (null when they are all NULL).
 *
 * @param field the entity's field (for diagnostics)
 * @param name its Java name
 * @param type the embeddable class or record
 * @param access how the DAO reads and sets the field on the entity
 * @param record whether the embeddable is a record: built through its canonical constructor
 */
public record Embedding(
    VariableElement field,
    String name,
    TypeMirror type,
    Access access,
    boolean record) {}
