package dev.paranoid.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * {@code bench_projects} mapped the Hibernate way. The owner is eager: Hibernate refuses a lazy
 * to-one whose target has {@code @SoftDelete} (UnsupportedMappingException).
 */
@Entity
@Table(name = "bench_projects")
@SoftDelete(columnName = "deleted_at", strategy = SoftDeleteType.TIMESTAMP)
public class HibernateProject {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @ManyToOne
  @JoinColumn(name = "user_id")
  private HibernateUser user;

  /**
   * The owner's key as a plain column, for bulk statements, as an expert maps it: {@code p.user.id}
   * in HQL joins the owner's table (to skip soft-deleted owners), and on H2 the bulk delete became
   * a MERGE joined to {@code bench_users} that took seconds more.
   */
  @Column(name = "user_id", insertable = false, updatable = false)
  private Long userId;

  @CreationTimestamp
  @Column(name = "created_at")
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  private Instant updatedAt;

  protected HibernateProject() {}

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public HibernateUser getUser() {
    return user;
  }

  public Long getUserId() {
    return userId;
  }
}
