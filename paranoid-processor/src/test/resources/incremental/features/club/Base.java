package club;

import dev.paranoid.DeletedAt;
import dev.paranoid.PreRestore;
import jakarta.persistence.*;
import java.time.Instant;

/** A generic mapped superclass: key, version, deletion column, a callback. */
@MappedSuperclass
public abstract class Base<K> {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Version private long version;
  @DeletedAt private Instant deletedAt;
  @Transient private String scratch;
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public long getVersion() { return version; }
  public void setVersion(long version) { this.version = version; }
  public Instant getDeletedAt() { return deletedAt; }
  public void setDeletedAt(Instant deletedAt) { this.deletedAt = deletedAt; }
  @PrePersist void beforeCreate() {}
  @PreRestore void beforeRestore() {}
}
