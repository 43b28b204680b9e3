package shop;

import dev.paranoid.DeletedAt;
import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The deepest child: its join column is named in the cascade SQL of all three ancestors' DAOs. */
@Entity
@Table(name = "shipment_events")
@Paranoid
public class ShipmentEvent {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne @JoinColumn(name = "line_id") PurchaseLine line;
  @Enumerated(EnumType.STRING) ShipmentStatus status;
  @DeletedAt Instant deletedAt;
}
