package dev.paranoid.it;

import dev.paranoid.CreatedAt;
import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A test-only entity for conformance C02: its deletion field is not named deletedAt and lives in
 * a custom column ({@code removed_at}); its creation time too ({@code opened_at}). No
 * {@code @Table}: the table is {@code ticket}. Package-private fields, accessed directly.
 */
@Entity
@Paranoid
public class Ticket {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String subject;

  @CreatedAt
  @Column(name = "opened_at")
  Instant openedAt;

  @DeletedAt
  @Column(name = "removed_at")
  Instant archivedOn;

  public Ticket() {}

  Ticket(String subject) {
    this.subject = subject;
  }
}
