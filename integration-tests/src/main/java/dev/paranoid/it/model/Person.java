package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The inverse side of a one-to-one ({@code @OneToOne(mappedBy)}): its {@link Passport} holds the
 * key; an include loads it (at most one), and the cascade follows it (issue 14).
 */
@Entity
@Table(name = "persons")
@Paranoid
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;

  public Instant deletedAt;

  @OneToOne(mappedBy = "person", cascade = CascadeType.REMOVE)
  public Passport passport;

  public Person() {}

  public Person(String name) {
    this.name = name;
  }
}
