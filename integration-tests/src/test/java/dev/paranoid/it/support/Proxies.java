package dev.paranoid.it.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The plumbing of the JDBC wrappers in this package: a dynamic proxy that keeps identity
 * semantics for {@code equals}/{@code hashCode}, names itself in {@code toString}, and hands every
 * other call to a handler.
 */
final class Proxies {

  private Proxies() {}

  static <T> T proxy(Class<T> type, Object real, String label, InvocationHandler handler) {
    Object instance = Proxy.newProxyInstance(
        Proxies.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
          switch (method.getName()) {
            case "equals":
              if (method.getParameterCount() == 1) {
                return self == args[0];
              }
              break;
            case "hashCode":
              if (method.getParameterCount() == 0) {
                return System.identityHashCode(self);
              }
              break;
            case "toString":
              if (method.getParameterCount() == 0) {
                return label + "[" + real + "]";
              }
              break;
            default:
              break;
          }
          return handler.invoke(self, method, args);
        });
    return type.cast(instance);
  }

  /** Calls {@code method} on {@code target}, rethrowing what it threw (not a reflection wrapper). */
  static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
