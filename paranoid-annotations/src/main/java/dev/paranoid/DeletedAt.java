package dev.paranoid;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that records when a row was soft-deleted ({@code null} while the row is live).
 * Without it, the field named {@code deletedAt} is used. Allowed types: {@code Instant},
 * {@code OffsetDateTime}, {@code LocalDateTime} (read as UTC).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface DeletedAt {
}
