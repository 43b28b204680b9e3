package dev.paranoid.runtime;

import dev.paranoid.runtime.include.HeldKeyRegistry;

/**
 * Foreign keys held back by includes. A {@code @ManyToOne} whose target an include filtered out
 * (soft-deleted, not matching {@code include.where(...)}, dropped by a nested {@code required()})
 * reads as null, but its row still holds the key, and {@code update} and {@code create} keep
 * writing that key while the field stays null. So setting such a field to null changes nothing;
 * to clear the key, forget it first:
 *
 * <pre>{@code
 * HeldKeys.forget(story, StoryParanoidDao.AUTHOR);
 * story.setAuthor(null);
 * stories.update(story);        // created_by = NULL
 * }</pre>
 *
 * <p>Setting another target needs nothing: its key is written, and from then on null means NULL.
 */
public final class HeldKeys {

  private HeldKeys() {}

  /**
   * Forgets the key an include held back for {@code association} of {@code entity} (this
   * instance only), so that a null field is written as NULL. Does nothing when none is held.
   */
  public static <P> void forget(P entity, Association<P, ?> association) {
    HeldKeyRegistry.forget(entity, association);
  }
}
