package dev.paranoid.it;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.Team;
import dev.paranoid.it.model.User;
import dev.paranoid.it.support.DatabaseTestBase;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Helpers shared by the include tests (C24–C31). Rows are soft-deleted with plain SQL, not with
 * the DAOs, so that what a test sees depends on the include code only (a user's soft destroy
 * would also cascade to its stories).
 */
abstract class IncludeFixture extends DatabaseTestBase {

  protected Story story(String title, User author) {
    return stories.create(new Story(title, author));
  }

  protected Review review(String body, int stars, User author, Story story) {
    return reviews.create(new Review(body, stars, author, story));
  }

  /** Inserts a row of the plain (non-paranoid) {@code teams} table; there is no Team DAO. */
  protected Team team(String name) {
    db.update("INSERT INTO teams (name) VALUES (?)", name);
    Team team = new Team();
    team.setId(db.single(Long.class, "SELECT id FROM teams WHERE name = ?", name));
    team.setName(name);
    return team;
  }

  protected Project project(String title, int likes, User owner, Team team) {
    Project project = new Project(title, likes, owner);
    project.setTeam(team);
    return projects.create(project);
  }

  /**
   * Soft-deletes the row {@code id} of {@code table} with plain SQL at a new clock time; returns
   * the deletion time as the DAO reads it back.
   */
  protected Instant softDelete(String table, Long id) {
    Instant at = tick();
    int rows = db.update("UPDATE " + table + " SET deleted_at = ? WHERE id = ?", utc(at), id);
    if (rows != 1) {
      throw new AssertionError("no row " + id + " in " + table);
    }
    return micros(at);
  }

  protected static List<String> titles(List<Story> list) {
    return map(list, Story::getTitle);
  }

  protected static List<String> bodies(List<Review> list) {
    return map(list, Review::getBody);
  }

  /** {@code ["alice=[s1, s3]", "carol=[]"]}: each user with the titles of its loaded stories. */
  protected static List<String> storiesByUser(List<User> list) {
    return map(list, user -> user.getUsername() + "=" + titles(user.getStories()));
  }

  /** {@code ["alice=[s1{r1}, s3{}]"]}: each user, its stories and their reviews. */
  protected static List<String> treeOf(List<User> list) {
    return map(list, user -> user.getUsername() + "=" + user.getStories().stream()
        .map(story -> story.getTitle() + "{" + String.join(", ", bodies(story.getReviews())) + "}")
        .collect(Collectors.joining(", ", "[", "]")));
  }
}
