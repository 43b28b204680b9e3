package dev.paranoid.it.inject;

import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A test-only entity whose DAO is a JSR-330 bean: {@code componentModel = "jakarta"} makes
 * {@link InvoiceParanoidDao} a {@code @jakarta.inject.Singleton} with an {@code @Inject}
 * {@code (DataSource)} constructor, which Guice 7 injects. Fields accessed directly.
 */
@Entity
@Table(name = "invoices")
@Paranoid(componentModel = "jakarta")
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String customer;

  public Instant createdAt;

  public Instant updatedAt;

  public Instant deletedAt;

  public Invoice() {}

  public Invoice(String customer) {
    this.customer = customer;
  }
}
