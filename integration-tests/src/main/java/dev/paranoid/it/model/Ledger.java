package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A versioned parent whose versioned entries follow its soft destroy and restore
 * ({@code cascade = REMOVE}): a cascade must bump every row it changes, so that entities read
 * before it are stale.
 */
@Entity
@Table(name = "ledgers")
@Paranoid
public class Ledger {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Version
  private Long version;

  private Instant deletedAt;

  @OneToMany(mappedBy = "ledger", cascade = CascadeType.REMOVE)
  private List<LedgerEntry> entries;

  public Ledger() {}

  public Ledger(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public void setDeletedAt(Instant deletedAt) {
    this.deletedAt = deletedAt;
  }

  public List<LedgerEntry> getEntries() {
    return entries;
  }

  public void setEntries(List<LedgerEntry> entries) {
    this.entries = entries;
  }
}
