package dev.paranoid.it.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A plain JPA entity, deliberately not {@code @Paranoid}: it has no deletion column and no DAO
 * of its own, and is only loaded through includes ({@code ProjectParanoidDao.TEAM}), which never
 * filter it.
 */
@Entity
@Table(name = "teams")
public class Team {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  public Team() {}

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

  @Override
  public String toString() {
    return "Team[id=" + id + ", name=" + name + "]";
  }
}
