package dev.paranoid.it.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** A JPA converter the generated DAO calls itself: {@link Money} as a BIGINT of cents. */
@Converter
public class CentsConverter implements AttributeConverter<Money, Long> {

  @Override
  public Long convertToDatabaseColumn(Money money) {
    return money.euros().movePointRight(2).longValueExact();
  }

  @Override
  public Money convertToEntityAttribute(Long cents) {
    return new Money(BigDecimal.valueOf(cents, 2));
  }
}
