package club;

import dev.paranoid.*;
import jakarta.persistence.*;
import java.time.Instant;

/** A record: components, a converter, a nested enum of another class. */
@Entity @Paranoid
public record Visit(@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id,
    @ManyToOne @JoinColumn(name = "client_id") Client client,
    @Convert(converter = YesNo.class) Boolean paid,
    Client.Tier tier,
    @DeletedAt Instant deletedAt) {}
