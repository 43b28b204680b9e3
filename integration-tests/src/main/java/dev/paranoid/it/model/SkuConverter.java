package dev.paranoid.it.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * An auto-applied JPA converter: JPA (and so Paranoid) stores every {@link Sku} field through it
 * without a {@code @Convert} on the field.
 */
@Converter(autoApply = true)
public class SkuConverter implements AttributeConverter<Sku, String> {

  @Override
  public String convertToDatabaseColumn(Sku sku) {
    return sku.code();
  }

  @Override
  public Sku convertToEntityAttribute(String code) {
    return new Sku(code);
  }
}
