package dev.paranoid.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.paranoid.processor.model.ComponentModel;
import javax.lang.model.element.Modifier;

/**
 * Makes the DAO injectable for the entity's component model: a scope annotation on the class
 * and an injectable constructor. A {@code Clock} bean is used where the container can say
 * whether one exists (Spring, CDI); JSR-330 cannot, so there the system UTC clock is used.
 */
final class ComponentWriter {

  private ComponentWriter() {}

  /**
   * An injectable {@code (DataSource, Provider<Clock>, Provider<Auditor<?>>)} constructor,
   * {@code clockChoice} saying which clock to use ({@code $T} is {@code Clock}) and
   * {@code auditorChoice} which auditor (or null).
   */
  private static MethodSpec beanAwareConstructor(
      ClassName inject, ClassName provider, String clockChoice, String auditorChoice) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(inject)
        .addJavadoc("For injection: a DAO on the container's {@link $T}, with its {@link $T} bean if"
            + " there is one, else the system UTC clock, and its {@link $T} bean if there is one.\n",
            RuntimeNames.DATA_SOURCE, RuntimeNames.CLOCK, RuntimeNames.AUDITOR)
        .addParameter(RuntimeNames.DATA_SOURCE, "dataSource")
        .addParameter(ParameterizedTypeName.get(provider, RuntimeNames.CLOCK), "clock")
        .addParameter(ParameterizedTypeName.get(provider, ParameterizedTypeName.get(
            RuntimeNames.AUDITOR, WildcardTypeName.subtypeOf(Object.class))), "auditor")
        .addStatement("this(dataSource, $T.builder()\n.clock(" + clockChoice + ")\n.auditor("
            + auditorChoice + ")\n.build())", RuntimeNames.DAO_CONFIG, RuntimeNames.CLOCK)
        .build();
  }

  /** The annotation for the {@code (DataSource)} constructor: JSR-330's {@code @Inject}, or none. */
  static AnnotationSpec dataSourceConstructorAnnotation(ComponentModel model) {
    return switch (model) {
      case JAKARTA -> AnnotationSpec.builder(RuntimeNames.JAKARTA_INJECT).build();
      case JAVAX -> AnnotationSpec.builder(RuntimeNames.JAVAX_INJECT).build();
      default -> null;
    };
  }

  /**
   * Whether the class may be final: CDI's normal scopes proxy their beans, and so does Spring's
   * exception translation for every {@code @Repository} (a class-based CGLIB subclass).
   */
  static boolean isFinal(ComponentModel model) {
    return model != ComponentModel.CDI && model != ComponentModel.SPRING;
  }

  static void apply(TypeSpec.Builder dao, DaoContext context) {
    ComponentModel model = context.model.componentModel();
    switch (model) {
      case DEFAULT -> { }
      case JAKARTA -> dao.addAnnotation(RuntimeNames.JAKARTA_SINGLETON);
      case JAVAX -> dao.addAnnotation(RuntimeNames.JAVAX_SINGLETON);
      case SPRING -> {
        dao.addAnnotation(RuntimeNames.SPRING_REPOSITORY);
        dao.addMethod(beanAwareConstructor(RuntimeNames.SPRING_AUTOWIRED,
            RuntimeNames.SPRING_OBJECT_PROVIDER, "clock.getIfAvailable($T::systemUTC)",
            "auditor.getIfAvailable()"));
      }
      case CDI -> {
        dao.addAnnotation(RuntimeNames.CDI_APPLICATION_SCOPED);
        dao.addMethod(beanAwareConstructor(RuntimeNames.JAKARTA_INJECT, RuntimeNames.CDI_INSTANCE,
            "clock.isResolvable() ? clock.get() : $T.systemUTC()",
            "auditor.isResolvable() ? auditor.get() : null"));
        dao.addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addJavadoc("For CDI's client proxies only: a proxy delegates every call to the real bean.\n")
            .addStatement("this.table = null")
            .addStatement("this.executor = null")
            .build());
      }
    }
  }
}
