package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A member of an organisation, with unique keys that hold among live rows only: its e-mail
 * ({@code @Column(unique = true)}) and its handle within its organisation
 * ({@code @Table(uniqueConstraints)}). Once a member is soft-deleted, both may be reused.
 * {@code length}, {@code nullable}, {@code precision} and {@code scale} feed the schema helper.
 */
@Entity
@Table(name = "members", uniqueConstraints = @UniqueConstraint(columnNames = {"org", "handle"}))
@Paranoid
public class Member {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(unique = true, nullable = false, length = 120)
  private String email;

  @Column(length = 40)
  private String org;

  @Column(length = 40)
  private String handle;

  @Column(precision = 10, scale = 3)
  private BigDecimal dues;

  private Instant createdAt;

  private Instant updatedAt;

  private Instant deletedAt;

  public Member() {}

  public Member(String email, String org, String handle) {
    this.email = email;
    this.org = org;
    this.handle = handle;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
  }

  public String getHandle() {
    return handle;
  }

  public void setHandle(String handle) {
    this.handle = handle;
  }

  public BigDecimal getDues() {
    return dues;
  }

  public void setDues(BigDecimal dues) {
    this.dues = dues;
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
    return "Member[id=" + id + ", email=" + email + ", org=" + org + ", handle=" + handle
        + ", deletedAt=" + deletedAt + "]";
  }
}
