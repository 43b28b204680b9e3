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
 * A test-only entity whose DAO is a Spring bean: {@code componentModel = "spring"} makes
 * {@link MemoParanoidDao} a {@code @Repository} that component scanning finds, with an
 * {@code @Autowired} constructor taking the context's {@code DataSource} and its {@code Clock} bean
 * if there is one. JavaBean properties (private fields).
 */
@Entity
@Table(name = "memos")
@Paranoid(componentModel = "spring")
public class Memo {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String text;

  private Instant createdAt;

  private Instant updatedAt;

  private Instant deletedAt;

  @DeletedBy
  private String deletedBy;

  public Memo() {}

  public Memo(String text) {
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
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
}
