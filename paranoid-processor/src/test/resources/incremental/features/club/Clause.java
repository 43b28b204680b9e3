package club;

import jakarta.persistence.*;

/** A plain @Entity child (not @Paranoid): only the processor's reading of it, never processed. */
@Entity @Table(name = "clauses")
public class Clause {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne Contract contract;
  String text;
}
