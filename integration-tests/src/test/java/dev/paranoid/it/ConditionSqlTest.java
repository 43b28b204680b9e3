package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Condition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Condition.sql(fragment, values...)}: SQL the user writes, values bound, still inside the
 * deleted filter.
 *
 * <p>Conformance: C54.
 */
class ConditionSqlTest extends DatabaseTestBase {

  @Test
  void aFragmentIsBoundAndStillSkipsDeletedRows() {
    User ann = user("Ann");
    user("bob");
    User gone = user("ANNA");
    users.destroy(gone);

    Condition<User> annish = Condition.sql("lower(username) LIKE ?", "ann%");

    assertEquals(List.of("Ann"), names(users.findAll(annish)));
    assertEquals(List.of("Ann", "ANNA"), names(users.query().includeDeleted().where(annish).list()));
    assertEquals(1, users.count(annish));
    assertEquals(1, users.destroy(annish));
    assertEquals(1, users.restore(Condition.sql("username = ?", ann.getUsername())));
  }

  @Test
  void fragmentsCombineLikeOtherConditions() {
    User ann = user("ann");
    project("a", 1, ann);
    project("b", 5, ann);
    project("c", 9, ann);

    Condition<Project> lowOrHigh = Condition.<Project>sql("likes < ? OR likes > ?", 2, 8);
    List<Project> found = projects.findAll(lowOrHigh.and(ProjectParanoidDao.TITLE.ne("c")));

    assertEquals(List.of("a"), map(found, Project::getTitle),
        "the fragment is parenthesised: its OR stays inside");
    assertEquals(List.of("b"), map(projects.findAll(lowOrHigh.not()), Project::getTitle));
  }

  @Test
  void valuesOfEveryCommonTypeAreBound() {
    User ann = user("ann");
    assertEquals(1, users.count(Condition.sql("id = ? AND created_at = ? AND username <> ?",
        ann.getId(), T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS), "it's")));
    assertEquals(1, users.count(Condition.sql("username = 'what?' OR id = ?", ann.getId())),
        "a ? inside a quoted literal is text, not a placeholder");
  }

  @Test
  void aMismatchOrAnUnbindableValueIsRefusedBeforeAnythingRuns() {
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> Condition.sql("username = ? AND id = ?", "ann"));
    assertEquals("Condition.sql: \"username = ? AND id = ?\" has 2 ? placeholders but 1 value"
        + " was given; give one value per ? (a ? inside a quoted literal is not a placeholder)",
        count.getMessage());
    IllegalArgumentException nullValue = assertThrows(IllegalArgumentException.class,
        () -> Condition.sql("username = ?", (Object) null));
    assertEquals("Condition.sql: value 1 is null; write IS NULL in the fragment instead"
        + " (= NULL matches no row)", nullValue.getMessage());
    IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
        () -> Condition.sql("username = ?", new Object()));
    assertEquals(true, odd.getMessage().startsWith(
        "Condition.sql: value 1 is a java.lang.Object, which Paranoid cannot bind"));
    assertThrows(IllegalArgumentException.class, () -> Condition.sql("  "));
    assertThrows(NullPointerException.class, () -> Condition.sql(null));
    assertEquals(0, users.count(Condition.sql("1 = 0")), "a fragment without values");
  }
}
