package dev.paranoid;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that the DAO sets, from its clock, when a row is created. Without it, a field
 * named {@code createdAt} is used when there is one. Allowed types: {@code Instant},
 * {@code OffsetDateTime}, {@code LocalDateTime} (read as UTC).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {
}
