package dev.paranoid.it.inject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A CDI service that gets the generated DAO injected (constructor injection, as a user writes it)
 * and files, discards (soft-deletes) and recovers (restores) folios through it. Application-scoped
 * itself, so it has the no-argument constructor a client proxy needs, like the DAO.
 */
@ApplicationScoped
public class FolioService {

  private final FolioParanoidDao folios;

  @Inject
  public FolioService(FolioParanoidDao folios) {
    this.folios = folios;
  }

  /** For CDI's client proxy only: the proxy delegates every call to the real bean. */
  protected FolioService() {
    this.folios = null;
  }

  FolioParanoidDao dao() {
    return folios;
  }

  public Folio file(String title) {
    return folios.create(new Folio(title));
  }

  /** Soft delete: the row stays, stamped with the DAO's clock and the auditor's actor. */
  public boolean discard(Folio folio) {
    return folios.destroy(folio);
  }

  public boolean recover(Folio folio) {
    return folios.restore(folio);
  }

  public boolean discardById(long id) {
    return folios.destroyByPk(id);
  }

  public Optional<Folio> find(long id) {
    return folios.findByPk(id);
  }

  public Optional<Folio> findEvenIfDiscarded(long id) {
    return folios.findByPk(id, true);
  }

  public long live() {
    return folios.count();
  }
}
