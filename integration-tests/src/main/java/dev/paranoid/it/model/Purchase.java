package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A purchase with embedded fields (issue 14): {@link Price} twice, its columns renamed by
 * {@code @AttributeOverride(s)}, and the record {@link Address}, whose columns keep the
 * embeddable's names; {@code shipTo} is embedded without {@code @Embedded}, as JPA allows for a
 * field of an {@code @Embeddable} type.
 */
@Entity
@Table(name = "purchases")
@Paranoid
public class Purchase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String item;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "amount", column = @Column(name = "total_amount")),
      @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))})
  public Price total;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "shipping_amount"))
  @AttributeOverride(name = "currency", column = @Column(name = "shipping_currency"))
  public Price shipping;

  public Address shipTo;

  public Instant deletedAt;

  public Purchase() {}

  public Purchase(String item, Price total, Address shipTo) {
    this.item = item;
    this.total = total;
    this.shipTo = shipTo;
  }
}
