package dev.paranoid.bench.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * The benchmarks' parent: a user whose soft destroy cascades to its projects (one level, so that
 * "a parent with N children" means exactly N rows below it).
 */
@Entity
@Table(name = "bench_users")
@Paranoid
public class BenchUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  private Instant createdAt;

  private Instant updatedAt;

  private Instant deletedAt;

  @OneToMany(mappedBy = "user", cascade = CascadeType.REMOVE)
  private List<BenchProject> projects;

  public BenchUser() {}

  public BenchUser(String name) {
    this.name = name;
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

  public List<BenchProject> getProjects() {
    return projects;
  }

  public void setProjects(List<BenchProject> projects) {
    this.projects = projects;
  }
}
