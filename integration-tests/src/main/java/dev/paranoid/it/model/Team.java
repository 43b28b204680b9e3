package dev.paranoid.it.model;

import dev.paranoid.runtime.schema.SqlType;
import dev.paranoid.runtime.schema.TableDefinition;
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

  /**
   * The table: Team is a plain {@code @Entity}, so no DAO (and no generated definition) describes
   * it; the demo, the tests and the benchmarks create it from this.
   */
  public static final TableDefinition TABLE_DEFINITION = TableDefinition.builder("teams")
      .identityKey("id", SqlType.BIGINT)
      .column("name", SqlType.VARCHAR)
      .build();

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
