package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.runtime.Include;
import dev.paranoid.runtime.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance C31: includes combine with the root's where, orderBy, limit and offset; a page is a
 * page of roots, each with all its (matching) children, and required() filters before paging.
 */
class IncludePagingTest extends IncludeFixture {

  private final List<User> all = new ArrayList<>();

  /** Users u1..u5, each with live stories uN-1, uN-2, uN-3 and a soft-deleted story uN-x. */
  @BeforeEach
  void seed() {
    for (int i = 1; i <= 5; i++) {
      all.add(user("u" + i));
    }
    for (User user : all) {
      for (String suffix : List.of("1", "x", "2", "3")) {
        Story story = story(user.getUsername() + "-" + suffix, user);
        if (suffix.equals("x")) {
          softDelete("stories", story.getId());
        }
      }
    }
    tick();
  }

  private static String live(int user) {
    return "u" + user + "=[u" + user + "-1, u" + user + "-2, u" + user + "-3]";
  }

  /** Checks that count() agrees with list().size() for a fresh copy of the query. */
  private static void assertCountAgrees(Supplier<Query<User>> query) {
    List<User> list = query.get().list();
    assertEquals(list.size(), query.get().count(), "count() vs list().size()");
  }

  // C31: limit and offset page the roots, not the joined rows
  @Test
  void c31_limitAndOffsetPageTheRootsWithAllTheirChildren() {
    List<User> page = users.query().include(UserParanoidDao.STORIES).limit(2).offset(1).list();
    assertEquals(List.of(live(2), live(3)), storiesByUser(page));
    assertEquals(List.of(all.get(1).getId(), all.get(2).getId()), map(page, User::getId));
    assertEquals(2, users.query().include(UserParanoidDao.STORIES).limit(2).offset(1).count());

    assertEquals(List.of(live(1), live(2)),
        storiesByUser(users.query().include(UserParanoidDao.STORIES).limit(2).list()));
    assertEquals(List.of(live(4), live(5)),
        storiesByUser(users.query().include(UserParanoidDao.STORIES).offset(3).list()));
    assertEquals(List.of(), users.query().include(UserParanoidDao.STORIES).offset(5).list());
    assertEquals(List.of(), users.query().include(UserParanoidDao.STORIES).limit(0).list());

    List<User> withDeleted = users.query().include(UserParanoidDao.STORIES.includeDeleted())
        .limit(1).offset(4).list();
    assertEquals(List.of("u5=[u5-1, u5-x, u5-2, u5-3]"), storiesByUser(withDeleted));
  }

  // C31: with the root's where and orderBy
  @Test
  void c31_rootWhereAndOrderByWithIncludes() {
    assertEquals(List.of(live(4), live(3)), storiesByUser(users.query()
        .include(UserParanoidDao.STORIES).orderBy(UserParanoidDao.USERNAME.desc())
        .limit(2).offset(1).list()));
    assertEquals(List.of(live(3), live(4)), storiesByUser(users.query()
        .where(UserParanoidDao.USERNAME.ne("u2")).include(UserParanoidDao.STORIES)
        .limit(2).offset(1).list()));
    assertEquals(List.of(live(5), live(3), live(1)), storiesByUser(users.query()
        .where(UserParanoidDao.USERNAME.in(List.of("u1", "u3", "u5")))
        .orderBy(UserParanoidDao.USERNAME.desc()).include(UserParanoidDao.STORIES).list()));
    assertEquals(live(2), storiesByUser(List.of(users.query().include(UserParanoidDao.STORIES)
        .where(UserParanoidDao.USERNAME.gt("u1")).first().orElseThrow())).get(0));

    // an include where (not required) filters the children, never the page
    Include<User, Story> firstOnly = UserParanoidDao.STORIES.where(StoryParanoidDao.TITLE.like("%-1"));
    assertEquals(List.of("u2=[u2-1]", "u3=[u3-1]"),
        storiesByUser(users.query().include(firstOnly).limit(2).offset(1).list()));
    Include<User, Story> u4Only = UserParanoidDao.STORIES.where(StoryParanoidDao.TITLE.like("u4-%"));
    assertEquals(List.of("u2=[]", "u3=[]"),
        storiesByUser(users.query().include(u4Only).limit(2).offset(1).list()));
    assertEquals(2, users.query().include(u4Only).limit(2).offset(1).count());
  }

  // C31: required() filters the roots in SQL, so the page is taken after filtering
  @Test
  void c31_requiredFiltersBeforeThePageIsTaken() {
    // u1 and u3 lose all their live stories
    db.update("UPDATE stories SET deleted_at = ? WHERE deleted_at IS NULL AND created_by IN (?, ?)",
        utc(tick()), all.get(0).getId(), all.get(2).getId());

    Include<User, Story> required = UserParanoidDao.STORIES.required();
    assertEquals(List.of(live(2), live(4)),
        storiesByUser(users.query().include(required).limit(2).list()));
    assertEquals(List.of(live(4), live(5)),
        storiesByUser(users.query().include(required).limit(2).offset(1).list()));
    assertEquals(List.of(live(5)),
        storiesByUser(users.query().include(required).offset(2).list()));
    assertEquals(3, users.query().include(required).count());
    assertEquals(2, users.query().include(required).limit(2).count());
    assertEquals(1, users.query().include(required).limit(2).offset(2).count());
    assertEquals("u4", users.query().include(required).offset(1).first().orElseThrow()
        .getUsername());

    // the unfiltered page still shows u1 and u3, with empty lists
    assertEquals(List.of("u1=[]", live(2), "u3=[]"),
        storiesByUser(users.query().include(UserParanoidDao.STORIES).limit(3).list()));

    // a required include where picks the roots
    Include<User, Story> picked = UserParanoidDao.STORIES
        .where(StoryParanoidDao.TITLE.in(List.of("u2-2", "u4-1", "u5-3", "u1-1"))).required();
    assertEquals(List.of("u2=[u2-2]", "u4=[u4-1]"),
        storiesByUser(users.query().include(picked).limit(2).list()));
    assertEquals(List.of("u4=[u4-1]", "u5=[u5-3]"),
        storiesByUser(users.query().include(picked).limit(2).offset(1).list()));
    assertEquals(List.of("u1=[u1-1]", "u2=[u2-2]"), storiesByUser(users.query()
        .include(picked.includeDeleted()).limit(2).list()));
  }

  // C31: Sequelize's "paranoid, a main record where, an include where, and a limit"
  @Test
  void c31_mainWhereIncludeWhereAndLimit() {
    Query<User> query = users.query().where(UserParanoidDao.USERNAME.ne("u5"))
        .include(UserParanoidDao.STORIES.where(StoryParanoidDao.TITLE.like("%-2")).required())
        .orderBy(UserParanoidDao.USERNAME.desc()).limit(2);
    assertEquals(List.of("u4=[u4-2]", "u3=[u3-2]"), storiesByUser(query.list()));
    assertEquals(2, query.count());

    db.update("UPDATE stories SET deleted_at = ? WHERE title = ?", utc(tick()), "u4-2");
    assertEquals(List.of("u3=[u3-2]", "u2=[u2-2]"), storiesByUser(query.list()));
    // and the deleted one comes back with includeDeleted() on the include only
    assertEquals(List.of("u4=[u4-2]", "u3=[u3-2]"), storiesByUser(users.query()
        .where(UserParanoidDao.USERNAME.ne("u5"))
        .include(UserParanoidDao.STORIES.where(StoryParanoidDao.TITLE.like("%-2"))
            .includeDeleted().required())
        .orderBy(UserParanoidDao.USERNAME.desc()).limit(2).list()));
  }

  // C31 + C15: count() agrees with list().size() whenever a required include is present
  @Test
  void c31_countAgreesWithListWithRequiredIncludes() {
    softDelete("users", all.get(1).getId());
    db.update("UPDATE stories SET deleted_at = ? WHERE deleted_at IS NULL AND created_by = ?",
        utc(tick()), all.get(3).getId());
    Include<User, Story> required = UserParanoidDao.STORIES.required();
    Include<User, Story> requiredWithDeleted = UserParanoidDao.STORIES.includeDeleted().required();
    Include<User, Story> deletedOnly = UserParanoidDao.STORIES.includeDeleted()
        .where(StoryParanoidDao.DELETED_AT.isNotNull()).required();

    assertEquals(List.of("u1", "u3", "u5"), names(users.query().include(required).list()));
    assertEquals(3, users.query().include(required).count());
    assertCountAgrees(() -> users.query().include(required));
    assertCountAgrees(() -> users.query().include(required).limit(2));
    assertCountAgrees(() -> users.query().include(required).offset(2));
    assertCountAgrees(() -> users.query().include(required).limit(1).offset(1));
    assertCountAgrees(() -> users.query().includeDeleted().include(required));
    assertCountAgrees(() -> users.query().onlyDeleted().include(required));
    assertCountAgrees(() -> users.query().include(requiredWithDeleted));
    assertCountAgrees(() -> users.query().include(deletedOnly));
    assertCountAgrees(() -> users.query().where(UserParanoidDao.USERNAME.ne("u3"))
        .include(required).orderBy(UserParanoidDao.USERNAME.desc()).limit(5));
    assertEquals(4, users.query().include(requiredWithDeleted).count());
    assertEquals(2, users.query().includeDeleted().include(deletedOnly).limit(2).count());
    assertEquals(5, users.query().includeDeleted().include(deletedOnly).count());
    assertEquals(1, users.query().onlyDeleted().include(required).count()); // u2, still has stories
  }
}
