package dev.paranoid.processor.read;

import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.report.Diagnostic;
import java.util.List;
import java.util.Optional;

/** What reading one entity gave: a model when nothing was wrong, and every diagnostic found. */
public record ReadResult(Optional<EntityModel> model, List<Diagnostic> diagnostics) {

  public ReadResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
