package dev.paranoid.runtime.condition;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.ID;
import static dev.paranoid.runtime.testing.People.NAME;
import static dev.paranoid.runtime.testing.People.NICKNAME;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.internal.jdbc.JdbcTypes;
import dev.paranoid.runtime.testing.Person;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatchConditionsTest extends ConditionsOnH2 {

  @Test
  void likeBindsThePatternAndHonoursWildcards() {
    assertEquals("name LIKE ?", render(NAME.like("a%")).sql());
    assertEquals(1, render(NAME.like("a%")).parameterCount());
    assertEquals(List.of(1L), idsMatching(NAME.like("a%")));
    assertEquals(List.of(1L, 4L, 5L), idsMatching(NAME.like("%e")));
    assertEquals(List.of(2L), idsMatching(NAME.like("_ob")));
  }

  @Test
  void notLikeMatchesTheOtherNonNullValues() {
    assertEquals("name NOT LIKE ?", render(NAME.notLike("%a%")).sql());
    assertEquals(1, render(NAME.notLike("%a%")).parameterCount());
    assertEquals(List.of(2L, 5L), idsMatching(NAME.notLike("%a%")));
    // NULL nicknames (rows 2 and 5) are neither LIKE nor NOT LIKE anything
    assertEquals(List.of(1L, 4L, 6L), idsMatching(NICKNAME.notLike("%z%")));
  }

  @Test
  void likeOnANonTextColumnIsRefusedNamingTheField() {
    IllegalArgumentException like =
        assertThrows(IllegalArgumentException.class, () -> AGE.like("3%"));
    assertTrue(like.getMessage().contains("age"), like.getMessage());
    assertTrue(like.getMessage().contains("text column"), like.getMessage());

    IllegalArgumentException notLike =
        assertThrows(IllegalArgumentException.class, () -> ID.notLike("1%"));
    assertTrue(notLike.getMessage().contains("id"), notLike.getMessage());
  }

  @Test
  void charAndEnumByNameColumnsAreText() {
    SqlColumn<Person, Character> initial = SqlColumn.of("initial", "initial", JdbcTypes.CHAR);
    SqlColumn<Person, DayOfWeek> day =
        SqlColumn.of("day", "day", JdbcTypes.enumByName(DayOfWeek.class));
    SqlColumn<Person, DayOfWeek> dayNumber =
        SqlColumn.of("day_number", "dayNumber", JdbcTypes.enumByOrdinal(DayOfWeek.class));
    assertDoesNotThrow(() -> initial.like("a"));
    assertDoesNotThrow(() -> day.like("MON%"));
    assertThrows(IllegalArgumentException.class, () -> dayNumber.like("1"));
  }
}
