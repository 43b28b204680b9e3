package club;

import dev.paranoid.*;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.Collection;

/** A UUID key, numeric and temporal types, an auto-applied converter, a plain child in a Collection. */
@Entity @Table(name = "contracts") @Paranoid
public class Contract {
  @Id java.util.UUID id;
  @ManyToOne @JoinColumn(name = "client_fk") Client client;
  @Column(precision = 12, scale = 2) BigDecimal amount;
  LocalDate signedOn;
  LocalDateTime at;
  OffsetDateTime offset;
  double rate;
  Integer boxed;
  char letter;
  Code reference; // through the auto-applied CodeConverter
  @OneToMany(mappedBy = "contract", cascade = CascadeType.REMOVE) Collection<Clause> clauses;
  @DeletedAt Instant removedAt;
}
