package dev.paranoid.it.model;

import dev.paranoid.DeletedBy;
import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document of a {@link Folder}: deleted with it, by the same actor ({@code @DeletedBy}). */
@Entity
@Table(name = "documents")
@Paranoid
public class Document {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String title;

  @ManyToOne
  @JoinColumn(name = "folder_id")
  public Folder folder;

  public Instant deletedAt;

  @DeletedBy
  public String deletedBy;

  public Document() {}

  public Document(String title, Folder folder) {
    this.title = title;
    this.folder = folder;
  }
}
