package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A paranoid entity with no column but its generated key and its deletion time: {@code create}
 * has no value to send (issue 10), so its INSERT lists no column at all.
 */
@Entity
@Table(name = "markers")
@Paranoid
public class Marker {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public Instant deletedAt;

  @Override
  public String toString() {
    return "Marker[id=" + id + ", deletedAt=" + deletedAt + "]";
  }
}
