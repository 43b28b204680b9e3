package dev.paranoid.it;

import dev.paranoid.Paranoid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A test-only entity for {@link DialectTest}: a generated key in a column spelled in upper case
 * ({@code ID}, unquoted, so PostgreSQL folds it to {@code id} and H2 keeps {@code ID}).
 */
@Entity
@Table(name = "upper_case_keys")
@Paranoid
public class UpperCaseKey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "ID")
  Long id;

  String name;

  Instant deletedAt;

  public UpperCaseKey() {}

  UpperCaseKey(String name) {
    this.name = name;
  }
}
