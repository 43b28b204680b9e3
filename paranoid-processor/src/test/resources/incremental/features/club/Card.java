package club;

import dev.paranoid.*;
import jakarta.persistence.*;
import java.time.Instant;

/** The owning side of an inverse @OneToOne. */
@Entity @Paranoid
public class Card {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @OneToOne @JoinColumn(name = "owner_id") Client client;
  Instant deletedAt;
}
