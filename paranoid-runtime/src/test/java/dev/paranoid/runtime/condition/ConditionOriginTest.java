package dev.paranoid.runtime.condition;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.testing.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Condition.all() and conditions that do not come from column constants. */
class ConditionOriginTest extends ConditionsOnH2 {

  /** A Condition written outside the runtime: it has no SQL to render. */
  static final class ForeignCondition implements Condition<Person> {
    @Override
    public Condition<Person> and(Condition<Person> other) {
      return this;
    }

    @Override
    public Condition<Person> or(Condition<Person> other) {
      return this;
    }

    @Override
    public Condition<Person> not() {
      return this;
    }
  }

  @Test
  void allMatchesEveryRowWithoutParameters() {
    Condition<Person> all = Condition.all();
    assertEquals(0, render(all).parameterCount());
    assertEquals(EVERY_ROW, idsMatching(all));
  }

  @Test
  void allCombinesLikeAnyOtherCondition() {
    Condition<Person> all = Condition.all();
    assertEquals(List.of(3L, 6L), idsMatching(all.and(AGE.gt(30))));
    assertEquals(EVERY_ROW, idsMatching(all.or(AGE.gt(30))));
    assertEquals(List.of(), idsMatching(all.not()));
  }

  @Test
  void aForeignConditionIsRefusedWhenCombined() {
    ForeignCondition foreign = new ForeignCondition();
    IllegalArgumentException and =
        assertThrows(IllegalArgumentException.class, () -> NAME.eq("bob").and(foreign));
    assertTrue(and.getMessage().contains(ForeignCondition.class.getName()), and.getMessage());
    assertTrue(and.getMessage().contains("column constants"), and.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NAME.eq("bob").or(foreign));
    assertThrows(IllegalArgumentException.class, () -> Condition.<Person>all().and(foreign));
  }

  @Test
  void aForeignConditionIsRefusedWhenRendered() {
    IllegalArgumentException refused = assertThrows(
        IllegalArgumentException.class, () -> SqlCondition.of(new ForeignCondition(), "where"));
    assertTrue(refused.getMessage().startsWith("where is a "), refused.getMessage());
  }

  @Test
  void combiningWithNullIsRefusedNamingTheParameter() {
    NullPointerException and =
        assertThrows(NullPointerException.class, () -> NAME.eq("bob").and(null));
    assertTrue(and.getMessage().contains("other"), and.getMessage());
    NullPointerException or =
        assertThrows(NullPointerException.class, () -> NAME.eq("bob").or(null));
    assertTrue(or.getMessage().contains("other"), or.getMessage());
  }
}
