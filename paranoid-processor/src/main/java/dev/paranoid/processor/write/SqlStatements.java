package dev.paranoid.processor.write;

import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fixed SQL of one entity's DAO, computed at compile time and embedded as constants. Every
 * value is a {@code ?}; identifiers were validated by the reader.
 */
final class SqlStatements {

  private final EntityModel model;
  private final SelectList select;

  SqlStatements(EntityModel model) {
    this.model = model;
    this.select = new SelectList(model.properties());
  }

  /** The 1-based position of the property's column in {@link #selectList()}. */
  int selectIndex(Property property) {
    return select.position(property);
  }

  String selectList() {
    return select.sql();
  }

  /** Columns INSERT writes, in parameter order: the key unless generated, never deletedAt. */
  List<Property> insertColumns() {
    return model.properties().stream()
        .filter(Property::insertable)
        .filter(p -> !(p == model.id() && model.generatedId()))
        .filter(p -> p != model.deletedAt())
        .toList();
  }

  /** Columns UPDATE sets, in parameter order: not the key, createdAt, deletedAt or the version. */
  List<Property> updateColumns() {
    return model.properties().stream()
        .filter(Property::updatable)
        .filter(p -> p != model.id() && p != model.deletedAt())
        .filter(p -> model.version().filter(v -> v == p).isEmpty())
        .filter(p -> model.createdAt().filter(c -> c == p).isEmpty())
        .toList();
  }

  String insert() {
    List<Property> columns = insertColumns();
    if (columns.isEmpty()) {
      // a generated key and nothing else: "()" is not standard SQL (PostgreSQL refuses it);
      // Dialect adapts this standard form for MariaDB/MySQL, which lack DEFAULT VALUES
      return "INSERT INTO " + model.table() + " DEFAULT VALUES";
    }
    return "INSERT INTO " + model.table() + " ("
        + columns.stream().map(Property::sqlColumn).collect(Collectors.joining(", "))
        + ") VALUES (" + columns.stream().map(p -> "?").collect(Collectors.joining(", ")) + ")";
  }

  String update() {
    List<Property> columns = updateColumns();
    List<String> assignments = new java.util.ArrayList<>(
        columns.stream().map(p -> p.sqlColumn() + " = ?").toList());
    model.version().ifPresent(v -> assignments.add(v.sqlColumn() + " = " + v.sqlColumn() + " + 1"));
    if (assignments.isEmpty()) {
      // nothing to change but the row must still be found: a no-op assignment of the key
      assignments.add(id() + " = " + id());
    }
    return "UPDATE " + model.table() + " SET " + String.join(", ", assignments)
        + " WHERE " + deleted() + " IS NULL AND " + id() + " = ?"
        + model.version().map(v -> " AND " + v.sqlColumn() + " = ?").orElse("");
  }

  String findByPk() {
    return "SELECT " + selectList() + " FROM " + model.table()
        + " WHERE " + deleted() + " IS NULL AND " + id() + " = ?";
  }

  String findByPkIncludingDeleted() {
    return "SELECT " + selectList() + " FROM " + model.table() + " WHERE " + id() + " = ?";
  }

  String softDestroyByPk() {
    return "UPDATE " + model.table() + " SET " + deleted() + " = ?"
        + " WHERE " + deleted() + " IS NULL AND " + id() + " = ?";
  }

  String forceDestroyByPk() {
    return "DELETE FROM " + model.table() + " WHERE " + id() + " = ?";
  }

  /** The deletion column of one row, as stored (for a column whose precision is its own). */
  String deletedAtByPk() {
    return "SELECT " + deleted() + " FROM " + model.table() + " WHERE " + id() + " = ?";
  }

  String restoreByPk() {
    return "UPDATE " + model.table() + " SET " + deleted() + " = NULL"
        + " WHERE " + deleted() + " IS NOT NULL AND " + id() + " = ?";
  }

  // The shapes of the statements whose WHERE comes from a Condition, for Javadoc.

  String selectWhere() {
    return "SELECT " + selectList() + " FROM " + model.table()
        + " WHERE " + deleted() + " IS NULL AND <where> ORDER BY " + id();
  }

  String countWhere() {
    return "SELECT COUNT(*) FROM " + model.table() + " WHERE " + deleted() + " IS NULL AND <where>";
  }

  String softDestroyWhere() {
    return "UPDATE " + model.table() + " SET " + deleted() + " = ? WHERE " + deleted()
        + " IS NULL AND <where>";
  }

  String forceDestroyWhere() {
    return "DELETE FROM " + model.table() + " WHERE <where>";
  }

  String restoreWhere() {
    return "UPDATE " + model.table() + " SET " + deleted() + " = NULL WHERE " + deleted()
        + " IS NOT NULL AND <where>";
  }

  private String id() {
    return model.id().sqlColumn();
  }

  private String deleted() {
    return model.deletedAt().sqlColumn();
  }
}
