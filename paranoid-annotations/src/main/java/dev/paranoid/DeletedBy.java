package dev.paranoid;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that records who soft-deleted a row: every soft destroy (of an instance, by key,
 * by condition, and of the children a cascade reaches) sets it to the actor the DAO's
 * {@code Auditor} gives, and restore clears it; force destroy and purge need no actor. Any value
 * type a column may have ({@code String}, {@code Long}, {@code UUID}, ...), not a primitive: the
 * field is {@code null} while the row is live. Without an {@code Auditor}, or when it has no actor,
 * the column is set to {@code NULL}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface DeletedBy {
}
