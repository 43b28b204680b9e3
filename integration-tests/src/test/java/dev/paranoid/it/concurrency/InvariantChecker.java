package dev.paranoid.it.concurrency;

import dev.paranoid.it.concurrency.Journal.Entry;
import dev.paranoid.it.concurrency.Journal.RowState;
import dev.paranoid.it.concurrency.Op.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks a race's calls against the journal and the stored rows; see {@link CascadeRaceTest} for
 * the invariants in prose. Each broken invariant is one violation, with the call and rows that
 * show it.
 *
 * <p>Some invariants need a row's state "at" a call that did not touch it. Where the call sits
 * in that row's history is known when the other call that changed the row returned before it
 * began (or began after it returned), or when both calls changed a common row, whose journal
 * order is the order they committed in (the second writer waits for the first one's commit). A
 * state that still depends on an unknown order is counted as undetermined, never as a
 * violation: the checker reports only what certainly happened.
 */
final class InvariantChecker {

  /**
   * The outcome: the violations (each a sentence, prefixed by its invariant), their count per
   * invariant, how many calls broke one, and how many states stayed undetermined.
   */
  record Result(List<String> violations, Map<String, Integer> counts, int wrongCalls,
      int undetermined) {}

  private enum Order { BEFORE, AFTER, UNKNOWN }

  private static final Map<String, Integer> DEPTH = Map.of("users", 0, "stories", 1, "reviews", 2);

  private final Map<Long, CallRecord> calls = new HashMap<>();
  private final Map<Long, List<Entry>> byCall = new HashMap<>();
  private final Map<String, List<Entry>> byRow = new LinkedHashMap<>();
  /** Per call, per row it changed: the journal position of its (first) change. */
  private final Map<Long, Map<String, Long>> seqs = new HashMap<>();
  private final Map<String, RowState> stored;
  private final Forest forest;
  private final List<String> violations = new ArrayList<>();
  private final Map<String, Integer> counts = new TreeMap<>();
  private final Set<Long> wrongCalls = new HashSet<>();
  private int undetermined;

  private InvariantChecker(List<CallRecord> records, List<Entry> entries,
      Map<String, RowState> stored, Forest forest) {
    for (CallRecord record : records) {
      calls.put(record.call(), record);
    }
    for (Entry entry : entries) {
      byCall.computeIfAbsent(entry.call(), c -> new ArrayList<>()).add(entry);
      byRow.computeIfAbsent(key(entry), k -> new ArrayList<>()).add(entry);
      seqs.computeIfAbsent(entry.call(), c -> new HashMap<>()).putIfAbsent(key(entry), entry.seq());
    }
    this.stored = stored;
    this.forest = forest;
  }

  static Result check(List<CallRecord> records, List<Entry> entries,
      Map<String, RowState> stored, Forest forest) {
    InvariantChecker checker = new InvariantChecker(records, entries, stored, forest);
    checker.journalIsTheStoredState();
    for (CallRecord record : records) {
      checker.result(record);
      if (!record.failed() && record.op().cascades()) {
        checker.scope(record);
        checker.reach(record);
      } else if (!record.failed() && record.op().kind() != Kind.CREATE) {
        checker.ownRowsOnly(record);
      }
    }
    checker.finalState();
    return new Result(List.copyOf(checker.violations), Map.copyOf(checker.counts),
        checker.wrongCalls.size(), checker.undetermined);
  }

  /** Harness sanity: each row's entries chain up, every entry names a call, replay = store. */
  private void journalIsTheStoredState() {
    for (Map.Entry<String, List<Entry>> row : byRow.entrySet()) {
      RowState state = RowState.GONE;
      for (Entry entry : row.getValue()) {
        RowState before = entry.kind() == 'I' ? RowState.GONE : RowState.of(entry.oldDeletedAt());
        if (!before.equals(state)) {
          violation("journal",
              entry + " does not follow the row's previous state " + state);
        }
        if (!calls.containsKey(entry.call())) {
          violation("journal", entry + " was made outside any recorded call");
        }
        state = entry.after();
      }
      RowState now = stored.getOrDefault(row.getKey(), RowState.GONE);
      if (!now.equals(state)) {
        violation("journal", row.getKey() + " is stored " + now + " but its journal ends "
            + state);
      }
    }
    for (String row : stored.keySet()) {
      if (!byRow.containsKey(row)) {
        violation("journal", row + " is stored but was never journaled");
      }
    }
  }

  /** A call returned what it changed, changed it the way its kind says, or nothing if it failed. */
  private void result(CallRecord record) {
    List<Entry> entries = entriesOf(record.call());
    Op op = record.op();
    if (record.failed()) {
      if (!entries.isEmpty()) {
        violation("results", record, " failed but changed " + entries);
      }
      return;
    }
    Predicate<Entry> shape = switch (op.kind()) {
      case SOFT_DESTROY -> entry -> entry.softDestroyed()
          && entry.newDeletedAt().equals(Calls.stampOf(record.call()));
      case RESTORE -> Entry::restored;
      case FORCE_DESTROY -> Entry::removed;
      case UPDATE -> Entry::plainUpdate;
      case CREATE -> entry -> entry.kind() == 'I';
    };
    for (Entry entry : entries) {
      if (!shape.test(entry)) {
        violation("results", record, " made a change of the wrong kind (or with another"
            + " instant than its own, " + Calls.stampOf(record.call()) + "): " + entry);
      }
    }
    if (op.kind() == Kind.CREATE) {
      return;
    }
    List<Entry> roots = entries.stream().filter(entry -> entry.table().equals(op.table())).toList();
    if (roots.size() != record.result()) {
      violation("results", record, " returned " + record.result() + " but changed "
          + roots.size() + " of its rows: " + roots);
    }
    for (Entry root : roots) {
      if (!op.ids().contains(root.rowId())) {
        violation("results", record, " changed " + key(root) + ", which it was not asked to");
      }
    }
  }

  /** Calls without a cascade change their own table's target rows only. */
  private void ownRowsOnly(CallRecord record) {
    for (Entry entry : entriesOf(record.call())) {
      if (!entry.table().equals(record.op().table())) {
        violation("scope", record, " does not cascade but changed " + entry);
      }
    }
  }

  /**
   * A cascade changes nothing else than the descendants of the rows it changed, the same way:
   * a child it stamped has a parent it stamped; a child it restored has a parent it restored
   * from the same instant (exact restore); a child it removed, a parent it removed.
   */
  private void scope(CallRecord record) {
    List<Entry> entries = entriesOf(record.call());
    Map<String, Entry> mine = entries.stream()
        .collect(Collectors.toMap(InvariantChecker::key, entry -> entry, (a, b) -> a));
    int rootDepth = DEPTH.get(record.op().table());
    for (Entry entry : entries) {
      int depth = DEPTH.get(entry.table());
      if (depth < rootDepth) {
        violation("scope", record, " changed a row above its own table: " + entry);
      } else if (depth > rootDepth) {
        Entry parent = mine.get(forest.parentOf(key(entry)));
        boolean sameWay = parent != null && switch (record.op().kind()) {
          case SOFT_DESTROY -> parent.softDestroyed();
          case RESTORE -> parent.restored()
              && parent.oldDeletedAt().equals(entry.oldDeletedAt());
          case FORCE_DESTROY -> parent.removed();
          default -> false;
        };
        if (!sameWay) {
          violation("scope", record, " changed " + entry + " without changing its parent "
              + forest.parentOf(key(entry)) + " the same way"
              + (parent == null ? "" : " (it did " + parent + ")"));
        }
      }
    }
  }

  /**
   * A cascade reaches every child it must: a soft destroy stamps every child that was live when
   * it ran; an exact restore revives every child that carried its parent's instant.
   */
  private void reach(CallRecord record) {
    Kind kind = record.op().kind();
    if (kind != Kind.SOFT_DESTROY && kind != Kind.RESTORE) {
      return;
    }
    List<Entry> entries = entriesOf(record.call());
    Set<String> mine = entries.stream().map(InvariantChecker::key).collect(Collectors.toSet());
    for (Entry parent : entries) {
      for (String child : forest.childrenOf(key(parent))) {
        if (mine.contains(child)) {
          continue;
        }
        List<RowState> states = statesAt(child, record.call());
        Predicate<RowState> missed = kind == Kind.SOFT_DESTROY
            ? RowState::live
            : state -> state.exists() && Objects.equals(state.deletedAt(), parent.oldDeletedAt());
        long misses = states.stream().filter(missed).count();
        if (misses == states.size()) {
          violation("reach", record, (kind == Kind.SOFT_DESTROY
              ? " deleted " + key(parent) + " but left its child " + child + " live"
              : " restored " + key(parent) + " from " + parent.oldDeletedAt()
                  + " but left its child " + child + ", deleted at the same instant, hidden")
              + "; the child's history: " + byRow.get(child));
        } else if (misses > 0) {
          undetermined++;
        }
      }
    }
  }

  /**
   * At the end: every deletion time is the instant of a call that stamped that row, and no row
   * carries a cascade's instant under a live parent (an exact restore of the parent would have
   * revived it).
   */
  private void finalState() {
    for (Map.Entry<String, RowState> row : stored.entrySet()) {
      RowState state = row.getValue();
      if (state.live()) {
        continue;
      }
      long call = Calls.callOf(state.deletedAt());
      CallRecord stamper = calls.get(call);
      boolean stamped = entriesOf(call).stream()
          .anyMatch(entry -> key(entry).equals(row.getKey()) && entry.softDestroyed());
      if (stamper == null || !stamped) {
        violation("final",
            row.getKey() + " is " + state + ", which no call stamped on it");
        continue;
      }
      String parent = forest.parentOf(row.getKey());
      boolean fromAbove = DEPTH.get(stamper.op().table()) < DEPTH.get(tableOf(row.getKey()));
      if (parent != null && fromAbove
          && stored.getOrDefault(parent, RowState.GONE).live()) {
        violation("final", row.getKey() + " still carries the instant of " + stamper
            + ", which reached it from above, but its parent " + parent + " is live");
      }
    }
  }

  /**
   * The states {@code row} may have had when {@code call} ran (which did not change it): after
   * its last change known to come before the call, or after any change whose order is unknown.
   * A row's changes are in commit order, so a change known to come before the call puts every
   * earlier one before it, and one known to come after puts every later one after it: the search
   * starts where the call's own first write falls in the row's history and stops at the first
   * change known on each side (long runs stay linear).
   */
  private List<RowState> statesAt(String row, long call) {
    List<Entry> history = byRow.getOrDefault(row, List.of());
    int start = firstAfter(history, entriesOf(call).get(0).seq());
    int lastBefore = -1;
    int end = history.size();
    for (int i = start - 1; i >= 0; i--) {
      Order order = order(history.get(i).call(), call);
      if (order == Order.BEFORE) {
        lastBefore = i;
        break;
      } else if (order == Order.AFTER) {
        end = i;
      }
    }
    for (int i = start; i < end; i++) {
      Order order = order(history.get(i).call(), call);
      if (order == Order.AFTER) {
        end = i;
      } else if (order == Order.BEFORE) {
        lastBefore = i;
      }
    }
    List<RowState> states = new ArrayList<>();
    states.add(lastBefore < 0 ? RowState.GONE : history.get(lastBefore).after());
    for (int i = lastBefore + 1; i < end; i++) {
      states.add(history.get(i).after());
    }
    return states;
  }

  /** The index of the first entry of {@code history} (in journal order) after {@code seq}. */
  private static int firstAfter(List<Entry> history, long seq) {
    int low = 0;
    int high = history.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (history.get(middle).seq() <= seq) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** Whether call {@code a} committed before or after call {@code b}, when that is certain. */
  private Order order(long a, long b) {
    CallRecord first = calls.get(a);
    CallRecord second = calls.get(b);
    if (first == null || second == null) {
      return Order.UNKNOWN;
    }
    if (first.endNanos() < second.startNanos()) {
      return Order.BEFORE;
    }
    if (second.endNanos() < first.startNanos()) {
      return Order.AFTER;
    }
    Map<String, Long> rowsOfA = seqs.getOrDefault(a, Map.of());
    Map<String, Long> rowsOfB = seqs.getOrDefault(b, Map.of());
    for (Map.Entry<String, Long> row : rowsOfA.entrySet()) {
      Long other = rowsOfB.get(row.getKey());
      if (other != null) {
        return row.getValue() < other ? Order.BEFORE : Order.AFTER;
      }
    }
    return Order.UNKNOWN;
  }

  private List<Entry> entriesOf(long call) {
    return byCall.getOrDefault(call, List.of());
  }

  private void violation(String invariant, String text) {
    violations.add(invariant + ": " + text);
    counts.merge(invariant, 1, Integer::sum);
  }

  /** A violation by one call (which then counts among the calls that broke a promise). */
  private void violation(String invariant, CallRecord record, String text) {
    violation(invariant, record + text);
    wrongCalls.add(record.call());
  }

  private static String key(Entry entry) {
    return Journal.key(entry.table(), entry.rowId());
  }

  private static String tableOf(String rowKey) {
    return rowKey.substring(0, rowKey.indexOf('#'));
  }
}
