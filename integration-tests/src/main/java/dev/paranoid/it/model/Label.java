package dev.paranoid.it.model;

import dev.paranoid.DeletedAt;
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
 * A record child of {@link Shelf}: read through its canonical constructor when a shelf includes
 * its labels, soft-deleted and restored with it (issue 14).
 */
@Entity
@Table(name = "labels")
@Paranoid
public record Label(
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id,
    String text,
    @ManyToOne @JoinColumn(name = "shelf_id") Shelf shelf,
    @DeletedAt Instant deletedAt) {

  /** A label not stored yet. */
  public static Label of(String text, Shelf shelf) {
    return new Label(null, text, shelf, null);
  }
}
