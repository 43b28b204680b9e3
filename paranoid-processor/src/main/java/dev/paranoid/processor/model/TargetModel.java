package dev.paranoid.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * An entity an association loads: what a DAO needs to read its rows, with access as seen from the
 * DAO's package. A plain {@code @Entity} target has no deletion column and is never filtered.
 *
 * @param element the target class
 * @param table the table as written in SQL
 * @param id the target's key
 * @param properties every mapped property, in declaration order
 * @param deletedAt the deletion column, present only when the target is {@code @Paranoid}
 * @param record whether the target is a record: read through its canonical constructor, its
 *     back-reference left as read
 */
public record TargetModel(
    TypeElement element,
    String table,
    Property id,
    List<Property> properties,
    Optional<Property> deletedAt,
    boolean record) {

  public TargetModel {
    properties = List.copyOf(properties);
  }
}
