package catalog;

import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A target in another package: purchases load it through their @ManyToOne. */
@Entity
@Table(name = "stores")
@Paranoid
public class Store {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
  @Column(name = "store_name") public String name;
  @DeletedAt public Instant deletedAt;
}
