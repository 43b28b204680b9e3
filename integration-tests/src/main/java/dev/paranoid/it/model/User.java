package dev.paranoid.it.model;

import dev.paranoid.CreatedAt;
import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import dev.paranoid.UpdatedAt;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A user, as in Sequelize's paranoid guide: soft-deleted through {@code deleted_at}; deleting a
 * user soft-deletes the stories it wrote ({@code cascade = REMOVE}) but leaves its projects alone.
 */
@Entity
@Table(name = "users")
@Paranoid
public class User {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @CreatedAt
  private Instant createdAt;

  @UpdatedAt
  private Instant updatedAt;

  @DeletedAt
  @Column(name = "deleted_at")
  private Instant deletedAt;

  @OneToMany(mappedBy = "author", cascade = CascadeType.REMOVE)
  private List<Story> stories;

  @OneToMany(mappedBy = "user")
  private List<Project> projects;

  public User() {}

  public User(String username) {
    this.username = username;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
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

  public List<Story> getStories() {
    return stories;
  }

  public void setStories(List<Story> stories) {
    this.stories = stories;
  }

  public List<Project> getProjects() {
    return projects;
  }

  public void setProjects(List<Project> projects) {
    this.projects = projects;
  }

  @Override
  public String toString() {
    return "User[id=" + id + ", username=" + username + ", deletedAt=" + deletedAt + "]";
  }
}
