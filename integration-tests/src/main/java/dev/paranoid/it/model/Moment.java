package dev.paranoid.it.model;

import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The three java.time types on zone-less columns ({@code TIMESTAMP(6)}, MariaDB
 * {@code DATETIME(6)}), which hold UTC wall-clock time; the deletion time is a
 * {@link LocalDateTime} (UTC).
 */
@Entity
@Table(name = "moments")
@Paranoid
public class Moment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String label;

  private Instant instantAt;

  private OffsetDateTime offsetAt;

  private LocalDateTime localAt;

  @DeletedAt
  private LocalDateTime deletedAt;

  public Moment() {}

  public Moment(String label, Instant instantAt, OffsetDateTime offsetAt, LocalDateTime localAt) {
    this.label = label;
    this.instantAt = instantAt;
    this.offsetAt = offsetAt;
    this.localAt = localAt;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Instant getInstantAt() {
    return instantAt;
  }

  public void setInstantAt(Instant instantAt) {
    this.instantAt = instantAt;
  }

  public OffsetDateTime getOffsetAt() {
    return offsetAt;
  }

  public void setOffsetAt(OffsetDateTime offsetAt) {
    this.offsetAt = offsetAt;
  }

  public LocalDateTime getLocalAt() {
    return localAt;
  }

  public void setLocalAt(LocalDateTime localAt) {
    this.localAt = localAt;
  }

  public LocalDateTime getDeletedAt() {
    return deletedAt;
  }

  public void setDeletedAt(LocalDateTime deletedAt) {
    this.deletedAt = deletedAt;
  }

  @Override
  public String toString() {
    return "Moment[id=" + id + ", label=" + label + ", instantAt=" + instantAt + ", offsetAt="
        + offsetAt + ", localAt=" + localAt + ", deletedAt=" + deletedAt + "]";
  }
}
