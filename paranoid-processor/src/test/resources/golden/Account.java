package com.example.billing;

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

/** A versioned entity with a callback for each lifecycle step, its fields reached directly. */
@Entity
@Table(name = "accounts")
@Paranoid
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String owner;

  @Version
  Integer version;

  Instant updatedAt;

  Instant deletedAt;

  @PrePersist
  void prePersist() {}

  @PostPersist
  void postPersist() {}

  @PreUpdate
  void preUpdate() {}

  @PostUpdate
  void postUpdate() {}

  @PreRemove
  void preRemove() {}

  @PostRemove
  void postRemove() {}

  @PreRestore
  void preRestore() {}

  @PostRestore
  void postRestore() {}
}
