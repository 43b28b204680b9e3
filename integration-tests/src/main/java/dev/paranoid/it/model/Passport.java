package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The owning side of {@link Person}'s one-to-one: its join column holds the person's key. */
@Entity
@Table(name = "passports")
@Paranoid
public class Passport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "passport_number")
  public String number;

  @OneToOne
  @JoinColumn(name = "person_id")
  public Person person;

  public Instant deletedAt;

  public Passport() {}

  public Passport(String number, Person person) {
    this.number = number;
    this.person = person;
  }
}
