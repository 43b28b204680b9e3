package dev.paranoid.processor.read;

import dev.paranoid.processor.model.ValueKind;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * {@code @Convert(converter = X.class)}: a JPA {@code AttributeConverter<A, D>} that the generated
 * code calls itself (no reflection) between the field's type {@code A} and a column type {@code D}
 * Paranoid can bind.
 */
final class Converters {

  /** A checked converter: its class and the kind of the column it converts to. */
  record Converter(TypeMirror type, ValueKind columnKind) {}

  private Converters() {}

  /** The converter of {@code field}, empty without one; problems are reported to {@code out}. */
  static Optional<Converter> of(Members members, VariableElement field, TypeElement entity,
      TypeElement from, String timestampRole, List<Diagnostic> out) {
    Optional<AnnotationMirror> convert = Annotations.jpa(field, "Convert");
    if (convert.isEmpty() || Annotations.bool(convert.get(), "disableConversion", false)) {
      return Optional.empty();
    }
    String name = field.getSimpleName().toString();
    String entityName = entity.getSimpleName().toString();
    Optional<AnnotationValue> value = Annotations.explicitValue(convert.get(), "converter");
    if (value.isEmpty() || !(value.get().getValue() instanceof DeclaredType converter)) {
      out.add(refusal(field, convert.get(), name, entityName, "it names no converter class; give"
          + " one, e.g. @Convert(converter = MoneyConverter.class)"));
      return Optional.empty();
    }
    String role = timestampRole != null ? timestampRole
        : Annotations.hasJpa(field, "Id") ? "@Id" : Annotations.hasJpa(field, "Version")
            ? "@Version" : null;
    if (role != null) {
      out.add(refusal(field, convert.get(), name, entityName, "the " + role + " field is managed"
          + " by Paranoid and must have its own type; convert another field"));
      return Optional.empty();
    }
    TypeElement converterClass = (TypeElement) converter.asElement();
    String converterName = converterClass.getSimpleName().toString();
    if (converterClass.getKind() != ElementKind.CLASS
        || converterClass.getModifiers().contains(Modifier.ABSTRACT)
        || !members.hasUsableConstructor(converterClass, from)) {
      out.add(refusal(field, convert.get(), name, entityName, "the DAO makes one \"" + converterName
          + "\" with its no-argument constructor: make it a concrete class with an accessible one"));
      return Optional.empty();
    }
    Types types = members.types();
    Optional<DeclaredType> attributeConverter = attributeConverter(types, converter);
    if (attributeConverter.isEmpty()
        || attributeConverter.get().getTypeArguments().size() != 2
        || attributeConverter.get().getTypeArguments().stream()
            .anyMatch(argument -> argument.getKind() != TypeKind.DECLARED
                && argument.getKind() != TypeKind.ARRAY)) {
      out.add(refusal(field, convert.get(), name, entityName, "\"" + converterName + "\" must"
          + " implement AttributeConverter<X, Y> with both types given"));
      return Optional.empty();
    }
    TypeMirror attribute = attributeConverter.get().getTypeArguments().get(0);
    TypeMirror column = attributeConverter.get().getTypeArguments().get(1);
    TypeMirror fieldType = field.asType().getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) field.asType()).asType()
        : field.asType();
    if (!types.isSameType(types.erasure(attribute), types.erasure(fieldType))) {
      out.add(refusal(field, convert.get(), name, entityName, "\"" + converterName
          + "\" converts " + attribute + ", but the field is a " + field.asType()));
      return Optional.empty();
    }
    ValueKind kind = ValueKinds.of(column, field);
    if (kind == null || kind.isEnum()) {
      out.add(refusal(field, convert.get(), name, entityName, "\"" + converterName
          + "\" converts to " + column + ", which is not a column type Paranoid binds; convert"
          + " to String, a number wrapper, BigDecimal, byte[], UUID, a date or a time"));
      return Optional.empty();
    }
    return Optional.of(new Converter(converter, kind));
  }

  /** The {@code AttributeConverter<A, D>} among the supertypes of {@code type}. */
  private static Optional<DeclaredType> attributeConverter(Types types, TypeMirror type) {
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

  private static Diagnostic refusal(VariableElement field, AnnotationMirror convert, String name,
      String entityName, String why) {
    return Diagnostic.onAnnotation(field, convert, null, Message.CONVERTER, name, entityName, why);
  }
}
