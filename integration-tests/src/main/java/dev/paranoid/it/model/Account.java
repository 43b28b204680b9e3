package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import dev.paranoid.PostRestore;
import dev.paranoid.PreRestore;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * An account with an optimistic-lock {@code @Version} and a method for each of the eight lifecycle
 * callbacks (JPA's six plus {@code @PreRestore}/{@code @PostRestore}). Each callback records its
 * name, with the entity's version and deletion time at that moment, in {@link #EVENTS}; the one
 * named by {@link #failOn} throws instead, so tests can abort an operation at every step.
 */
@Entity
@Table(name = "accounts")
@Paranoid
public class Account {

  /** Every callback run, in order: {@code "PreUpdate:alice"} etc. Tests clear it. */
  public static final List<String> EVENTS = new ArrayList<>();

  /**
   * Called by every callback (after recording it) with the callback's name and this entity, so a
   * test can look at the database at that moment; null for none.
   */
  public static volatile BiConsumer<String, Account> listener;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  /** A wrapper, so that a new account's null version exercises the DAO's "null is 0" rule. */
  @Version
  private Integer version;

  private Instant createdAt;

  private Instant updatedAt;

  private Instant deletedAt;

  /** Not mapped (transient): the callback that throws, e.g. "PostUpdate"; null for none. */
  private transient String failOn;

  public Account() {}

  public Account(String name) {
    this.name = name;
  }

  @PrePersist
  void prePersist() {
    event("PrePersist");
  }

  @PostPersist
  void postPersist() {
    event("PostPersist");
  }

  @PreUpdate
  void preUpdate() {
    event("PreUpdate");
  }

  @PostUpdate
  void postUpdate() {
    event("PostUpdate");
  }

  @PreRemove
  void preRemove() {
    event("PreRemove");
  }

  @PostRemove
  void postRemove() {
    event("PostRemove");
  }

  @PreRestore
  void preRestore() {
    event("PreRestore");
  }

  @PostRestore
  void postRestore() {
    event("PostRestore");
  }

  private void event(String callback) {
    synchronized (EVENTS) {
      EVENTS.add(callback + ":" + name);
    }
    BiConsumer<String, Account> current = listener;
    if (current != null) {
      current.accept(callback, this);
    }
    if (callback.equals(failOn)) {
      throw new IllegalStateException("Account." + callback + " failed on purpose");
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
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

  public String getFailOn() {
    return failOn;
  }

  public void setFailOn(String failOn) {
    this.failOn = failOn;
  }

  @Override
  public String toString() {
    return "Account[id=" + id + ", name=" + name + ", version=" + version + ", deletedAt="
        + deletedAt + "]";
  }
}
