package shop;

import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "purchase_lines")
@Paranoid
public class PurchaseLine {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne @JoinColumn(name = "purchase_id") Purchase purchase;
  int quantity;
  @OneToMany(mappedBy = "line", cascade = CascadeType.REMOVE) List<ShipmentEvent> events;
  @DeletedAt Instant deletedAt;
}
