package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.paranoid.it.model.Passport;
import dev.paranoid.it.model.PassportParanoidDao;
import dev.paranoid.it.model.Person;
import dev.paranoid.it.model.PersonParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An inverse {@code @OneToOne(mappedBy)} (issue 14): an include loads the one child that holds
 * the key, filtered by its deletion column like any include, pointing back at the loaded parent;
 * {@code cascade = REMOVE} follows it.
 */
class InverseOneToOneTest extends DatabaseTestBase {

  private PersonParanoidDao persons;
  private PassportParanoidDao passports;

  @BeforeEach
  void tables() {
    Schema.create(db.dataSource(), PersonParanoidDao.TABLE_DEFINITION,
        PassportParanoidDao.TABLE_DEFINITION);
    persons = new PersonParanoidDao(db.dataSource(), clock);
    passports = new PassportParanoidDao(db.dataSource(), clock);
  }

  @Test
  void theIncludeLoadsTheOneLiveChildAndPointsItBack() {
    Person ann = persons.create(new Person("ann"));
    Person bob = persons.create(new Person("bob"));
    Person cy = persons.create(new Person("cy"));
    passports.create(new Passport("A-1", ann));
    Passport bobs = passports.create(new Passport("B-1", bob));
    passports.destroy(bobs);

    List<Person> loaded = persons.query().include(PersonParanoidDao.PASSPORT).list();

    assertEquals("A-1", loaded.get(0).passport.number);
    assertSame(loaded.get(0), loaded.get(0).passport.person);
    assertNull(loaded.get(1).passport, "bob's passport is soft-deleted");
    assertNull(loaded.get(2).passport, "cy has none");
    assertEquals(cy.id, loaded.get(2).id);

    List<Person> withDeleted = persons.query()
        .include(PersonParanoidDao.PASSPORT.includeDeleted()).list();
    assertNotNull(withDeleted.get(1).passport.deletedAt);
    assertEquals(List.of("ann"), persons.query().include(PersonParanoidDao.PASSPORT.required())
        .list().stream().map(person -> person.name).toList());
  }

  @Test
  void theCascadeFollowsTheInverseSide() {
    Person ann = persons.create(new Person("ann"));
    passports.create(new Passport("A-1", ann));

    persons.destroy(ann);
    assertEquals(0, passports.count());

    persons.restore(ann);
    assertEquals(1, passports.count());
  }
}
