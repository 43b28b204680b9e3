package dev.paranoid;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity method the DAO calls after {@code restore(entity)} restored the row, in the same
 * transaction: if it throws, the restore is rolled back.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PostRestore {
}
