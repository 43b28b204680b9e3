package dev.paranoid.it.model;

import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A line of an {@link Order}, referencing it through the reserved-word join column {@code order};
 * its {@code sku} is unique among live items.
 */
@Entity
@Table(name = "order_items")
@Paranoid
public class OrderItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Unique among live items: a restore cascading from the order can collide on it. */
  @Column(unique = true)
  private String sku;

  @ManyToOne
  @JoinColumn(name = "order")
  private Order order;

  @DeletedAt
  private Instant deletedAt;

  public OrderItem() {}

  public OrderItem(String sku, Order order) {
    this.sku = sku;
    this.order = order;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public Order getOrder() {
    return order;
  }

  public void setOrder(Order order) {
    this.order = order;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public void setDeletedAt(Instant deletedAt) {
    this.deletedAt = deletedAt;
  }

  @Override
  public String toString() {
    return "OrderItem[id=" + id + ", sku=" + sku + ", deletedAt=" + deletedAt + "]";
  }
}
