package dev.paranoid.processor.read;

import dev.paranoid.processor.model.Naming;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.TargetModel;
import dev.paranoid.processor.report.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads the entity at the other end of an association, as seen from the DAO that loads it. Its
 * problems come back as text for one diagnostic on the association: a {@code @Paranoid} target
 * reports its own problems in full when it is processed itself.
 */
final class TargetReader {

  private final Members members;
  private final PropertyReader properties;
  private final EmbeddedReader embeddeds;
  private final Naming naming;

  TargetReader(Members members, PropertyReader properties, EmbeddedReader embeddeds,
      Naming naming) {
    this.members = members;
    this.properties = properties;
    this.embeddeds = embeddeds;
    this.naming = naming;
  }

  /** The target model, or the first problem found as a sentence. */
  Result read(TypeElement target, TypeElement from) {
    String name = target.getSimpleName().toString();
    boolean record = target.getKind() == ElementKind.RECORD;
    if (!record && !members.hasUsableConstructor(target, from)) {
      return Result.problem("it has no no-argument constructor the DAO can call");
    }
    boolean paranoid = Annotations.named(target, Annotations.PARANOID).isPresent();
    List<VariableElement> fields = members.persistentFields(target).stream()
        .filter(PropertyReader::isMapped)
        .toList();
    VariableElement deletedField = !paranoid ? null : fields.stream()
        .filter(field -> Annotations.named(field, Annotations.DELETED_AT).isPresent())
        .findFirst()
        .orElseGet(() -> fields.stream()
            .filter(field -> field.getSimpleName().contentEquals("deletedAt"))
            .findFirst().orElse(null));
    List<Diagnostic> problems = new ArrayList<>();
    List<Property> read = new ArrayList<>();
    Property id = null;
    Property deletedAt = null;
    for (VariableElement field : fields) {
      if (EmbeddedReader.isEmbedded(field)) {
        embeddeds.read(field, target, from, null, problems).ifPresent(read::addAll);
        continue;
      }
      Optional<Property> property = properties.read(
          field, target, from, field.equals(deletedField) ? "@DeletedAt" : null, problems);
      if (property.isEmpty()) {
        continue;
      }
      read.add(property.get());
      if (Annotations.hasJpa(field, "Id")) {
        if (id != null) {
          return Result.problem("it has a composite key");
        }
        id = property.get();
      }
      if (field.equals(deletedField)) {
        deletedAt = property.get();
      }
    }
    if (!problems.isEmpty()) {
      String text = problems.get(0).text();
      return Result.problem(text.substring(text.indexOf(']') + 2));
    }
    if (id == null) {
      return Result.problem("it has no @Id field");
    }
    if (paranoid && deletedAt == null) {
      return Result.problem("it is @Paranoid but has no deletion field");
    }
    AnnotationMirror table = Annotations.jpa(target, "Table").orElse(null);
    String tableName = Optional.ofNullable(table)
        .flatMap(mirror -> Annotations.string(mirror, "name"))
        .orElseGet(() -> naming.apply(name));
    if (!Identifiers.isPlain(tableName)) {
      return Result.problem("its table name \"" + tableName + "\" is not a plain SQL identifier");
    }
    return new Result(Optional.of(new TargetModel(
        target, Identifiers.sql(tableName), id, read, Optional.ofNullable(deletedAt), record)),
        null);
  }

  record Result(Optional<TargetModel> model, String problem) {
    static Result problem(String text) {
      return new Result(Optional.empty(), text);
    }
  }
}
