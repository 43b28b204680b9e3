package dev.paranoid.runtime;

/**
 * An instance {@code update}, {@code destroy} or {@code restore} found its row changed since the
 * entity was read: the entity's {@code @Version} no longer matches. Nothing was changed; read the
 * row again and retry.
 */
public class OptimisticLockException extends ParanoidException {

  private static final long serialVersionUID = 1L;

  public OptimisticLockException(String message) {
    super(message, null, null);
  }
}
