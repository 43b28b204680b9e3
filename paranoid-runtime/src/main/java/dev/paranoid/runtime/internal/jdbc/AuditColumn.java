package dev.paranoid.runtime.internal.jdbc;

import java.util.Objects;

/**
 * A {@code @DeletedBy} column: soft destroy sets it to the actor, restore clears it.
 *
 * @param column the column, as SQL names it
 * @param type how the actor is bound
 * @param valueType the field's type: the actor must be one
 * @param field the field as messages name it ({@code User.deletedBy})
 */
public record AuditColumn<T>(String column, JdbcType<T> type, Class<T> valueType, String field) {

  public AuditColumn {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(valueType, "valueType");
    Objects.requireNonNull(field, "field");
  }
}
