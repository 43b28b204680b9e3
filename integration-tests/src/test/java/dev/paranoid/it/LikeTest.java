package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Condition;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code like}/{@code notLike} on every database: {@code %} matches any run of characters,
 * {@code _} exactly one, and a backslash before either makes it literal (the patterns are bound
 * parameters and Paranoid adds no ESCAPE clause, so this relies on backslash being the default
 * LIKE escape character, which it is on H2, PostgreSQL and MariaDB unless MariaDB's
 * NO_BACKSLASH_ESCAPES sql_mode is set). Values use no letters whose case differs, since MariaDB's
 * default collation compares case-insensitively.
 */
class LikeTest extends DatabaseTestBase {

  @BeforeEach
  void seed() {
    for (String name : List.of("50%", "50 percent", "500", "5_0", "a_b", "axb", "a\\b", "100%off")) {
      user(name);
    }
    users.destroy(user("50% deleted"));
  }

  private List<String> matching(Condition<User> condition) {
    return names(users.query().where(condition).orderBy(UserParanoidDao.ID.asc()).list());
  }

  @Test
  void percentMatchesAnyRun() {
    assertEquals(List.of("50%", "50 percent", "500"), matching(UserParanoidDao.USERNAME.like("50%")));
    assertEquals(List.of("50%", "100%off"), matching(UserParanoidDao.USERNAME.like("%\\%%")));
    assertEquals(List.of("50%", "50 percent", "500", "5_0", "a_b", "axb", "a\\b", "100%off"),
        matching(UserParanoidDao.USERNAME.like("%")));
  }

  @Test
  void underscoreMatchesExactlyOneCharacter() {
    assertEquals(List.of("500", "5_0"), matching(UserParanoidDao.USERNAME.like("5_0")));
    assertEquals(List.of("a_b", "axb", "a\\b"), matching(UserParanoidDao.USERNAME.like("a_b")));
    assertEquals(List.of("50%", "500"), matching(UserParanoidDao.USERNAME.like("50_")));
  }

  @Test
  void escapedWildcardsMatchLiterally() {
    assertEquals(List.of("50%"), matching(UserParanoidDao.USERNAME.like("50\\%")));
    assertEquals(List.of("5_0"), matching(UserParanoidDao.USERNAME.like("5\\_0")));
    assertEquals(List.of("a_b"), matching(UserParanoidDao.USERNAME.like("a\\_b")));
    assertEquals(List.of("a\\b"), matching(UserParanoidDao.USERNAME.like("a\\\\b")));
    assertEquals(List.of("100%off"), matching(UserParanoidDao.USERNAME.like("%\\%o%")));
  }

  @Test
  void notLikeIsTheComplement() {
    assertEquals(List.of("5_0", "a_b", "axb", "a\\b", "100%off"),
        matching(UserParanoidDao.USERNAME.notLike("50%")));
    assertEquals(List.of("50 percent", "500", "5_0", "a_b", "axb", "a\\b", "100%off"),
        matching(UserParanoidDao.USERNAME.notLike("50\\%")));
    assertEquals(List.of("50%", "50 percent", "500", "axb", "a\\b", "100%off"),
        matching(UserParanoidDao.USERNAME.notLike("%\\_%")));
  }

  @Test
  void likeHonoursTheDeletedFilterAndComposes() {
    assertEquals(2, users.query().includeDeleted().where(UserParanoidDao.USERNAME.like("50\\%%")).count());
    assertEquals(List.of("50% deleted"), names(users.query().onlyDeleted()
        .where(UserParanoidDao.USERNAME.like("50\\%%")).list()));
    assertEquals(List.of("50%", "a_b"), matching(UserParanoidDao.USERNAME.like("50\\%")
        .or(UserParanoidDao.USERNAME.like("a\\_b"))));
    assertEquals(List.of("50 percent", "500"), matching(UserParanoidDao.USERNAME.like("50%")
        .and(UserParanoidDao.USERNAME.notLike("50\\%"))));
    assertEquals(1, users.destroy(UserParanoidDao.USERNAME.like("5\\_%")));
    assertEquals(List.of("500"), matching(UserParanoidDao.USERNAME.like("5_0")));
  }
}
