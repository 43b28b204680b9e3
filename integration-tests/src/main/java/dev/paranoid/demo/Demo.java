package dev.paranoid.demo;

import dev.paranoid.it.model.Document;
import dev.paranoid.it.model.DocumentParanoidDao;
import dev.paranoid.it.model.Folder;
import dev.paranoid.it.model.FolderParanoidDao;
import dev.paranoid.it.model.Member;
import dev.paranoid.it.model.MemberParanoidDao;
import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.runtime.Condition;
import dev.paranoid.runtime.DaoConfig;
import dev.paranoid.runtime.FoundOrCreated;
import dev.paranoid.runtime.Page;
import dev.paranoid.runtime.UniqueConstraintException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The story of Sequelize's paranoid-model guides, told with generated DAOs on embedded H2: users
 * write stories and reviews, get soft-deleted, listed with and without the deleted rows, restored
 * and finally force-deleted; then what Paranoid adds: batch inserts, bulk updates, pages with
 * totals, find-or-create, upsert, who deleted a row and a retention purge. Every statement is
 * printed as the runtime logs it.
 */
public final class Demo {

  private Demo() {}

  public static void main(String[] args) throws Exception {
    SqlConsole.install();
    DataSource dataSource = DemoDatabase.create();
    UserParanoidDao users = new UserParanoidDao(dataSource);
    StoryParanoidDao stories = new StoryParanoidDao(dataSource);
    ReviewParanoidDao reviews = new ReviewParanoidDao(dataSource);
    ProjectParanoidDao projects = new ProjectParanoidDao(dataSource);

    step("Create users, their stories and reviews");
    User alice = users.create(new User("alice"));
    User bob = users.create(new User("bob"));
    Story tale = stories.create(new Story("A paranoid tale", alice));
    Story diary = stories.create(new Story("Bob's diary", bob));
    reviews.create(new Review("Gripping", 5, bob, tale));
    Review meh = reviews.create(new Review("Meh", 2, alice, diary));
    projects.create(new Project("p1", 150, alice));
    projects.create(new Project("p2", 50, alice));
    say("created " + names(users.findAll()) + " with ids " + alice.getId() + " and " + bob.getId());

    step("Soft-delete bob: destroyByPk sets deleted_at, the row stays");
    say("destroyByPk(bob) returned " + users.destroyByPk(bob.getId()));
    say("destroyByPk(bob) again returned " + users.destroyByPk(bob.getId())
        + " (already deleted: not counted, first timestamp kept)");

    step("List without and with deleted rows");
    say("findAll()                       -> " + names(users.findAll()));
    say("query().includeDeleted().list() -> " + names(users.query().includeDeleted().list()));
    say("query().onlyDeleted().list()    -> " + names(users.query().onlyDeleted().list()));
    say("findByPk(bob)                   -> " + users.findByPk(bob.getId()).map(User::getUsername));
    say("findByPk(bob, true)             -> " + users.findByPk(bob.getId(), true).map(User::getUsername));
    say("count() = " + users.count() + ", includeDeleted count = " + users.query().includeDeleted().count());

    step("Restore bob: deleted_at cleared, updated_at untouched");
    User deletedBob = users.findByPk(bob.getId(), true).orElseThrow();
    say("restoreByPk(bob) returned " + users.restoreByPk(bob.getId()));
    User restoredBob = users.findByPk(bob.getId()).orElseThrow();
    say("updated_at before " + deletedBob.getUpdatedAt() + ", after " + restoredBob.getUpdatedAt());

    step("Instance destroy and restore of a story");
    say("destroy(diary) returned " + stories.destroy(diary) + "; diary.getDeletedAt() = " + diary.getDeletedAt());
    say("live stories: " + titles(stories.findAll()));
    say("restore(diary) returned " + stories.restore(diary) + "; diary.getDeletedAt() = " + diary.getDeletedAt());

    step("Bulk: destroy every project, then restore those with more than 100 likes");
    say("destroy(Condition.all()) returned " + projects.destroy(Condition.all()));
    say("restore(LIKES.gt(100)) returned " + projects.restore(ProjectParanoidDao.LIKES.gt(100)));
    say("live projects: " + projects.findAll().stream().map(Project::getTitle).collect(Collectors.toList()));

    step("Eager loading: each include filters its own soft-deleted rows");
    stories.destroy(diary);
    show(users.query().include(UserParanoidDao.STORIES).list(), "include(STORIES)");
    show(users.query().include(UserParanoidDao.STORIES.includeDeleted()).list(),
        "include(STORIES.includeDeleted())");
    show(users.query().include(UserParanoidDao.STORIES.required()).list(),
        "include(STORIES.required())");
    stories.restore(diary);

    step("Cascade: destroying a user soft-deletes her stories and their reviews, in one transaction");
    Story earlier = stories.create(new Story("Drafts", alice));
    stories.destroy(earlier);
    say("destroy(alice) returned " + users.destroy(alice) + "; the three statements run deepest first");
    say("live stories: " + titles(stories.findAll()) + ", live reviews: " + reviews.count());
    say("restore(alice) returned " + users.restore(alice)
        + ": it restores exactly what was deleted with her");
    say("live stories: " + titles(stories.findAll()) + " ('Drafts' was deleted earlier, on its own,"
        + " and stays deleted), live reviews: " + reviews.count());

    step("Force-delete: a soft-deleted review is removed for good");
    reviews.destroy(meh);
    say("destroy(meh, true) returned " + reviews.destroy(meh, true));
    say("reviews left, deleted ones included: "
        + reviews.query().includeDeleted().list().stream().map(Review::getBody).collect(Collectors.toList()));

    step("Many at once: createAll is one multi-row INSERT; update() changes live rows in bulk");
    List<User> team = users.createAll(List.of(new User("carol"), new User("dave"), new User("erin")));
    say("createAll gave ids " + team.stream().map(User::getId).collect(Collectors.toList()));
    users.destroy(team.get(2));
    say("update().set(USERNAME, \"anonymous\").where(USERNAME.in(dave, erin)) changed "
        + users.update().set(UserParanoidDao.USERNAME, "anonymous")
            .where(UserParanoidDao.USERNAME.in(List.of("dave", "erin"))).execute()
        + " row: dave; erin is soft-deleted, so she is left alone");
    Page<User> first = users.query().limit(2).page();
    say("query().limit(2).page() -> rows " + names(first.rows()) + ", total " + first.total());

    step("Find or create: the live match, else a new row; a deleted match does not count");
    FoundOrCreated<User> found = users.findOrCreate(UserParanoidDao.USERNAME.eq("alice"),
        () -> new User("alice"));
    say("findOrCreate(alice) -> created " + found.created() + ", id " + found.entity().getId());
    FoundOrCreated<User> again = users.findOrCreate(UserParanoidDao.USERNAME.eq("erin"),
        () -> new User("erin"));
    say("findOrCreate(erin) -> created " + again.created() + " (the old erin is soft-deleted)");

    step("Retention: purge what was deleted more than 30 days ago, cascades included");
    UserParanoidDao lastMonth = new UserParanoidDao(dataSource,
        Clock.offset(Clock.systemUTC(), Duration.ofDays(-40)));
    User gone = lastMonth.create(new User("frank"));
    stories.create(new Story("Frank's old notes", gone));
    lastMonth.destroy(gone);
    say("frank and his story were soft-deleted 40 days ago, erin today");
    say("purge(now - 30 days) removed " + users.purge(Instant.now().minus(Duration.ofDays(30)))
        + " user; deleted users left: " + names(users.query().onlyDeleted().list())
        + "; does frank's story still exist? " + stories.query().includeDeleted()
            .where(Condition.sql("title LIKE ?", "Frank%")).exists());

    step("Upsert: re-adding a deleted e-mail makes a new live row; the deleted one stays");
    MemberParanoidDao members = new MemberParanoidDao(dataSource);
    Member ann = members.create(new Member("ann@example.com", "acme", "ann"));
    members.destroy(ann);
    Member readded = members.upsert(new Member("ann@example.com", "initech", "ann"));
    say("ann (id " + ann.getId() + ") was soft-deleted; upsert(ann@example.com) inserted id "
        + readded.getId());
    Member moved = members.upsert(new Member("ann@example.com", "globex", "ann"));
    say("upsert(ann@example.com) again updated the live row: id " + moved.getId() + ", org "
        + members.findByPk(moved.getId()).map(Member::getOrg).orElseThrow()
        + ", createdAt kept " + moved.getCreatedAt().equals(readded.getCreatedAt()));
    say("rows with that e-mail, deleted ones included: " + members.query().includeDeleted()
        .where(MemberParanoidDao.EMAIL.eq("ann@example.com")).count()
        + "; restoring the old one would clash: " + clashes(() -> members.restore(ann)));

    step("Who deleted it: an Auditor fills @DeletedBy; purge removes what was deleted long ago");
    String[] actor = {"alice"};
    DaoConfig audited = DaoConfig.builder().auditor(() -> Optional.of(actor[0])).build();
    DaoConfig auditedLastMonth = audited.toBuilder()
        .clock(Clock.offset(Clock.systemUTC(), Duration.ofDays(-40))).build();
    FolderParanoidDao folders = new FolderParanoidDao(dataSource, audited);
    DocumentParanoidDao documents = new DocumentParanoidDao(dataSource, audited);
    Folder archive = folders.create(new Folder("archive"));
    documents.create(new Document("2019 invoices", archive));
    new FolderParanoidDao(dataSource, auditedLastMonth).destroy(archive);
    actor[0] = "bob";
    Folder drafts = folders.create(new Folder("drafts"));
    documents.create(new Document("notes", drafts));
    folders.destroy(drafts);
    for (Folder deleted : folders.query().onlyDeleted().list()) {
      say(deleted.getName() + " deleted at " + deleted.getDeletedAt() + " by " + deleted.getDeletedBy()
          + ", its documents by " + documents.query().includeDeleted()
              .where(DocumentParanoidDao.FOLDER_ID.eq(deleted.getId())).list().stream()
              .map(document -> document.deletedBy).collect(Collectors.toList()));
    }
    say("purge(now - 30 days) removed " + folders.purge(Instant.now().minus(Duration.ofDays(30)))
        + " folder with its documents; deleted folders left: " + folders.query().onlyDeleted()
            .list().stream().map(Folder::getName).collect(Collectors.toList()));

    step("Read the generated code");
    say("open " + generatedSource("UserParanoidDao") + " in your IDE");
  }

  /** Whether {@code call} fails on a unique key, as a restore that would duplicate a live value. */
  private static boolean clashes(Runnable call) {
    try {
      call.run();
      return false;
    } catch (UniqueConstraintException expected) {
      return true;
    }
  }

  private static void show(List<User> users, String include) {
    say(include + " -> " + users.stream()
        .map(user -> user.getUsername() + " " + titles(user.getStories()))
        .collect(Collectors.joining(", ")));
  }

  private static String names(List<User> users) {
    return users.stream().map(User::getUsername).collect(Collectors.toList()).toString();
  }

  private static String titles(List<Story> stories) {
    return stories.stream().map(Story::getTitle).collect(Collectors.toList()).toString();
  }

  private static void step(String title) {
    System.out.println();
    System.out.println("# " + title);
  }

  private static void say(String line) {
    System.out.println("  " + line);
  }

  private static Path generatedSource(String dao) {
    Path relative = Path.of("target", "generated-sources", "annotations", "dev", "paranoid", "it",
        "model", dao + ".java");
    Path fromRoot = Path.of("integration-tests").resolve(relative);
    return (Files.exists(fromRoot) ? fromRoot : relative).toAbsolutePath().normalize();
  }
}
