package dev.paranoid.it.concurrency;

import java.util.List;
import java.util.Locale;

/**
 * One DAO call of a race: what it does ({@link Kind}), on which table (the root of a cascade),
 * in which form ({@code byPk}, {@code entity}, {@code bulk} for {@code ID.in(...)}) and on
 * which ids.
 */
record Op(Kind kind, String table, String form, List<Long> ids) {

  enum Kind { SOFT_DESTROY, RESTORE, FORCE_DESTROY, UPDATE, CREATE }

  Op {
    ids = List.copyOf(ids);
  }

  /** Whether the call follows {@code cascade = REMOVE} (users to stories to reviews). */
  boolean cascades() {
    return kind != Kind.UPDATE && kind != Kind.CREATE && !table.equals("reviews");
  }

  /** A call on one root row (by key or entity), as opposed to a bulk one. */
  boolean singleRoot() {
    return !form.equals("bulk");
  }

  @Override
  public String toString() {
    return table + "." + kind.name().toLowerCase(Locale.ROOT) + "(" + form + " " + ids
        + ")";
  }
}
