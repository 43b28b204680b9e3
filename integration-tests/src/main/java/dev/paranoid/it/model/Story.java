package dev.paranoid.it.model;

import dev.paranoid.CreatedAt;
import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import dev.paranoid.UpdatedAt;
import jakarta.persistence.CascadeType;
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

/** A story written by a user (column {@code created_by}); its reviews go with it. */
@Entity
@Table(name = "stories")
@Paranoid
public class Story {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @ManyToOne
  @JoinColumn(name = "created_by")
  private User author;

  @OneToMany(mappedBy = "story", cascade = CascadeType.REMOVE)
  private List<Review> reviews;

  @CreatedAt
  private Instant createdAt;

  @UpdatedAt
  private Instant updatedAt;

  @DeletedAt
  private Instant deletedAt;

  public Story() {}

  public Story(String title, User author) {
    this.title = title;
    this.author = author;
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

  public User getAuthor() {
    return author;
  }

  public void setAuthor(User author) {
    this.author = author;
  }

  public List<Review> getReviews() {
    return reviews;
  }

  public void setReviews(List<Review> reviews) {
    this.reviews = reviews;
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
    return "Story[id=" + id + ", title=" + title + ", deletedAt=" + deletedAt + "]";
  }
}
