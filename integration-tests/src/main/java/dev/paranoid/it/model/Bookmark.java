package dev.paranoid.it.model;

import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A record entity: the DAO reads rows through the canonical constructor, {@code create} returns a
 * new record with the generated id and timestamps, and instance {@code destroy}/{@code restore}
 * only say whether a row changed (read the row again to see its new state).
 */
@Entity
@Table(name = "bookmarks")
@Paranoid
public record Bookmark(
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id,
    String url,
    Instant createdAt,
    Instant updatedAt,
    @DeletedAt Instant deletedAt) {

  /** A bookmark not stored yet. */
  public static Bookmark of(String url) {
    return new Bookmark(null, url, null, null, null);
  }

  public Bookmark withUrl(String newUrl) {
    return new Bookmark(id, newUrl, createdAt, updatedAt, deletedAt);
  }
}
