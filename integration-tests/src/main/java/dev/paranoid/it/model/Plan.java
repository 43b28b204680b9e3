package dev.paranoid.it.model;

import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A record with a generated key and a code unique among live rows: {@code upsert} matches it by
 * its code and returns the stored row as a new record (issue 13).
 */
@Entity
@Table(name = "plans")
@Paranoid
public record Plan(
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id,
    @Column(unique = true, nullable = false, length = 40) String code,
    String title,
    Instant createdAt,
    Instant updatedAt,
    @DeletedAt Instant deletedAt) {

  /** A plan not stored yet. */
  public static Plan of(String code, String title) {
    return new Plan(null, code, title, null, null, null);
  }
}
