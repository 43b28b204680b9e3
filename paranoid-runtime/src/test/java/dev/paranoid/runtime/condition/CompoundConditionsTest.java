package dev.paranoid.runtime.condition;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.ID;
import static dev.paranoid.runtime.testing.People.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.testing.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundConditionsTest extends ConditionsOnH2 {

  @Test
  void andMatchesRowsMeetingBoth() {
    Condition<Person> condition = AGE.gt(26).and(AGE.lt(36));
    SqlBuilder sql = render(condition);
    assertEquals("(age > ? AND age < ?)", sql.sql());
    assertEquals(2, sql.parameterCount());
    assertEquals(List.of(1L, 3L, 5L), idsMatching(condition));
  }

  @Test
  void anOrIsParenthesisedSoAnOuterAndAppliesToBothBranches() {
    Condition<Person> condition = NAME.eq("alice").or(NAME.eq("bob")).and(AGE.gt(26));
    SqlBuilder sql = render(condition);
    assertEquals("((name = ? OR name = ?) AND age > ?)", sql.sql());
    assertEquals(3, sql.parameterCount());
    assertEquals(List.of(1L), idsMatching(condition)); // bob is 25
  }

  @Test
  void groupingFollowsTheCallStructure() {
    Condition<Person> andThenOr = NAME.eq("bob").and(AGE.gt(26)).or(ID.eq(6L));
    Condition<Person> andOfOr = NAME.eq("bob").and(AGE.gt(26).or(ID.eq(6L)));
    assertEquals("((name = ? AND age > ?) OR id = ?)", render(andThenOr).sql());
    assertEquals("(name = ? AND (age > ? OR id = ?))", render(andOfOr).sql());
    assertEquals(List.of(6L), idsMatching(andThenOr));
    assertEquals(List.of(), idsMatching(andOfOr));
  }

  @Test
  void notNegatesTheWholeGroup() {
    Condition<Person> condition = NAME.eq("alice").or(NAME.eq("bob")).not();
    SqlBuilder sql = render(condition);
    assertEquals("NOT ((name = ? OR name = ?))", sql.sql());
    assertEquals(2, sql.parameterCount());
    assertEquals(List.of(3L, 4L, 5L, 6L), idsMatching(condition));
  }

  @Test
  void notFollowsSqlThreeValuedLogic() {
    // NOT (age > 30) is unknown for the NULL age of row 4, so row 4 is not matched
    assertEquals(List.of(1L, 2L, 5L), idsMatching(AGE.gt(30).not()));
  }

  @Test
  void deepNestingBindsEveryParameterInTextOrder() {
    Condition<Person> condition = ID.eq(1L)
        .or(ID.eq(2L).and(AGE.between(20, 26)))
        .or(NAME.eq("frank").and(AGE.gte(40).not().not()))
        .and(ID.in(List.of(1L, 2L, 6L, 3L)));
    assertEquals(10, render(condition).parameterCount());
    assertEquals(List.of(1L, 2L, 6L), idsMatching(condition));
  }

  @Test
  void combiningLeavesTheOriginalConditionsUnchanged() {
    Condition<Person> old = AGE.gt(30);
    Condition<Person> combined = old.and(NAME.eq("frank"));
    old.or(NAME.eq("bob"));
    assertEquals("age > ?", render(old).sql());
    assertEquals(List.of(3L, 6L), idsMatching(old));
    assertEquals(List.of(6L), idsMatching(combined));
  }
}
