package dev.paranoid;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity method the DAO calls before {@code restore(entity)} runs its statement. Like JPA
 * callbacks it is non-static, takes no arguments and may throw to abort (the restore then changes
 * nothing).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PreRestore {
}
