package dev.paranoid.it.model;

import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A paranoid entity without createdAt/updatedAt (Sequelize: "soft delete without timestamps",
 * conformance C03), with an assigned UUID key and fields accessed directly. The deletion time is a
 * {@link LocalDateTime} holding UTC wall-clock time.
 */
@Entity
@Table(name = "notes")
@Paranoid
public class Note {

  @Id
  public UUID id;

  public String text;

  @DeletedAt
  public LocalDateTime deletedAt;

  public Note() {}

  public Note(UUID id, String text) {
    this.id = id;
    this.text = text;
  }

  @Override
  public String toString() {
    return "Note[id=" + id + ", text=" + text + ", deletedAt=" + deletedAt + "]";
  }
}
