package dev.paranoid.it.model;

import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * An order, named with SQL reserved words on purpose: table {@code order}, column {@code group},
 * and a join column {@code user} to {@link User}. Its {@link OrderItem}s reference it through a
 * join column named {@code order}, and deleting an order soft-deletes them
 * ({@code cascade = REMOVE}), so cascades and to-many includes run over reserved names too.
 */
@Entity
@Table(name = "order")
@Paranoid
public class Order {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group")
  private String group;

  private int quantity;

  @ManyToOne
  @JoinColumn(name = "user")
  private User user;

  @OneToMany(mappedBy = "order", cascade = CascadeType.REMOVE)
  private List<OrderItem> items;

  private Instant createdAt;

  private Instant updatedAt;

  @DeletedAt
  private Instant deletedAt;

  public Order() {}

  public Order(String group, int quantity, User user) {
    this.group = group;
    this.quantity = quantity;
    this.user = user;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public User getUser() {
    return user;
  }

  public void setUser(User user) {
    this.user = user;
  }

  public List<OrderItem> getItems() {
    return items;
  }

  public void setItems(List<OrderItem> items) {
    this.items = items;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public void setDeletedAt(Instant deletedAt) {
    this.deletedAt = deletedAt;
  }

  @Override
  public String toString() {
    return "Order[id=" + id + ", group=" + group + ", deletedAt=" + deletedAt + "]";
  }
}
