package dev.paranoid.runtime;

/**
 * An association field of entity {@code P} whose target is {@code C}; the generated DAO has one
 * constant per association ({@code UserParanoidDao.STORIES}). Usable directly as an include.
 */
public interface Association<P, C> extends Include<P, C> {

  /** The association's field name on {@code P}. */
  String name();
}
