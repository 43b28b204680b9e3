package dev.paranoid.it.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the statements one call sent are the statements its Javadoc shows. The documentation
 * of a call is a sequence of slots (the method's own Javadoc; for a query with includes, then
 * each include constant's), each with its alternatives (the variants the call may be: one for a
 * call whose boolean parameter is known, several for a query built step by step), each an ordered
 * list of statements.
 *
 * <p>The call matches when its statements, in order, can be split over the slots so that each
 * slot's part matches, in documented order, a subsequence of one alternative: every statement
 * sent is documented, a documented statement may not run (a cascade skips a level with no rows),
 * and nothing runs out of documented order.
 */
public final class DocumentedCall {

  /** One documented statement: where it is documented, its variant, its place, its shape. */
  public record Statement(String owner, String variant, int index, SqlShape shape) {}

  private DocumentedCall() {}

  /**
   * The documented statement each sent statement matched, in order, or null when the sent
   * statements are not the documented ones.
   */
  public static List<Statement> match(List<String> sent, List<List<List<Statement>>> slots) {
    return match(sent, 0, slots, 0);
  }

  private static List<Statement> match(
      List<String> sent, int from, List<List<List<Statement>>> slots, int slot) {
    if (slot == slots.size()) {
      return from == sent.size() ? new ArrayList<>() : null;
    }
    List<List<Statement>> alternatives = slots.get(slot);
    for (List<Statement> alternative : alternatives.isEmpty() ? List.of(List.<Statement>of())
        : alternatives) {
      // the longest run of sent statements that is a subsequence of this alternative (earliest
      // matches first, which finds one whenever there is one), then every shorter split
      List<Statement> chain = new ArrayList<>();
      int next = 0;
      for (int i = from; i < sent.size(); i++) {
        int at = find(alternative, next, sent.get(i));
        if (at < 0) {
          break;
        }
        chain.add(alternative.get(at));
        next = at + 1;
      }
      for (int taken = chain.size(); taken >= 0; taken--) {
        List<Statement> rest = match(sent, from + taken, slots, slot + 1);
        if (rest != null) {
          List<Statement> matched = new ArrayList<>(chain.subList(0, taken));
          matched.addAll(rest);
          return matched;
        }
      }
    }
    return null;
  }

  private static int find(List<Statement> statements, int from, String sent) {
    for (int i = from; i < statements.size(); i++) {
      if (statements.get(i).shape().matches(sent)) {
        return i;
      }
    }
    return -1;
  }
}
