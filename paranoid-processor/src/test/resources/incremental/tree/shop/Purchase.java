package shop;

import catalog.Store;
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
@Table(name = "purchases")
@Paranoid
public class Purchase {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne @JoinColumn(name = "customer_id") Customer customer;
  @ManyToOne @JoinColumn(name = "store_id") Store store;
  String reference;
  @OneToMany(mappedBy = "purchase", cascade = CascadeType.REMOVE) List<PurchaseLine> lines;
  @DeletedAt Instant deletedAt;
}
