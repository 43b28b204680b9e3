package dev.paranoid.bench.hibernate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * {@code bench_users} mapped the Hibernate way: soft delete by timestamp in {@code deleted_at}
 * (Hibernate filters it out of every load and turns {@code remove} into an UPDATE), removal
 * cascading to the projects, timestamps managed by Hibernate.
 */
@Entity
@Table(name = "bench_users")
@SoftDelete(columnName = "deleted_at", strategy = SoftDeleteType.TIMESTAMP)
public class HibernateUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @CreationTimestamp
  @Column(name = "created_at")
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  private Instant updatedAt;

  /** In key order, as Paranoid's include returns them; loaded in batches (default_batch_fetch_size). */
  @OneToMany(mappedBy = "user", cascade = CascadeType.REMOVE)
  @OrderBy("id")
  private List<HibernateProject> projects;

  protected HibernateUser() {}

  public HibernateUser(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<HibernateProject> getProjects() {
    return projects;
  }
}
