package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A class whose children are records ({@link Label}): included and cascaded (issue 14). */
@Entity
@Table(name = "shelves")
@Paranoid
public class Shelf {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;

  public Instant deletedAt;

  @OneToMany(mappedBy = "shelf", cascade = CascadeType.REMOVE)
  public List<Label> labels;

  public Shelf() {}

  public Shelf(String name) {
    this.name = name;
  }
}
