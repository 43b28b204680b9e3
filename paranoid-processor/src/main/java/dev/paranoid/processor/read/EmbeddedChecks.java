package dev.paranoid.processor.read;

import dev.paranoid.processor.model.Access;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.Embedding;
import dev.paranoid.processor.model.Naming;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What the columns of embedded fields must not share with the rest of the entity: a column (two
 * fields of one embeddable type, without {@code @AttributeOverride}, map the same names) and a
 * public column constant ({@code TOTAL_AMOUNT} of {@code total.amount} beside a field
 * {@code totalAmount}). Reported on the embedded field, where the override goes.
 */
final class EmbeddedChecks {

  private EmbeddedChecks() {}

  /** {@code properties}: every column of {@code entity}, in order, embedded ones included. */
  static void check(TypeElement entity, List<Property> properties,
      List<AssociationModel> associations, List<Diagnostic> out) {
    if (properties.stream().noneMatch(EmbeddedChecks::isEmbedded)) {
      return;
    }
    int before = out.size();
    checkColumns(entity, properties, out);
    if (out.size() == before) {
      checkConstants(entity, properties, associations, out);
    }
  }

  private static void checkColumns(TypeElement entity, List<Property> properties,
      List<Diagnostic> out) {
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < properties.size(); i++) {
      for (int j = i + 1; j < properties.size(); j++) {
        Property first = properties.get(i);
        Property second = properties.get(j);
        if (!first.column().equalsIgnoreCase(second.column())
            || !(isEmbedded(first) || isEmbedded(second))) {
          continue;
        }
        // on the later embedded field, which is the one to give an override
        Property embedded = isEmbedded(second) ? second : first;
        Property other = embedded == second ? first : second;
        VariableElement owner = owner(embedded).field();
        if (reported.add(owner.getSimpleName() + "." + embedded.column())) {
          String leaf = leafName(embedded);
          out.add(Diagnostic.on(owner, Message.EMBEDDED_COLUMN, owner.getSimpleName(),
              entity.getSimpleName(), leaf, embedded.field().getEnclosingElement().getSimpleName(),
              embedded.column(), describe(other), leaf, owner.getSimpleName()));
        }
      }
    }
  }

  /** The constants the writer gives: as {@code MemberNames} names them, one per column. */
  private static void checkConstants(TypeElement entity, List<Property> properties,
      List<AssociationModel> associations, List<Diagnostic> out) {
    Map<String, String> taken = new LinkedHashMap<>();
    taken.put("TABLE_DEFINITION", "the table definition");
    for (AssociationModel association : associations) {
      taken.putIfAbsent(Naming.constantName(association.name()),
          "association \"" + association.name() + "\"");
    }
    Set<String> columns = new HashSet<>();
    for (Property property : properties) {
      if (!isEmbedded(property) && columns.add(property.column().toLowerCase(Locale.ROOT))) {
        taken.putIfAbsent(Naming.constantName(
            property.isReference() ? property.column() : property.name()), describe(property));
      }
    }
    for (Property property : properties) {
      if (!isEmbedded(property)) {
        continue;
      }
      String constant = Naming.constantName(property.name());
      String other = taken.putIfAbsent(constant, describe(property));
      if (other != null) {
        VariableElement owner = owner(property).field();
        out.add(Diagnostic.on(owner, Message.EMBEDDED_CONSTANT, owner.getSimpleName(),
            entity.getSimpleName(), property.column(), constant, other));
      }
    }
  }

  private static boolean isEmbedded(Property property) {
    return property.access() instanceof Access.Embedded;
  }

  private static Embedding owner(Property property) {
    return ((Access.Embedded) property.access()).owner();
  }

  private static String leafName(Property property) {
    return property.name().substring(property.name().indexOf('.') + 1);
  }

  private static String describe(Property property) {
    return isEmbedded(property)
        ? "\"" + leafName(property) + "\" of embedded field \"" + owner(property).name() + "\""
        : "field \"" + property.name() + "\"";
  }
}
