package dev.paranoid.processor.write;

import dev.paranoid.processor.model.Property;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns a SELECT reads for some properties (a shared column once), and their positions. */
final class SelectList {

  private final List<String> columns = new ArrayList<>();
  private final Map<Property, Integer> positions = new IdentityHashMap<>();

  SelectList(List<Property> properties) {
    Map<String, Integer> byColumn = new LinkedHashMap<>();
    for (Property property : properties) {
      Integer position = byColumn.computeIfAbsent(property.column().toLowerCase(Locale.ROOT), key -> {
        columns.add(property.sqlColumn());
        return columns.size();
      });
      positions.put(property, position);
    }
  }

  /** The 1-based position of the property's column. */
  int position(Property property) {
    return positions.get(property);
  }

  String sql() {
    return String.join(", ", columns);
  }
}
