package dev.paranoid.processor.write;

import java.util.List;

/**
 * How the DAO changes the one row that a key names (for an instance of a versioned entity: the key
 * and the version the entity was read at). Either a fixed statement the DAO runs itself, or, for an
 * entity whose destroy and restore follow cascades, the runtime's table given the key as a
 * condition: it locks and changes the whole tree in one transaction.
 *
 * @param kind what happens to the row
 * @param atVersion whether the row is named by its key and version, not its key alone
 * @param constant the statement the DAO runs itself; null when the table runs the change
 * @param method the DAO method that runs the change and returns whether a row changed
 * @param runs the statements the change runs, as the Javadoc shows them
 * @param staleCheck for a change at a version, how it tells a stale version when no row changed;
 *     null otherwise
 */
record KeyedChange(
    Kind kind,
    boolean atVersion,
    SqlConstant constant,
    String method,
    List<Doc.Block> runs,
    StaleCheck staleCheck) {

  KeyedChange {
    runs = List.copyOf(runs);
  }

  enum Kind {
    SOFT_DESTROY,
    FORCE_DESTROY,
    RESTORE
  }

  /** Whether the runtime's table runs the change (cascades), rather than a fixed statement. */
  boolean viaTable() {
    return constant == null;
  }

  /** The runs, then, when there is one, the stale check with the prose that explains it. */
  List<Doc.Block> runsWithStaleCheck() {
    if (staleCheck == null) {
      return runs;
    }
    return Doc.concat(runs, List.of(staleCheck.doc()));
  }
}
