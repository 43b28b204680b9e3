package dev.paranoid.processor.read;

import dev.paranoid.processor.model.ValueKind;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * A field's JPA {@code AttributeConverter<A, D>}, named by {@code @Convert(converter = X.class)} or
 * auto-applied ({@code @Converter(autoApply = true)} for the field's type), that the generated code
 * calls itself (no reflection) between the field's type {@code A} and a column type {@code D}
 * Paranoid can bind.
 */
final class Converters {

  /** A checked converter: its class and the kind of the column it converts to. */
  record Converter(TypeMirror type, ValueKind columnKind) {}

  private Converters() {}

  /** The converter of {@code field}, empty without one; problems are reported to {@code out}. */
  static Optional<Converter> of(Members members, AutoApplyConverters autoApply,
      VariableElement field, TypeElement entity, TypeElement from, String timestampRole,
      List<Diagnostic> out) {
    Optional<AnnotationMirror> convert = Annotations.jpa(field, "Convert");
    if (convert.isEmpty()) {
      return automatic(members, autoApply, field, entity, from, timestampRole, out);
    }
    if (Annotations.bool(convert.get(), "disableConversion", false)) {
      return Optional.empty();
    }
    String name = field.getSimpleName().toString();
    String entityName = entity.getSimpleName().toString();
    Function<String, Diagnostic> refusal = why -> Diagnostic.onAnnotation(field, convert.get(),
        null, Message.CONVERTER, name, entityName, why);
    Optional<AnnotationValue> value = Annotations.explicitValue(convert.get(), "converter");
    if (value.isEmpty() || !(value.get().getValue() instanceof DeclaredType converter)) {
      out.add(refusal.apply("it names no converter class; give one, e.g."
          + " @Convert(converter = MoneyConverter.class)"));
      return Optional.empty();
    }
    String role = managedRole(field, timestampRole);
    if (role != null) {
      out.add(refusal.apply("the " + role + " field is managed by Paranoid and must have its own"
          + " type; convert another field"));
      return Optional.empty();
    }
    return checked(members, converter, field, from, refusal, out);
  }

  /**
   * The auto-applied converter of {@code field}'s type, where JPA would apply one: not to the key,
   * the version, a managed timestamp or actor, nor to a field that says how it is stored
   * ({@code @Enumerated}, {@code @Temporal}).
   */
  private static Optional<Converter> automatic(Members members, AutoApplyConverters autoApply,
      VariableElement field, TypeElement entity, TypeElement from, String timestampRole,
      List<Diagnostic> out) {
    List<DeclaredType> converters = autoApply.of(field.asType(), members.types());
    if (converters.isEmpty() || managedRole(field, timestampRole) != null
        || Annotations.named(field, Annotations.DELETED_BY).isPresent()
        || Annotations.hasJpa(field, "Enumerated") || Annotations.hasJpa(field, "Temporal")) {
      return Optional.empty();
    }
    String name = field.getSimpleName().toString();
    String entityName = entity.getSimpleName().toString();
    Function<String, Diagnostic> refusal = why ->
        Diagnostic.on(field, Message.AUTO_CONVERTER, name, entityName, why);
    if (converters.size() > 1) {
      out.add(refusal.apply(converters.stream()
          .map(converter -> "\"" + simpleName(converter) + "\"")
          .collect(Collectors.joining(" and ")) + " are all @Converter(autoApply = true) for its type, so JPA would not know which to"
          + " apply either; name one with @Convert(converter = ...), or keep one autoApply"));
      return Optional.empty();
    }
    return checked(members, converters.get(0), field, from, refusal, out);
  }

  /** The role that keeps a field from being converted, or null. */
  private static String managedRole(VariableElement field, String timestampRole) {
    return timestampRole != null ? timestampRole
        : Annotations.hasJpa(field, "Id") ? "@Id"
            : Annotations.hasJpa(field, "Version") ? "@Version" : null;
  }

  /** {@code converter} for {@code field}, when the DAO can make and call it. */
  private static Optional<Converter> checked(Members members, DeclaredType converter,
      VariableElement field, TypeElement from, Function<String, Diagnostic> refusal,
      List<Diagnostic> out) {
    TypeElement converterClass = (TypeElement) converter.asElement();
    String converterName = converterClass.getSimpleName().toString();
    if (converterClass.getKind() != ElementKind.CLASS
        || converterClass.getModifiers().contains(Modifier.ABSTRACT)
        || !members.hasUsableConstructor(converterClass, from)) {
      out.add(refusal.apply("the DAO makes one \"" + converterName + "\" with its no-argument"
          + " constructor: make it a concrete class with an accessible one"));
      return Optional.empty();
    }
    Types types = members.types();
    Optional<DeclaredType> attributeConverter = attributeConverter(types, converter);
    if (attributeConverter.isEmpty()
        || attributeConverter.get().getTypeArguments().size() != 2
        || attributeConverter.get().getTypeArguments().stream()
            .anyMatch(argument -> argument.getKind() != TypeKind.DECLARED
                && argument.getKind() != TypeKind.ARRAY)) {
      out.add(refusal.apply("\"" + converterName + "\" must implement AttributeConverter<X, Y>"
          + " with both types given"));
      return Optional.empty();
    }
    TypeMirror attribute = attributeConverter.get().getTypeArguments().get(0);
    TypeMirror column = attributeConverter.get().getTypeArguments().get(1);
    TypeMirror fieldType = field.asType().getKind().isPrimitive()
        ? types.boxedClass((PrimitiveType) field.asType()).asType()
        : field.asType();
    if (!types.isSameType(types.erasure(attribute), types.erasure(fieldType))) {
      out.add(refusal.apply("\"" + converterName + "\" converts " + attribute + ", but the field"
          + " is a " + field.asType()));
      return Optional.empty();
    }
    ValueKind kind = ValueKinds.of(column, field);
    if (kind == null || kind.isEnum()) {
      out.add(refusal.apply("\"" + converterName + "\" converts to " + column + ", which is not a"
          + " column type Paranoid binds; convert to String, a number wrapper, BigDecimal, byte[],"
          + " UUID, a date or a time"));
      return Optional.empty();
    }
    return Optional.of(new Converter(converter, kind));
  }

  /** The {@code AttributeConverter<A, D>} among the supertypes of {@code type}. */
  static Optional<DeclaredType> attributeConverter(Types types, TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared) {
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (name.equals("jakarta.persistence.AttributeConverter")
            || name.equals("javax.persistence.AttributeConverter")) {
          return Optional.of(declared);
        }
        Optional<DeclaredType> deeper = attributeConverter(types, supertype);
        if (deeper.isPresent()) {
          return deeper;
        }
      }
    }
    return Optional.empty();
  }

  private static String simpleName(DeclaredType type) {
    return type.asElement().getSimpleName().toString();
  }
}
