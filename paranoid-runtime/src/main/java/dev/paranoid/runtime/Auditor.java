package dev.paranoid.runtime;

import java.util.Optional;

/**
 * Who is acting now: the actor a soft destroy records in the entity's {@code @DeletedBy} field
 * (a user name, a user id, ...). Called on the thread of the call, once per soft destroy, before
 * any statement is sent; an empty actor records {@code NULL}. Given to a DAO through
 * {@link DaoConfig.Builder#auditor}; the Spring and CDI component models pick up an
 * {@code Auditor} bean when there is one.
 *
 * @param <T> the actor's type: the type of the {@code @DeletedBy} fields it fills
 */
@FunctionalInterface
public interface Auditor<T> {

  /** The actor on whose behalf the current call runs, or empty when there is none. */
  Optional<T> currentActor();
}
