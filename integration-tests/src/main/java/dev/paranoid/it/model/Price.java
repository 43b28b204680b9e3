package dev.paranoid.it.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in a currency, embedded in {@link Purchase} twice (issue 14): a class with private
 * fields the DAO reaches through getters and setters, and {@code @Column} facts the schema helper
 * keeps through the entity's {@code @AttributeOverride}s.
 */
@Embeddable
public class Price {

  @Column(precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(length = 3)
  private String currency;

  public Price() {}

  public Price(String amount, String currency) {
    this.amount = new BigDecimal(amount);
    this.currency = currency;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  /** Equal amounts whatever their scale (the column's is 2): 12.5 EUR is 12.50 EUR. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Price price
        && (amount == null ? price.amount == null
            : price.amount != null && amount.compareTo(price.amount) == 0)
        && Objects.equals(currency, price.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount == null ? null : amount.stripTrailingZeros(), currency);
  }

  @Override
  public String toString() {
    return amount + " " + currency;
  }
}
