package dev.paranoid.it.model;

import dev.paranoid.DeletedBy;
import dev.paranoid.Paranoid;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
 * A versioned folder that records who deleted it ({@code @DeletedBy}); its documents follow its
 * soft destroy and restore and record the same actor (issue 13).
 */
@Entity
@Table(name = "folders")
@Paranoid
public class Folder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Version
  private Long version;

  private Instant deletedAt;

  @DeletedBy
  @Column(name = "deleted_by", length = 60)
  private String deletedBy;

  @OneToMany(mappedBy = "folder", cascade = CascadeType.REMOVE)
  private List<Document> documents;

  public Folder() {}

  public Folder(String name) {
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

  public String getDeletedBy() {
    return deletedBy;
  }

  public void setDeletedBy(String deletedBy) {
    this.deletedBy = deletedBy;
  }

  public List<Document> getDocuments() {
    return documents;
  }

  public void setDocuments(List<Document> documents) {
    this.documents = documents;
  }
}
