package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A setting named by an assigned key, versioned, with an optional alias unique among live rows:
 * what {@code upsert} matches by its key (issue 13).
 */
@Entity
@Table(name = "settings")
@Paranoid
public class Setting {

  @Id
  @Column(length = 60)
  private String name;

  private String value;

  @Column(unique = true, length = 60)
  private String alias;

  @Version
  private Long version;

  private Instant createdAt;
  private Instant updatedAt;
  private Instant deletedAt;

  public Setting() {}

  public Setting(String name, String value) {
    this.name = name;
    this.value = value;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getAlias() {
    return alias;
  }

  public void setAlias(String alias) {
    this.alias = alias;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
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
}
