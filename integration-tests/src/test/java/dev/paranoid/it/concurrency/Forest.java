package dev.paranoid.it.concurrency;

import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The shared user → story → review trees of a race, and every parent/child link ever created (a
 * force-destroyed tree is replaced by a new one in its slot; its links stay known, so the
 * journal of the old rows can still be checked).
 */
final class Forest {

  /** One user with its stories, each with its reviews (written by the same user). */
  record Tree(long user, List<Long> stories, Map<Long, List<Long>> reviews) {

    List<Long> allReviews() {
      return stories.stream().flatMap(story -> reviews.get(story).stream()).toList();
    }
  }

  private final RaceDatabase race;
  private final int storiesPerUser;
  private final int reviewsPerStory;
  private final AtomicReferenceArray<Tree> slots;
  private final Map<String, String> parents = new ConcurrentHashMap<>();
  private final Map<String, List<String>> children = new ConcurrentHashMap<>();

  Forest(RaceDatabase race, int trees, int storiesPerUser, int reviewsPerStory) {
    this.race = race;
    this.storiesPerUser = storiesPerUser;
    this.reviewsPerStory = reviewsPerStory;
    this.slots = new AtomicReferenceArray<>(trees);
  }

  int size() {
    return slots.length();
  }

  Tree tree(int slot) {
    return slots.get(slot);
  }

  /** Creates the tree of {@code slot} (replacing a force-destroyed one), in the current call. */
  Tree plant(int slot) {
    Tree tree = race.inTransaction(() -> {
      User user = race.users().create(new User("u" + slot));
      List<Long> stories = new ArrayList<>();
      Map<Long, List<Long>> reviews = new ConcurrentHashMap<>();
      for (int s = 0; s < storiesPerUser; s++) {
        Story story = race.stories().create(new Story("s" + slot + "." + s, user));
        stories.add(story.getId());
        List<Long> ids = new ArrayList<>();
        for (int r = 0; r < reviewsPerStory; r++) {
          ids.add(race.reviews().create(new Review("r" + slot + "." + s + "." + r, 3, user, story))
              .getId());
        }
        reviews.put(story.getId(), List.copyOf(ids));
      }
      return new Tree(user.getId(), List.copyOf(stories), Map.copyOf(reviews));
    });
    for (long story : tree.stories()) {
      link("users", tree.user(), "stories", story);
      for (long review : tree.reviews().get(story)) {
        link("stories", story, "reviews", review);
      }
    }
    slots.set(slot, tree);
    return tree;
  }

  /** The parent row of a story or review ({@code "users#1"}), or null for a user. */
  String parentOf(String rowKey) {
    return parents.get(rowKey);
  }

  /** The child rows of a user or story. */
  List<String> childrenOf(String rowKey) {
    return children.getOrDefault(rowKey, List.of());
  }

  private void link(String parentTable, long parent, String childTable, long child) {
    String parentKey = Journal.key(parentTable, parent);
    String childKey = Journal.key(childTable, child);
    parents.put(childKey, parentKey);
    children.computeIfAbsent(parentKey, key -> new CopyOnWriteArrayList<>())
        .add(childKey);
  }
}
