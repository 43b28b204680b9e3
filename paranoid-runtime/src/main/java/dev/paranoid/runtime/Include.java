package dev.paranoid.runtime;

/**
 * An eager-loaded association from parent {@code P} to child {@code C}, Sequelize's
 * {@code include}. Every method returns a new include; the DAO's {@link Association} constants
 * are includes themselves.
 */
public interface Include<P, C> {

  /** Loads soft-deleted children too (Sequelize: {@code include.paranoid = false}). */
  Include<P, C> includeDeleted();

  /** Filters the children; parents stay unless {@link #required()}. */
  Include<P, C> where(Condition<C> condition);

  /** Keeps only parents that have at least one matching child (INNER JOIN semantics). */
  Include<P, C> required();

  /** Loads associations of the children. */
  @SuppressWarnings("unchecked")
  Include<P, C> include(Include<C, ?>... nested);
}
