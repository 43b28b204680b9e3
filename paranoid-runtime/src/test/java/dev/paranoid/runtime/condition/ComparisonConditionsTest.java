package dev.paranoid.runtime.condition;

import static dev.paranoid.runtime.testing.People.AGE;
import static dev.paranoid.runtime.testing.People.NAME;
import static dev.paranoid.runtime.testing.People.NICKNAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.testing.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonConditionsTest extends ConditionsOnH2 {

  @Test
  void eqRendersOneBoundParameterAndMatchesEqualValues() {
    Condition<Person> condition = AGE.eq(30);
    SqlBuilder sql = render(condition);
    assertEquals("age = ?", sql.sql());
    assertEquals(1, sql.parameterCount());
    assertEquals(List.of(1L), idsMatching(condition));
  }

  @Test
  void neMatchesOtherNonNullValues() {
    Condition<Person> condition = AGE.ne(30);
    SqlBuilder sql = render(condition);
    assertEquals("age <> ?", sql.sql());
    assertEquals(1, sql.parameterCount());
    // SQL semantics: a NULL age is not "different from 30"
    assertEquals(List.of(2L, 3L, 5L, 6L), idsMatching(condition));
  }

  @Test
  void gtIsStrict() {
    assertEquals("age > ?", render(AGE.gt(30)).sql());
    assertEquals(1, render(AGE.gt(30)).parameterCount());
    assertEquals(List.of(3L, 6L), idsMatching(AGE.gt(30)));
  }

  @Test
  void gteIncludesTheBound() {
    assertEquals("age >= ?", render(AGE.gte(30)).sql());
    assertEquals(1, render(AGE.gte(30)).parameterCount());
    assertEquals(List.of(1L, 3L, 6L), idsMatching(AGE.gte(30)));
  }

  @Test
  void ltIsStrict() {
    assertEquals("age < ?", render(AGE.lt(28)).sql());
    assertEquals(1, render(AGE.lt(28)).parameterCount());
    assertEquals(List.of(2L), idsMatching(AGE.lt(28)));
  }

  @Test
  void lteIncludesTheBound() {
    assertEquals("age <= ?", render(AGE.lte(28)).sql());
    assertEquals(1, render(AGE.lte(28)).parameterCount());
    assertEquals(List.of(2L, 5L), idsMatching(AGE.lte(28)));
  }

  @Test
  void betweenIsInclusiveAndBindsBothBoundsInOrder() {
    Condition<Person> condition = AGE.between(28, 35);
    SqlBuilder sql = render(condition);
    assertEquals("age BETWEEN ? AND ?", sql.sql());
    assertEquals(2, sql.parameterCount());
    assertEquals(List.of(1L, 3L, 5L), idsMatching(condition));
  }

  @Test
  void isNullAndIsNotNullHaveNoParameters() {
    assertEquals("nick_name IS NULL", render(NICKNAME.isNull()).sql());
    assertEquals(0, render(NICKNAME.isNull()).parameterCount());
    assertEquals(List.of(2L, 5L), idsMatching(NICKNAME.isNull()));

    assertEquals("nick_name IS NOT NULL", render(NICKNAME.isNotNull()).sql());
    assertEquals(0, render(NICKNAME.isNotNull()).parameterCount());
    assertEquals(List.of(1L, 3L, 4L, 6L), idsMatching(NICKNAME.isNotNull()));
  }

  @Test
  void textValuesAreBoundNotInlined() {
    String hostile = "alice' OR '1'='1";
    Condition<Person> condition = NAME.eq(hostile);
    SqlBuilder sql = render(condition);
    assertEquals("name = ?", sql.sql());
    assertFalse(sql.sql().contains("alice"));
    assertEquals(List.of(), idsMatching(condition));
  }

  @Test
  void conditionsCanBeReusedInSeveralStatements() {
    Condition<Person> condition = AGE.between(28, 35);
    assertEquals(idsMatching(condition), idsMatching(condition));
    assertEquals("age BETWEEN ? AND ?", condition.toString());
  }
}
