package dev.paranoid.runtime.condition;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.ID;
import static dev.paranoid.runtime.testing.People.NICKNAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.testing.Person;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipConditionsTest extends ConditionsOnH2 {

  @Test
  void inBindsOneParameterPerValue() {
    Condition<Person> condition = ID.in(List.of(1L, 3L, 5L));
    SqlBuilder sql = render(condition);
    assertEquals("id IN (?, ?, ?)", sql.sql());
    assertEquals(3, sql.parameterCount());
    assertEquals(List.of(1L, 3L, 5L), idsMatching(condition));
  }

  @Test
  void notInMatchesTheOtherRows() {
    Condition<Person> condition = ID.notIn(Set.of(1L, 3L, 5L));
    SqlBuilder sql = render(condition);
    assertEquals("id NOT IN (?, ?, ?)", sql.sql());
    assertEquals(3, sql.parameterCount());
    assertEquals(List.of(2L, 4L, 6L), idsMatching(condition));
  }

  @Test
  void inOfAnEmptyCollectionMatchesNothingAndIsValidSql() {
    Condition<Person> condition = AGE.in(List.of());
    SqlBuilder sql = render(condition);
    assertEquals(0, sql.parameterCount());
    assertFalse(sql.sql().contains("()"), sql.sql());
    assertEquals(List.of(), idsMatching(condition));
  }

  @Test
  void notInOfAnEmptyCollectionMatchesEveryRowIncludingNulls() {
    Condition<Person> condition = AGE.notIn(List.of());
    SqlBuilder sql = render(condition);
    assertEquals(0, sql.parameterCount());
    assertFalse(sql.sql().contains("()"), sql.sql());
    assertEquals(EVERY_ROW, idsMatching(condition)); // row 4 has a NULL age
  }

  @Test
  void aNullElementInInAlsoMatchesNullRows() {
    Condition<Person> condition = NICKNAME.in(Arrays.asList("ali", null));
    SqlBuilder sql = render(condition);
    assertEquals("(nick_name IN (?) OR nick_name IS NULL)", sql.sql());
    assertEquals(1, sql.parameterCount());
    assertEquals(List.of(1L, 2L, 5L), idsMatching(condition));
  }

  @Test
  void inOfOnlyNullMatchesExactlyTheNullRows() {
    Condition<Person> condition = NICKNAME.in(Arrays.asList((String) null));
    assertEquals(0, render(condition).parameterCount());
    assertEquals(List.of(2L, 5L), idsMatching(condition));
  }

  @Test
  void aNullElementInNotInExcludesNullRows() {
    Condition<Person> condition = NICKNAME.notIn(Arrays.asList("ali", null));
    SqlBuilder sql = render(condition);
    assertEquals(1, sql.parameterCount());
    assertEquals(List.of(3L, 4L, 6L), idsMatching(condition));
  }

  @Test
  void membershipWithNullKeepsItsGroupInsideAnAnd() {
    // (nick IN (...) OR nick IS NULL) AND age > 26 - the OR must not escape
    Condition<Person> condition = NICKNAME.in(Arrays.asList("ali", null)).and(AGE.gt(26));
    assertEquals(List.of(1L, 5L), idsMatching(condition));
  }

  @Test
  void theCollectionIsCopiedWhenTheConditionIsBuilt() {
    List<Long> ids = new ArrayList<>(List.of(1L, 2L));
    Condition<Person> condition = ID.in(ids);
    ids.add(3L);
    assertEquals(List.of(1L, 2L), idsMatching(condition));
    assertEquals(2, render(condition).parameterCount());
  }

  @Test
  void negatingAnEmptyInMatchesEverything() {
    assertEquals(EVERY_ROW, idsMatching(ID.in(List.of()).not()));
    assertEquals(List.of(), idsMatching(ID.notIn(List.of()).not()));
  }
}
