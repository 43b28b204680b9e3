package dev.paranoid.processor;

import com.google.auto.service.AutoService;
import dev.paranoid.processor.check.EntityChecks;
import dev.paranoid.processor.model.ComponentModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.read.EntityReader;
import dev.paranoid.processor.read.Naming;
import dev.paranoid.processor.read.ReadResult;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import dev.paranoid.processor.report.Reporter;
import dev.paranoid.processor.write.DaoWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;

/**
 * Generates a {@code <Entity>ParanoidDao} for each {@code @Paranoid} class: read each class into a
 * model, check it, write it. A broken entity is reported and skipped; the others are still
 * generated, so one build shows every problem. No exception leaves {@link #process}.
 */
@AutoService(Processor.class)
public final class ParanoidProcessor extends AbstractProcessor {

  static final String PARANOID = "dev.paranoid.Paranoid";

  private final Set<String> reportedModules = new java.util.HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(PARANOID);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Naming.OPTION, ComponentModel.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    if (annotations.isEmpty()) {
      return false;
    }
    String namingOption = processingEnv.getOptions().get(Naming.OPTION);
    Naming naming = Naming.fromOption(namingOption);
    if (naming == null) {
      reporter.report(new Diagnostic(Message.BAD_OPTION, null, null, null,
          Message.BAD_OPTION.format(Naming.OPTION, namingOption, Naming.choices())));
      return false;
    }
    String componentOption = processingEnv.getOptions().get(ComponentModel.OPTION);
    ComponentModel componentModel = componentOption == null
        ? ComponentModel.DEFAULT : ComponentModel.fromValue(componentOption);
    if (componentModel == null) {
      reporter.report(new Diagnostic(Message.BAD_OPTION, null, null, null,
          Message.BAD_OPTION.format(ComponentModel.OPTION, componentOption, ComponentModel.choices())));
      return false;
    }
    EntityReader reader = new EntityReader(
        processingEnv.getElementUtils(), processingEnv.getTypeUtils(), naming, componentModel);
    TypeElement paranoid = processingEnv.getElementUtils().getTypeElement(PARANOID);
    for (Element element : round.getElementsAnnotatedWith(paranoid)) {
      if (!readsJavaCompiler(element, reporter)) {
        continue;
      }
      try {
        processEntity((TypeElement) element, reader, reporter);
      } catch (RuntimeException | LinkageError e) {
        reporter.report(Diagnostic.on(element, Message.INTERNAL_ERROR,
            element.getSimpleName(), e.toString()));
      }
    }
    return false;
  }

  /**
   * In a named module, the generated {@code @Generated} needs {@code java.compiler}: say so once
   * per module, on the module, rather than let javac fail on the generated source.
   */
  private boolean readsJavaCompiler(Element entity, Reporter reporter) {
    ModuleElement module = processingEnv.getElementUtils().getModuleOf(entity);
    if (module == null || module.isUnnamed()) {
      return true;
    }
    boolean reads = module.getDirectives().stream()
        .filter(directive -> directive.getKind() == ModuleElement.DirectiveKind.REQUIRES)
        .map(directive -> ((ModuleElement.RequiresDirective) directive).getDependency())
        .anyMatch(dependency -> dependency.getQualifiedName().contentEquals("java.compiler"));
    if (!reads && reportedModules.add(module.getQualifiedName().toString())) {
      reporter.report(Diagnostic.on(module, Message.MODULE_READS_COMPILER, module.getQualifiedName()));
    }
    return reads;
  }

  private void processEntity(TypeElement type, EntityReader reader, Reporter reporter) {
    ReadResult result = reader.read(type);
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    EntityModel model = result.model().orElse(null);
    if (model != null) {
      diagnostics.addAll(EntityChecks.check(model));
    }
    reporter.reportAll(diagnostics);
    if (model == null || diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return;
    }
    try {
      DaoWriter.write(model).writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      reporter.report(Diagnostic.on(type, Message.INTERNAL_ERROR, type.getSimpleName(),
          "could not write " + model.daoName() + ": " + e.getMessage()));
    }
  }
}
