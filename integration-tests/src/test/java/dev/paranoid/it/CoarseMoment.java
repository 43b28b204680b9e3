package dev.paranoid.it;

import dev.paranoid.Paranoid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A test-only entity for {@link TimestampPrecisionTest}: zone-less times on millisecond columns,
 * declared {@code TIMESTAMP(3)}. MariaDB spells that {@code DATETIME(3)} (its {@code TIMESTAMP}
 * converts through the session zone and ends in 2038), and a {@code columnDefinition} cannot
 * differ per database, so on MariaDB the test rewrites this DAO's {@code TABLE_DEFINITION}.
 */
@Entity
@Table(name = "coarse_moments")
@Paranoid
public class CoarseMoment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(columnDefinition = "TIMESTAMP(3)")
  Instant seenAt;

  @Column(columnDefinition = "TIMESTAMP(3)")
  LocalDateTime localAt;

  @Column(columnDefinition = "TIMESTAMP(3)")
  Instant deletedAt;

  public CoarseMoment() {}

  CoarseMoment(Instant seenAt, LocalDateTime localAt) {
    this.seenAt = seenAt;
    this.localAt = localAt;
  }
}
