package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A paranoid entity with an assigned key and nothing else but its deletion time (issue 10). */
@Entity
@Table(name = "badges")
@Paranoid
public class Badge {

  @Id
  public String code;

  public Instant deletedAt;

  public Badge() {}

  public Badge(String code) {
    this.code = code;
  }

  @Override
  public String toString() {
    return "Badge[code=" + code + ", deletedAt=" + deletedAt + "]";
  }
}
