package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A product whose price is a {@code @Convert} field, {@link Money} stored as cents, and whose
 * {@link Sku} an auto-applied converter stores (issue 14).
 */
@Entity
@Table(name = "products")
@Paranoid
public class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;

  @Convert(converter = CentsConverter.class)
  public Money price;

  /** Stored through the auto-applied {@link SkuConverter}. */
  public Sku sku;

  public Instant deletedAt;

  public Product() {}

  public Product(String name, Money price) {
    this.name = name;
    this.price = price;
  }
}
