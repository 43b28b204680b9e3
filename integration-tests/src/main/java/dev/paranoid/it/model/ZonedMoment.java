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
import java.time.OffsetDateTime;

/**
 * {@link Instant} and {@link OffsetDateTime} on {@code TIMESTAMP(6) WITH TIME ZONE} columns, the
 * deletion column included: the columns hold the instant. H2 and
 * PostgreSQL only: MariaDB has no zoned timestamp type and a {@code columnDefinition} is used
 * verbatim, so this table cannot be created there (the zone-less {@link Moment} covers MariaDB).
 */
@Entity
@Table(name = "zoned_moments")
@Paranoid
public class ZonedMoment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String label;

  @Column(columnDefinition = "TIMESTAMP(6) WITH TIME ZONE")
  private Instant instantAt;

  @Column(columnDefinition = "TIMESTAMP(6) WITH TIME ZONE")
  private OffsetDateTime offsetAt;

  @DeletedAt
  @Column(columnDefinition = "TIMESTAMP(6) WITH TIME ZONE")
  private Instant deletedAt;

  public ZonedMoment() {}

  public ZonedMoment(String label, Instant instantAt, OffsetDateTime offsetAt) {
    this.label = label;
    this.instantAt = instantAt;
    this.offsetAt = offsetAt;
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

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public void setDeletedAt(Instant deletedAt) {
    this.deletedAt = deletedAt;
  }

  @Override
  public String toString() {
    return "ZonedMoment[id=" + id + ", label=" + label + ", instantAt=" + instantAt
        + ", offsetAt=" + offsetAt + ", deletedAt=" + deletedAt + "]";
  }
}
