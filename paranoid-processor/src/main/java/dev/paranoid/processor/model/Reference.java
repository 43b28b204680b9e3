package dev.paranoid.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * The target of a {@code @ManyToOne} (or owning {@code @OneToOne}) join column: the column holds
 * the target's id, and an entity read without includes gets a target instance with only that id.
 *
 * @param targetType the target entity class
 * @param idType the target's id type as declared (may be primitive)
 * @param idKind how the id is bound
 * @param idAccess how to read and set the target's id
 * @param idColumn the target's id column name
 */
public record Reference(
    TypeMirror targetType, TypeMirror idType, ValueKind idKind, Access idAccess, String idColumn) {}
