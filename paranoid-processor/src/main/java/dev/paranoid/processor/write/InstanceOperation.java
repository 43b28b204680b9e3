package dev.paranoid.processor.write;

import dev.paranoid.processor.model.Property;
import java.util.List;
import java.util.Optional;

/**
 * What an operation on one entity instance (create, update, destroy, restore) does around its
 * statements: the protocol that {@link InstanceProtocol} writes.
 *
 * @param name the operation, as its messages name it ({@code "destroy"})
 * @param pre the callbacks that run first, outside any transaction of the DAO's own
 * @param post the callbacks that run after the statements; when there are some, the statements
 *     and the callbacks run in one transaction, so that a callback that throws undoes the rows
 * @param undo the properties the operation sets on the entity, given back their former values
 *     when the rows are rolled back (empty for a record: the DAO never changes one)
 * @param checkedVersion the {@code @Version} property whose value names the row, for an operation
 *     that checks it; empty otherwise
 */
record InstanceOperation(
    String name,
    List<String> pre,
    List<String> post,
    List<Property> undo,
    Optional<Property> checkedVersion) {

  InstanceOperation {
    pre = List.copyOf(pre);
    post = List.copyOf(post);
    undo = List.copyOf(undo);
  }

  /** Whether the statements run in a transaction of the operation's own, with the post callbacks. */
  boolean inTransaction() {
    return !post.isEmpty();
  }

  /** The operation's past participle, for messages: destroyed, restored, updated. */
  String done() {
    return name.endsWith("e") ? name + "d" : name + "ed";
  }
}
