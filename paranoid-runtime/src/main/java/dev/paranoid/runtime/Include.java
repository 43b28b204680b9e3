package dev.paranoid.runtime;

/**
 * An eager-loaded association from parent {@code P} to child {@code C}, Sequelize's
 * {@code include}. Every method returns a new include; the DAO's {@link Association} constants
 * are includes themselves.
 *
 * <p>Loading never issues a statement per parent: one statement per include level, with the
 * parents' keys in an {@code IN} list (split when it would pass the database's parameter limit).
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

  // Fixed-arity overloads avoid the "unchecked generic array creation" warning at call sites.

  /** {@link #include(Include...)} with one nested include. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  default Include<P, C> include(Include<C, ?> nested) {
    return include(new Include[] {nested});
  }

  /** {@link #include(Include...)} with two nested includes. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  default Include<P, C> include(Include<C, ?> first, Include<C, ?> second) {
    return include(new Include[] {first, second});
  }

  /** Orders each parent's children by these keys, then by the child's key (the default). */
  @SuppressWarnings("unchecked")
  Include<P, C> orderBy(Order<C>... orders);

  /** {@link #orderBy(Order...)} with one key. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  default Include<P, C> orderBy(Order<C> order) {
    return orderBy(new Order[] {order});
  }
}
