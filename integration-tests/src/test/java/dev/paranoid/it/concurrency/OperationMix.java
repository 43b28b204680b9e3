package dev.paranoid.it.concurrency;

import dev.paranoid.it.concurrency.Op.Kind;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import java.util.List;
import java.util.Random;

/**
 * What the racing threads do: mostly soft destroy and restore of users (by key, entity and
 * {@code ID.in(a, b)}, all cascading to stories and reviews), of stories (cascading to reviews)
 * and of reviews, some {@code update}s, and now and then a force destroy of a user (whose tree
 * the caller then plants again). Entities are built afresh for each call, never shared between
 * threads.
 */
final class OperationMix {

  private final RaceDatabase race;
  private final Forest forest;
  private final boolean cascading;

  /**
   * The whole mix, or with {@code cascading} false only calls that change one row (review
   * destroy and restore, updates): the control run that shows the harness itself sound.
   */
  OperationMix(RaceDatabase race, Forest forest, boolean cascading) {
    this.race = race;
    this.forest = forest;
    this.cascading = cascading;
  }

  /** A random operation on the trees as they are now. */
  Op next(Random random) {
    Forest.Tree tree = forest.tree(random.nextInt(forest.size()));
    int roll = random.nextInt(100);
    if (!cascading) {
      return singleRow(roll, random, tree);
    }
    if (roll < 10) {
      return new Op(Kind.SOFT_DESTROY, "users", "byPk", List.of(tree.user()));
    } else if (roll < 20) {
      return new Op(Kind.RESTORE, "users", "byPk", List.of(tree.user()));
    } else if (roll < 26) {
      return new Op(Kind.SOFT_DESTROY, "users", "entity", List.of(tree.user()));
    } else if (roll < 32) {
      return new Op(Kind.RESTORE, "users", "entity", List.of(tree.user()));
    } else if (roll < 38) {
      return new Op(Kind.SOFT_DESTROY, "users", "bulk", twoUsers(random, tree));
    } else if (roll < 44) {
      return new Op(Kind.RESTORE, "users", "bulk", twoUsers(random, tree));
    } else if (roll < 45) {
      return new Op(Kind.FORCE_DESTROY, "users", "byPk", List.of(tree.user()));
    } else if (roll < 55) {
      return new Op(Kind.SOFT_DESTROY, "stories", "byPk", List.of(story(random, tree)));
    } else if (roll < 65) {
      return new Op(Kind.RESTORE, "stories", "byPk", List.of(story(random, tree)));
    } else if (roll < 76) {
      return new Op(Kind.SOFT_DESTROY, "reviews", "byPk", List.of(review(random, tree)));
    } else if (roll < 87) {
      return new Op(Kind.RESTORE, "reviews", "byPk", List.of(review(random, tree)));
    } else if (roll < 90) {
      return new Op(Kind.UPDATE, "users", "entity", List.of(tree.user()));
    } else if (roll < 95) {
      return new Op(Kind.UPDATE, "stories", "entity", List.of(story(random, tree)));
    }
    return new Op(Kind.UPDATE, "reviews", "entity", List.of(review(random, tree)));
  }

  /**
   * Runs {@code op} through the DAOs (in the caller's current call); returns what the call
   * returned, a boolean as 0 or 1.
   */
  int run(Op op) {
    long id = op.ids().get(0);
    return switch (op.table()) {
      case "users" -> users(op, id);
      case "stories" -> stories(op, id);
      case "reviews" -> reviews(op, id);
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  private int users(Op op, long id) {
    if (op.form().equals("bulk")) {
      return op.kind() == Kind.SOFT_DESTROY
          ? race.users().destroy(UserParanoidDao.ID.in(op.ids()))
          : race.users().restore(UserParanoidDao.ID.in(op.ids()));
    }
    boolean entity = op.form().equals("entity");
    return bit(switch (op.kind()) {
      case SOFT_DESTROY -> entity ? race.users().destroy(user(id)) : race.users().destroyByPk(id);
      case RESTORE -> entity ? race.users().restore(user(id)) : race.users().restoreByPk(id);
      case FORCE_DESTROY -> race.users().destroyByPk(id, true);
      case UPDATE -> race.users().update(user(id));
      case CREATE -> throw new IllegalArgumentException(op.toString());
    });
  }

  private int stories(Op op, long id) {
    return bit(switch (op.kind()) {
      case SOFT_DESTROY -> race.stories().destroyByPk(id);
      case RESTORE -> race.stories().restoreByPk(id);
      case UPDATE -> race.stories().update(story(id));
      default -> throw new IllegalArgumentException(op.toString());
    });
  }

  private int reviews(Op op, long id) {
    return bit(switch (op.kind()) {
      case SOFT_DESTROY -> race.reviews().destroyByPk(id);
      case RESTORE -> race.reviews().restoreByPk(id);
      case UPDATE -> race.reviews().update(review(id));
      default -> throw new IllegalArgumentException(op.toString());
    });
  }

  private Op singleRow(int roll, Random random, Forest.Tree tree) {
    if (roll < 40) {
      return new Op(Kind.SOFT_DESTROY, "reviews", "byPk", List.of(review(random, tree)));
    } else if (roll < 80) {
      return new Op(Kind.RESTORE, "reviews", "byPk", List.of(review(random, tree)));
    } else if (roll < 85) {
      return new Op(Kind.UPDATE, "users", "entity", List.of(tree.user()));
    } else if (roll < 90) {
      return new Op(Kind.UPDATE, "stories", "entity", List.of(story(random, tree)));
    }
    return new Op(Kind.UPDATE, "reviews", "entity", List.of(review(random, tree)));
  }

  private List<Long> twoUsers(Random random, Forest.Tree tree) {
    Forest.Tree other = forest.tree(random.nextInt(forest.size()));
    return other.user() == tree.user() ? List.of(tree.user()) : List.of(tree.user(), other.user());
  }

  private static long story(Random random, Forest.Tree tree) {
    return tree.stories().get(random.nextInt(tree.stories().size()));
  }

  private static long review(Random random, Forest.Tree tree) {
    List<Long> reviews = tree.allReviews();
    return reviews.get(random.nextInt(reviews.size()));
  }

  private static User user(long id) {
    User user = new User("renamed" + id);
    user.setId(id);
    return user;
  }

  /** A story as its tree made it (same author, which {@code update} writes back). */
  private Story story(long id) {
    User author = new User();
    author.setId(authorOf("stories#" + id));
    Story story = new Story("retitled" + id, author);
    story.setId(id);
    return story;
  }

  private Review review(long id) {
    String storyKey = forest.parentOf("reviews#" + id);
    Story story = new Story();
    story.setId(idOf(storyKey));
    User author = new User();
    author.setId(authorOf(storyKey));
    Review review = new Review("reworded" + id, 4, author, story);
    review.setId(id);
    return review;
  }

  private long authorOf(String storyKey) {
    return idOf(forest.parentOf(storyKey));
  }

  private static long idOf(String rowKey) {
    return Long.parseLong(rowKey.substring(rowKey.indexOf('#') + 1));
  }

  private static int bit(boolean result) {
    return result ? 1 : 0;
  }
}
