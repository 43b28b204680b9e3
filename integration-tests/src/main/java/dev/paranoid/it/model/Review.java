package dev.paranoid.it.model;

import dev.paranoid.CreatedAt;
import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import dev.paranoid.UpdatedAt;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A review of a story, written by a user (column {@code created_by}). */
@Entity
@Table(name = "reviews")
@Paranoid
public class Review {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String body;

  private int stars;

  @ManyToOne
  @JoinColumn(name = "created_by")
  private User author;

  @ManyToOne
  @JoinColumn(name = "story_id")
  private Story story;

  @CreatedAt
  private Instant createdAt;

  @UpdatedAt
  private Instant updatedAt;

  @DeletedAt
  private Instant deletedAt;

  public Review() {}

  public Review(String body, int stars, User author, Story story) {
    this.body = body;
    this.stars = stars;
    this.author = author;
    this.story = story;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public int getStars() {
    return stars;
  }

  public void setStars(int stars) {
    this.stars = stars;
  }

  public User getAuthor() {
    return author;
  }

  public void setAuthor(User author) {
    this.author = author;
  }

  public Story getStory() {
    return story;
  }

  public void setStory(Story story) {
    this.story = story;
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
    return "Review[id=" + id + ", stars=" + stars + ", deletedAt=" + deletedAt + "]";
  }
}
