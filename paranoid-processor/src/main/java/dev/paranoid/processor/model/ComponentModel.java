package dev.paranoid.processor.model;

import java.util.List;
import java.util.Locale;

/**
 * How a generated DAO is made injectable. Each model names the annotations it uses and the
 * dependency that provides them, so that a missing one is reported instead of generating code
 * that does not compile.
 */
public enum ComponentModel {
  DEFAULT("default", List.of(), null),
  JAKARTA("jakarta", List.of("jakarta.inject.Singleton", "jakarta.inject.Inject"),
      "jakarta.inject:jakarta.inject-api"),
  JAVAX("javax", List.of("javax.inject.Singleton", "javax.inject.Inject"), "javax.inject:javax.inject"),
  SPRING("spring", List.of("org.springframework.stereotype.Repository",
      "org.springframework.beans.factory.annotation.Autowired",
      "org.springframework.beans.factory.ObjectProvider"), "org.springframework:spring-context"),
  CDI("cdi", List.of("jakarta.enterprise.context.ApplicationScoped", "jakarta.inject.Inject",
      "jakarta.enterprise.inject.Instance"), "jakarta.enterprise:jakarta.enterprise.cdi-api");

  public static final String OPTION = "paranoid.componentModel";

  private final String optionValue;
  private final List<String> requiredTypes;
  private final String dependency;

  ComponentModel(String optionValue, List<String> requiredTypes, String dependency) {
    this.optionValue = optionValue;
    this.requiredTypes = requiredTypes;
    this.dependency = dependency;
  }

  /** The model a value names, or null for an unknown value. */
  public static ComponentModel fromValue(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    for (ComponentModel model : values()) {
      if (model.optionValue.equals(wanted)) {
        return model;
      }
    }
    return null;
  }

  public static String choices() {
    return "default, jakarta, javax, spring, cdi";
  }

  public String value() {
    return optionValue;
  }

  /** Types the generated code refers to, which must be on the user's compile classpath. */
  public List<String> requiredTypes() {
    return requiredTypes;
  }

  /** The Maven coordinates that provide {@link #requiredTypes()}. */
  public String dependency() {
    return dependency;
  }
}
