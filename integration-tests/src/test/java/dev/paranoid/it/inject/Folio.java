package dev.paranoid.it.inject;

import dev.paranoid.DeletedBy;
import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A test-only entity whose DAO is a CDI bean: {@code componentModel = "cdi"} makes
 * {@link FolioParanoidDao} an {@code @ApplicationScoped}, proxyable class with an {@code @Inject}
 * {@code (DataSource, Instance<Clock>, Instance<Auditor<?>>)} constructor, which Weld SE calls.
 * Records who deleted it ({@code @DeletedBy}). Fields accessed directly.
 */
@Entity
@Table(name = "folios")
@Paranoid(componentModel = "cdi")
public class Folio {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String title;

  public Instant createdAt;

  public Instant updatedAt;

  public Instant deletedAt;

  @DeletedBy
  public String deletedBy;

  public Folio() {}

  public Folio(String title) {
    this.title = title;
  }
}
