package dev.paranoid.processor.model;

import java.util.List;

/**
 * The entity's lifecycle methods (names), run by the DAO's instance forms: JPA's
 * {@code @PrePersist ... @PostRemove} and Paranoid's {@code @PreRestore}/{@code @PostRestore}.
 */
public record Callbacks(
    List<String> prePersist,
    List<String> postPersist,
    List<String> preUpdate,
    List<String> postUpdate,
    List<String> preRemove,
    List<String> postRemove,
    List<String> preRestore,
    List<String> postRestore) {

  public static final Callbacks NONE =
      new Callbacks(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
}
