package dev.paranoid.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The build's {@code @Converter(autoApply = true)} classes, by the attribute type they convert. JPA
 * applies such a converter to every field of that type that has no {@code @Convert} of its own, so
 * Paranoid must too: a {@code String} field stored through an auto-applied converter by Hibernate
 * and bound raw by Paranoid would be the silent mismatch this class exists to prevent.
 *
 * <p>Only converters compiled with the entities are seen (javac gives a processor the annotated
 * types of its own compilation, not of jars); the README says to name a library's converter with
 * {@code @Convert}. Kept across rounds, so an entity read in a later round sees them all.
 */
public final class AutoApplyConverters {

  public static final List<String> CONVERTER_ANNOTATIONS =
      List.of("jakarta.persistence.Converter", "javax.persistence.Converter");

  /** By the qualified name of the converted attribute type; converters in the order found. */
  private final Map<String, List<DeclaredType>> byAttribute = new LinkedHashMap<>();

  /** Adds the auto-applied converters among {@code round}'s annotated types. */
  public void collect(RoundEnvironment round, Elements elements, Types types) {
    for (String annotation : CONVERTER_ANNOTATIONS) {
      TypeElement annotationType = elements.getTypeElement(annotation);
      if (annotationType == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        if (element instanceof TypeElement converter && autoApplies(converter, annotation)) {
          DeclaredType type = (DeclaredType) converter.asType();
          Converters.attributeConverter(types, type)
              .filter(supertype -> supertype.getTypeArguments().size() == 2)
              .map(supertype -> supertype.getTypeArguments().get(0))
              .filter(attribute -> attribute.getKind() == TypeKind.DECLARED)
              .map(attribute -> qualifiedName(types, attribute))
              .ifPresent(attribute -> add(attribute, type, types));
        }
      }
    }
  }

  /** The auto-applied converters of {@code fieldType} (boxed), most often none or one. */
  List<DeclaredType> of(TypeMirror fieldType, Types types) {
    TypeMirror boxed = fieldType.getKind().isPrimitive()
        ? types.boxedClass((PrimitiveType) fieldType).asType() : fieldType;
    if (boxed.getKind() != TypeKind.DECLARED) {
      return List.of();
    }
    return byAttribute.getOrDefault(qualifiedName(types, boxed), List.of());
  }

  private void add(String attribute, DeclaredType converter, Types types) {
    List<DeclaredType> converters = byAttribute.computeIfAbsent(attribute, key -> new ArrayList<>());
    if (converters.stream().noneMatch(known -> types.isSameType(known, converter))) {
      converters.add(converter);
    }
  }

  private static boolean autoApplies(TypeElement converter, String annotation) {
    Optional<AnnotationMirror> mirror = Annotations.named(converter, annotation);
    return mirror.isPresent() && Annotations.bool(mirror.get(), "autoApply", false);
  }

  private static String qualifiedName(Types types, TypeMirror type) {
    return ((TypeElement) types.asElement(type)).getQualifiedName().toString();
  }
}
