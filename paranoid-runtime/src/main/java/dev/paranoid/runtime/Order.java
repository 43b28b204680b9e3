package dev.paranoid.runtime;

/** A sort key for {@link Query#orderBy}, made by {@link Column#asc()} or {@link Column#desc()}. */
public interface Order<E> {

  /** The SQL of this sort key, e.g. {@code username DESC}. */
  String sql();
}
