package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A project of a user. Deliberately without {@code @DeletedAt}, {@code @CreatedAt} or
 * {@code @UpdatedAt}: the fields named {@code deletedAt}, {@code createdAt} and {@code updatedAt}
 * are used (conformance C01), on the default columns {@code deleted_at} etc.
 */
@Entity
@Table(name = "projects")
@Paranoid
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  private int likes;

  @ManyToOne
  @JoinColumn(name = "user_id")
  private User user;

  /** A plain (non-paranoid) entity: includes of it are never filtered. */
  @ManyToOne
  @JoinColumn(name = "team_id")
  private Team team;

  private Instant createdAt;

  private Instant updatedAt;

  private Instant deletedAt;

  public Project() {}

  public Project(String title, int likes, User user) {
    this.title = title;
    this.likes = likes;
    this.user = user;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getLikes() {
    return likes;
  }

  public void setLikes(int likes) {
    this.likes = likes;
  }

  public User getUser() {
    return user;
  }

  public void setUser(User user) {
    this.user = user;
  }

  public Team getTeam() {
    return team;
  }

  public void setTeam(Team team) {
    this.team = team;
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
    return "Project[id=" + id + ", title=" + title + ", likes=" + likes + ", deletedAt="
        + deletedAt + "]";
  }
}
