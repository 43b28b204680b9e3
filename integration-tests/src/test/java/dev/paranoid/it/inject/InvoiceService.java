package dev.paranoid.it.inject;

import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A service that gets the generated DAO injected by a JSR-330 container ({@code jakarta.inject}),
 * and cancels (soft-deletes) and reinstates (restores) invoices through it. Not a singleton
 * itself: each instance shares the DAO singleton.
 */
public class InvoiceService {

  private final InvoiceParanoidDao invoices;

  @Inject
  public InvoiceService(InvoiceParanoidDao invoices) {
    this.invoices = invoices;
  }

  InvoiceParanoidDao dao() {
    return invoices;
  }

  public Invoice issue(String customer) {
    return invoices.create(new Invoice(customer));
  }

  public boolean cancel(Invoice invoice) {
    return invoices.destroy(invoice);
  }

  public boolean reinstate(Invoice invoice) {
    return invoices.restore(invoice);
  }

  public Optional<Invoice> find(long id) {
    return invoices.findByPk(id);
  }

  public long open() {
    return invoices.count();
  }
}
