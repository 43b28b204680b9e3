package dev.paranoid.processor.read;

import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rules over one entity's whole model, once each property has been read on its own: the last step
 * of reading an entity. (Rules that span entities, such as cascade cycles, are followed where the
 * associations are read.)
 */
final class EntityChecks {

  private EntityChecks() {}

  static List<Diagnostic> check(EntityModel model) {
    List<Diagnostic> out = new ArrayList<>();
    checkColumnsAreDistinct(model, out);
    warnOnJoinTable(model, out);
    return out;
  }

  /**
   * Two fields may share a column only when one of them is a read-only copy
   * ({@code insertable = false, updatable = false}), typically a scalar beside a join column.
   */
  private static void checkColumnsAreDistinct(EntityModel model, List<Diagnostic> out) {
    Map<String, Property> byColumn = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      String key = property.column().toLowerCase(Locale.ROOT);
      Property first = byColumn.putIfAbsent(key, property);
      if (first != null && !(isReadOnly(first) || isReadOnly(property))) {
        out.add(Diagnostic.on(property.field(), Message.DUPLICATE_COLUMN,
            first.name(), property.name(), model.element().getSimpleName(), property.column()));
      }
    }
  }

  private static boolean isReadOnly(Property property) {
    return !property.insertable() && !property.updatable();
  }

  /** Sequelize's guides: paranoid junction tables are buggy. Two foreign keys and nothing else. */
  private static void warnOnJoinTable(EntityModel model, List<Diagnostic> out) {
    List<Property> own = model.properties().stream()
        .filter(property -> property != model.id() && !model.isManaged(property))
        .toList();
    if (own.size() == 2 && own.stream().allMatch(Property::isReference)) {
      out.add(Diagnostic.on(model.element(), Message.JOIN_TABLE, model.element().getSimpleName(),
          "its only columns besides the key are the foreign keys \"" + own.get(0).column()
              + "\" and \"" + own.get(1).column() + "\""));
    }
  }
}
