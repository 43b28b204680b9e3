package dev.paranoid;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity class whose rows are soft-deleted, like a Sequelize model with
 * {@code paranoid: true}. The Paranoid annotation processor generates a
 * {@code <Entity>ParanoidDao} next to the class.
 *
 * <p>The entity needs an {@code @Id} field and a deletion field: the field annotated
 * {@link DeletedAt}, or else the field named {@code deletedAt}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Paranoid {

  /**
   * How the generated DAO is made injectable, overriding the processor option
   * {@code paranoid.componentModel}: {@code "default"} (a plain class), {@code "jakarta"} or
   * {@code "javax"} (JSR-330 {@code @Singleton} and {@code @Inject}), {@code "spring"}
   * ({@code @Repository}, constructor injection) or {@code "cdi"} ({@code @ApplicationScoped}).
   * Empty: the processor option decides.
   */
  String componentModel() default "";
}
