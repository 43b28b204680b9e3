package dev.paranoid.processor.read;

import javax.lang.model.element.Element;

/**
 * A type an entity's mapping needs that javac does not know, found by {@link EntityReader#missingTypes}.
 *
 * @param element where the type is named: a field, or a class whose superclass it is
 * @param type the type as written in the source
 * @param where {@code element} in words, for the diagnostic ("field \"status\" of \"Order\"")
 */
public record MissingType(Element element, String type, String where) {}
