package dev.paranoid.runtime.internal;

import dev.paranoid.runtime.Auditor;
import dev.paranoid.runtime.DaoConfig;
import dev.paranoid.runtime.internal.jdbc.AuditColumn;
import dev.paranoid.runtime.internal.jdbc.CascadeSpec;
import dev.paranoid.runtime.internal.jdbc.EntityTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actor a soft destroy records in the {@code @DeletedBy} columns it reaches (the entity's, and
 * its cascade children's), checked against each column's type: when the DAO is built if the
 * auditor's type is known, else before a soft destroy sends anything, so that a mismatch is a
 * message naming both types, never a {@code ClassCastException} or a driver's conversion error.
 */
public final class Actors {

  private final Auditor<?> auditor;
  private final List<AuditColumn<?>> columns;

  private Actors(Auditor<?> auditor, List<AuditColumn<?>> columns) {
    this.auditor = auditor;
    this.columns = List.copyOf(columns);
  }

  /** The actors of {@code config}'s auditor for {@code table} and its cascades. */
  static Actors of(DaoConfig config, EntityTable<?> table, List<CascadeSpec> cascades) {
    List<AuditColumn<?>> columns = new ArrayList<>();
    if (table.deletedBy() != null) {
      columns.add(table.deletedBy());
    }
    collect(cascades, columns);
    Class<?> declared = config.actorType();
    if (config.auditor() != null && declared != null) {
      for (AuditColumn<?> column : columns) {
        if (!column.valueType().isAssignableFrom(declared)) {
          throw new IllegalArgumentException(column.field() + " is a "
              + column.valueType().getSimpleName() + ", but the DaoConfig's Auditor gives "
              + declared.getSimpleName() + " actors; make the @DeletedBy field a "
              + declared.getSimpleName() + ", or give the DAO an Auditor<"
              + column.valueType().getSimpleName() + ">");
        }
      }
    }
    return new Actors(config.auditor(), columns);
  }

  private static void collect(List<CascadeSpec> levels, List<AuditColumn<?>> into) {
    for (CascadeSpec level : levels) {
      if (level.isParanoid() && level.deletedBy() != null) {
        into.add(level.deletedBy());
      }
      collect(level.children(), into);
    }
  }

  /**
   * The current actor, or null when there is none, no auditor, or no column to record it in.
   *
   * @throws IllegalStateException when the auditor's actor is not of a column's type
   */
  Object current() {
    if (columns.isEmpty() || auditor == null) {
      return null;
    }
    Optional<?> actor = auditor.currentActor();
    if (actor == null) {
      throw new IllegalStateException("The Auditor " + auditor + " returned null; return"
          + " Optional.empty() when there is no actor. Nothing was sent");
    }
    Object value = actor.orElse(null);
    if (value == null) {
      return null;
    }
    for (AuditColumn<?> column : columns) {
      if (!column.valueType().isInstance(value)) {
        throw new IllegalStateException("The Auditor gave the actor " + value + ", a "
            + value.getClass().getSimpleName() + ", but " + column.field() + " is a "
            + column.valueType().getSimpleName() + "; nothing was sent");
      }
    }
    return value;
  }
}
