package club;

import dev.paranoid.*;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.*;

/** Private fields with accessors, a generic superclass, constants, enums, a converter, nested types. */
@Entity @Table(name = "clients", uniqueConstraints = @UniqueConstraint(columnNames = {"cst_code"}))
@Paranoid(componentModel = "jakarta")
public class Client extends Base<Long> {
  /** A nested enum. */
  public enum Tier { FREE, PAID }

  @Column(name = Names.CODE, length = Names.LENGTH, nullable = false) private String code;
  @Enumerated(EnumType.STRING) private Tier tier;
  @Enumerated private Grade grade;
  @Convert(converter = YesNo.class) private Boolean vip;
  @Lob private byte[] photo;
  private UUID token;
  @CreatedAt private Instant createdAt;
  @UpdatedAt private Instant updatedAt;
  @DeletedBy private String deletedBy;
  private transient int cache;
  static int counter;
  @OneToMany(mappedBy = "client", cascade = CascadeType.ALL) private List<Contract> contracts = new ArrayList<>();
  @OneToMany(mappedBy = "client") private Set<Visit> visits;
  @OneToOne(mappedBy = "client", cascade = CascadeType.REMOVE) private Card card;

  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public Tier getTier() { return tier; }
  public void setTier(Tier tier) { this.tier = tier; }
  public Grade getGrade() { return grade; }
  public void setGrade(Grade grade) { this.grade = grade; }
  public Boolean getVip() { return vip; }
  public void setVip(Boolean vip) { this.vip = vip; }
  public byte[] getPhoto() { return photo; }
  public void setPhoto(byte[] photo) { this.photo = photo; }
  public UUID getToken() { return token; }
  public void setToken(UUID token) { this.token = token; }
  public Instant getCreatedAt() { return createdAt; }
  public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
  public String getDeletedBy() { return deletedBy; }
  public void setDeletedBy(String deletedBy) { this.deletedBy = deletedBy; }
  public List<Contract> getContracts() { return contracts; }
  public void setContracts(List<Contract> contracts) { this.contracts = contracts; }
  public Set<Visit> getVisits() { return visits; }
  public void setVisits(Set<Visit> visits) { this.visits = visits; }
  public Card getCard() { return card; }
  public void setCard(Card card) { this.card = card; }
  // the lambda is a synthetic method in the class file, which reading must not see
  @PostRestore void afterRestore() { Runnable r = () -> counter++; r.run(); }
  @PostLoad void loaded() {}

  /** A nested entity. */
  @Entity @Table(name = "client_notes") @Paranoid
  public static class Note {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String text;
    @ManyToOne @JoinColumn(name = "client_ref") Client client;
    Instant deletedAt;
  }
}
