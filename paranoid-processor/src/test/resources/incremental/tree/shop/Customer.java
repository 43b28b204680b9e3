package shop;

import dev.paranoid.DeletedAt;
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

/** The root of the cascade tree: customer, purchase, purchase line, shipment event. */
@Entity
@Table(name = "customers")
@Paranoid
public class Customer {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String name;
  @OneToMany(mappedBy = "customer", cascade = CascadeType.REMOVE) List<Purchase> purchases;
  @DeletedAt Instant deletedAt;
}
