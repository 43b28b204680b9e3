package dev.paranoid.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.paranoid.processor.model.ComponentModel;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Naming;
import dev.paranoid.processor.read.AutoApplyConverters;
import dev.paranoid.processor.read.EntityReader;
import dev.paranoid.processor.read.MissingType;
import dev.paranoid.processor.read.ReadResult;
import dev.paranoid.processor.report.Diagnostic;
import dev.paranoid.processor.report.Message;
import dev.paranoid.processor.report.Reporter;
import dev.paranoid.processor.write.DaoWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Generates a {@code <Entity>ParanoidDao} for each {@code @Paranoid} class: read each class into a
 * checked model, write it. A broken entity is reported and skipped; the others are still generated,
 * so one build shows every problem. An entity that needs a type not generated yet (by another
 * processor) waits for a later round. No exception leaves {@link #process}.
 */
@AutoService(Processor.class)
public final class ParanoidProcessor extends AbstractProcessor {

  static final String PARANOID = "dev.paranoid.Paranoid";

  private final Set<String> reportedModules = new HashSet<>();

  /**
   * Entities waiting for a type another processor has still to generate, by qualified name: they
   * are read again next round, and reported in the last round if the type never appeared.
   */
  private final Set<String> waiting = new LinkedHashSet<>();

  /** The build's auto-applied JPA converters, gathered round by round. */
  private final AutoApplyConverters autoApplyConverters = new AutoApplyConverters();

  /**
   * Paranoid's own annotations, all of them: the processor claims them (see {@link #process}), so
   * that javac's {@code -Xlint:processing} does not list {@code @DeletedAt} and its siblings as
   * annotations nobody handled. And JPA's {@code @Converter}, whose {@code autoApply} converters
   * every DAO must apply as JPA does; declaring it also makes Gradle hand the converters to the
   * processor again on an incremental build.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(List.of("dev.paranoid.*"));
    types.addAll(AutoApplyConverters.CONVERTER_ANNOTATIONS);
    return types;
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
    if (annotations.isEmpty() && waiting.isEmpty()) {
      return false;
    }
    List<Map.Entry<String, String>> unknown =
        UnknownOptions.of(processingEnv.getOptions(), getSupportedOptions());
    for (Map.Entry<String, String> option : unknown) {
      reporter.report(new Diagnostic(Message.UNKNOWN_OPTION, null, null, null,
          Message.UNKNOWN_OPTION.format(option.getKey(), option.getValue(),
              String.join(", ", new TreeSet<>(getSupportedOptions())))));
    }
    if (!unknown.isEmpty()) {
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
    autoApplyConverters.collect(round, processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    EntityReader reader = new EntityReader(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), naming, componentModel, autoApplyConverters);
    // each type never found, with the entities that waited for it, reported once in the last round
    Map<MissingType, List<String>> neverFound = new LinkedHashMap<>();
    for (TypeElement entity : entitiesOf(round)) {
      if (!readsJavaCompiler(entity, reporter)) {
        continue;
      }
      try {
        List<MissingType> missing = reader.missingTypes(entity);
        String name = entity.getQualifiedName().toString();
        if (missing.isEmpty() || name.isEmpty()) {
          processEntity(entity, reader, reporter);
        } else if (!round.processingOver()) {
          waiting.add(name);
        } else {
          missing.forEach(type -> neverFound.computeIfAbsent(type, key -> new ArrayList<>())
              .add("\"" + entity.getSimpleName() + "\""));
        }
      } catch (RuntimeException | LinkageError e) {
        reporter.report(Diagnostic.on(entity, Message.INTERNAL_ERROR,
            entity.getSimpleName(), e.toString(), stackTrace(e)));
      }
    }
    neverFound.forEach((type, entities) -> reporter.report(Diagnostic.on(type.element(),
        Message.MISSING_TYPE, type.where(), type.type(), String.join(", ", entities))));
    // Paranoid's annotations are its own: no other processor needs to see them
    return true;
  }

  /**
   * This round's entities: those that waited for a missing type, fetched again by name (an element
   * does not outlive its round), then the newly annotated ones.
   */
  private List<TypeElement> entitiesOf(RoundEnvironment round) {
    Elements elements = processingEnv.getElementUtils();
    List<TypeElement> entities = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String name : waiting) {
      TypeElement entity = elements.getTypeElement(name);
      if (entity != null && names.add(name)) {
        entities.add(entity);
      }
    }
    waiting.clear();
    TypeElement paranoid = elements.getTypeElement(PARANOID);
    if (paranoid == null) {
      return entities;
    }
    for (Element element : round.getElementsAnnotatedWith(paranoid)) {
      TypeElement entity = (TypeElement) element; // @Paranoid's target is TYPE
      String name = entity.getQualifiedName().toString();
      if (name.isEmpty() || names.add(name)) {
        entities.add(entity);
      }
    }
    return entities;
  }

  private static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
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
    reporter.reportAll(result.diagnostics());
    EntityModel model = result.model().orElse(null);
    if (model == null) {
      return;
    }
    try {
      writeDao(DaoWriter.write(model), reader.readTypes(type));
    } catch (IOException e) {
      reporter.report(Diagnostic.on(type, Message.INTERNAL_ERROR, type.getSimpleName(),
          "could not write " + model.daoName() + ": " + e, stackTrace(e)));
    }
  }

  /**
   * Writes {@code dao} through the Filer with every entity its entity was read with (and their
   * superclasses) as originating elements, not only its own: a DAO's text also depends on the
   * entities it includes and cascades to (their tables, columns and join columns), and on the
   * build's auto-applied converters. The processor is therefore declared {@code aggregating} to
   * Gradle (META-INF/gradle/incremental.annotation.processors), which reprocesses every annotated
   * type on each incremental build; the full list is for any other tool that tracks originating
   * elements.
   */
  private void writeDao(JavaFile dao, List<TypeElement> readTypes) throws IOException {
    String name = dao.packageName().isEmpty()
        ? dao.typeSpec().name() : dao.packageName() + "." + dao.typeSpec().name();
    JavaFileObject file = processingEnv.getFiler()
        .createSourceFile(name, readTypes.toArray(new Element[0]));
    try (Writer writer = file.openWriter()) {
      dao.writeTo(writer);
    }
  }
}
