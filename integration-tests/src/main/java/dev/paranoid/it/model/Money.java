package dev.paranoid.it.model;

import java.math.BigDecimal;

/** An amount of euros, stored in cents by {@link CentsConverter} (issue 14). */
public record Money(BigDecimal euros) {

  public static Money of(String euros) {
    return new Money(new BigDecimal(euros));
  }
}
