package dev.paranoid.runtime.condition;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.NICKNAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.testing.Person;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NullValueConditionsTest extends ConditionsOnH2 {

  @Test
  void eqNullMeansIsNull() {
    Condition<Person> condition = NICKNAME.eq(null);
    SqlBuilder sql = render(condition);
    assertEquals("nick_name IS NULL", sql.sql());
    assertEquals(0, sql.parameterCount());
    assertEquals(List.of(2L, 5L), idsMatching(condition));
  }

  @Test
  void neNullMeansIsNotNull() {
    Condition<Person> condition = NICKNAME.ne(null);
    SqlBuilder sql = render(condition);
    assertEquals("nick_name IS NOT NULL", sql.sql());
    assertEquals(0, sql.parameterCount());
    assertEquals(List.of(1L, 3L, 4L, 6L), idsMatching(condition));
  }

  @Test
  void orderingComparisonsRefuseNullNamingTheFieldAndOperation() {
    assertRefusesNull("gt", NICKNAME::gt);
    assertRefusesNull("gte", NICKNAME::gte);
    assertRefusesNull("lt", NICKNAME::lt);
    assertRefusesNull("lte", NICKNAME::lte);
  }

  @Test
  void betweenRefusesANullBound() {
    IllegalArgumentException low =
        assertThrows(IllegalArgumentException.class, () -> AGE.between(null, 30));
    assertTrue(low.getMessage().contains("age"), low.getMessage());
    assertTrue(low.getMessage().contains("between"), low.getMessage());

    IllegalArgumentException high =
        assertThrows(IllegalArgumentException.class, () -> AGE.between(20, null));
    assertTrue(high.getMessage().contains("age"), high.getMessage());
  }

  @Test
  void nullCollectionsAndPatternsAreRefusedNamingTheField() {
    NullPointerException in = assertThrows(NullPointerException.class, () -> NICKNAME.in(null));
    assertTrue(in.getMessage().contains("nickname"), in.getMessage());
    NullPointerException notIn =
        assertThrows(NullPointerException.class, () -> NICKNAME.notIn(null));
    assertTrue(notIn.getMessage().contains("nickname"), notIn.getMessage());
    NullPointerException like = assertThrows(NullPointerException.class, () -> NICKNAME.like(null));
    assertTrue(like.getMessage().contains("nickname"), like.getMessage());
    NullPointerException notLike =
        assertThrows(NullPointerException.class, () -> NICKNAME.notLike(null));
    assertTrue(notLike.getMessage().contains("nickname"), notLike.getMessage());
  }

  private static void assertRefusesNull(
      String operation, Function<String, Condition<Person>> comparison) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> comparison.apply(null));
    // the Java field name, not the SQL column name nick_name
    assertTrue(refused.getMessage().contains("nickname"), refused.getMessage());
    assertTrue(refused.getMessage().contains(operation + "(null)"), refused.getMessage());
  }
}
