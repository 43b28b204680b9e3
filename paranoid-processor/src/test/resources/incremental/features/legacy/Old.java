package legacy;

import dev.paranoid.*;
import javax.persistence.*;
import java.time.Instant;

@Entity @Table(name = "olds") @Paranoid(componentModel = "javax")
public class Old {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(name = "label") String name;
  @ManyToOne @JoinColumn(name = "client_id") club.Client client;
  Instant deletedAt;
}
