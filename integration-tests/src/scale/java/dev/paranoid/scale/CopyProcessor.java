package dev.paranoid.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A stand-in for Paranoid in the "copy" configuration: for each {@code @Paranoid} class it writes
 * the DAO source an earlier Paranoid build generated, through the Filer, and does nothing else.
 * javac then runs the same extra round over the same generated code as with Paranoid, so
 * "with" minus "copy" is the time Paranoid itself spends reading entities and writing DAOs.
 */
public final class CopyProcessor extends AbstractProcessor {

  /** The directory holding the DAO sources of the earlier build, laid out by package. */
  static final String SOURCES_OPTION = "scale.daoSources";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.paranoid.*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SOURCES_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement paranoid = processingEnv.getElementUtils().getTypeElement("dev.paranoid.Paranoid");
    if (paranoid == null) {
      return false;
    }
    Path sources = Path.of(processingEnv.getOptions().get(SOURCES_OPTION));
    for (Element element : round.getElementsAnnotatedWith(paranoid)) {
      String dao = ((TypeElement) element).getQualifiedName() + "ParanoidDao";
      try (Writer out = processingEnv.getFiler().createSourceFile(dao, element).openWriter()) {
        out.write(Files.readString(
            sources.resolve(dao.replace('.', '/') + ".java"), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return true;
  }
}
