package dev.paranoid.it;

import dev.paranoid.it.model.Account;
import dev.paranoid.it.model.Address;
import dev.paranoid.it.model.AccountParanoidDao;
import dev.paranoid.it.model.Attachment;
import dev.paranoid.it.model.AttachmentParanoidDao;
import dev.paranoid.it.model.Badge;
import dev.paranoid.it.model.BadgeParanoidDao;
import dev.paranoid.it.model.Bookmark;
import dev.paranoid.it.model.BookmarkParanoidDao;
import dev.paranoid.it.model.Color;
import dev.paranoid.it.model.Document;
import dev.paranoid.it.model.DocumentParanoidDao;
import dev.paranoid.it.model.Folder;
import dev.paranoid.it.model.FolderParanoidDao;
import dev.paranoid.it.model.Gadget;
import dev.paranoid.it.model.GadgetParanoidDao;
import dev.paranoid.it.model.Label;
import dev.paranoid.it.model.LabelParanoidDao;
import dev.paranoid.it.model.Ledger;
import dev.paranoid.it.model.LedgerEntry;
import dev.paranoid.it.model.LedgerEntryParanoidDao;
import dev.paranoid.it.model.LedgerParanoidDao;
import dev.paranoid.it.model.Marker;
import dev.paranoid.it.model.MarkerParanoidDao;
import dev.paranoid.it.model.Member;
import dev.paranoid.it.model.MemberParanoidDao;
import dev.paranoid.it.model.Moment;
import dev.paranoid.it.model.MomentParanoidDao;
import dev.paranoid.it.model.Note;
import dev.paranoid.it.model.NoteParanoidDao;
import dev.paranoid.it.model.Order;
import dev.paranoid.it.model.OrderItem;
import dev.paranoid.it.model.OrderItemParanoidDao;
import dev.paranoid.it.model.OrderParanoidDao;
import dev.paranoid.it.model.Passport;
import dev.paranoid.it.model.PassportParanoidDao;
import dev.paranoid.it.model.Person;
import dev.paranoid.it.model.PersonParanoidDao;
import dev.paranoid.it.model.Money;
import dev.paranoid.it.model.Plan;
import dev.paranoid.it.model.PlanParanoidDao;
import dev.paranoid.it.model.Price;
import dev.paranoid.it.model.Priority;
import dev.paranoid.it.model.Product;
import dev.paranoid.it.model.ProductParanoidDao;
import dev.paranoid.it.model.Purchase;
import dev.paranoid.it.model.PurchaseParanoidDao;
import dev.paranoid.it.model.Project;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.Review;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.Setting;
import dev.paranoid.it.model.Shelf;
import dev.paranoid.it.model.ShelfParanoidDao;
import dev.paranoid.it.model.SettingParanoidDao;
import dev.paranoid.it.model.Story;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.Team;
import dev.paranoid.it.model.User;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.it.model.ZonedMoment;
import dev.paranoid.it.model.ZonedMomentParanoidDao;
import dev.paranoid.it.support.MutableClock;
import dev.paranoid.it.support.TestDatabase;
import dev.paranoid.runtime.DaoConfig;
import dev.paranoid.runtime.Dialect;
import dev.paranoid.runtime.schema.TableDefinition;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A {@link DaoFixture} for every DAO generated from the integration entities
 * ({@code dev.paranoid.it.model}), all on one data source. Every stored row has the relatives its
 * cascades and includes reach: a user has a story with a review, a story a review, an order an
 * item, a ledger an entry, a project its user (with a story) and a team.
 */
final class DaoFixtures {

  private static final Instant AT = Instant.parse("2024-05-06T07:08:09.123456Z");

  private DaoFixtures() {}

  /** The fixtures, DAOs on {@code dataSource} and {@code clock}; {@code db} holds the teams. */
  static List<DaoFixture<?, ?>> all(DataSource dataSource, Clock clock, TestDatabase db) {
    UserParanoidDao users = new UserParanoidDao(dataSource, clock);
    StoryParanoidDao stories = new StoryParanoidDao(dataSource, clock);
    ReviewParanoidDao reviews = new ReviewParanoidDao(dataSource, clock);
    ProjectParanoidDao projects = new ProjectParanoidDao(dataSource, clock);
    OrderParanoidDao orders = new OrderParanoidDao(dataSource, clock);
    OrderItemParanoidDao items = new OrderItemParanoidDao(dataSource, clock);
    LedgerParanoidDao ledgers = new LedgerParanoidDao(dataSource, clock);
    LedgerEntryParanoidDao entries = new LedgerEntryParanoidDao(dataSource, clock);

    DaoFixture<User, Long> user = DaoFixture.of(users, User.class, Long.class,
            UserParanoidDao.ID, n -> new User("user" + n), User::getId)
        .children(u -> {
          Story story = stories.create(new Story("story of " + u.getUsername(), u));
          reviews.create(new Review("own review", 4, u, story));
        })
        .relatives(u -> projects.create(new Project("project of " + u.getUsername(), 1, u)))
        // projects, orders and other users' reviews reference users without a cascade
        .referencedWithoutCascade();
    DaoFixture<Story, Long> story = DaoFixture.of(stories, Story.class, Long.class,
            StoryParanoidDao.ID, n -> new Story("story" + n, user.stored()), Story::getId)
        .children(s -> reviews.create(new Review("review", 5, s.getAuthor(), s)));
    DaoFixture<Review, Long> review = DaoFixture.of(reviews, Review.class, Long.class,
        ReviewParanoidDao.ID, n -> {
          User author = user.stored();
          return new Review("review" + n, 3, author, stories.create(new Story("reviewed", author)));
        }, Review::getId);
    DaoFixture<Project, Long> project = DaoFixture.of(projects, Project.class, Long.class,
        ProjectParanoidDao.ID, n -> {
          Project p = new Project("project" + n, n, user.stored());
          p.setTeam(team(db, "team" + n));
          return p;
        }, Project::getId);
    DaoFixture<Order, Long> order = DaoFixture.of(orders, Order.class, Long.class,
            OrderParanoidDao.ID, n -> new Order("group" + n, n, user.stored()), Order::getId)
        .children(o -> items.create(new OrderItem("sku-of-order-" + o.getId(), o)));
    DaoFixture<OrderItem, Long> item = DaoFixture.of(items, OrderItem.class, Long.class,
        OrderItemParanoidDao.ID, n -> new OrderItem("sku" + n, order.stored()), OrderItem::getId);
    DaoFixture<Ledger, Long> ledger = DaoFixture.of(ledgers, Ledger.class, Long.class,
            LedgerParanoidDao.ID, n -> new Ledger("ledger" + n), Ledger::getId)
        .children(l -> entries.create(new LedgerEntry(100, l)));
    DaoFixture<LedgerEntry, Long> entry = DaoFixture.of(entries, LedgerEntry.class, Long.class,
        LedgerEntryParanoidDao.ID, n -> new LedgerEntry(n, ledger.stored()), LedgerEntry::getId);

    DaoConfig audited = DaoConfig.builder().clock(clock)
        .auditor(() -> Optional.of("fixture")).build();
    FolderParanoidDao folders = new FolderParanoidDao(dataSource, audited);
    DocumentParanoidDao documents = new DocumentParanoidDao(dataSource, audited);
    DaoFixture<Folder, Long> folder = DaoFixture.of(folders, Folder.class, Long.class,
            FolderParanoidDao.ID, n -> new Folder("folder" + n), Folder::getId)
        .children(f -> documents.create(new Document("page of " + f.getName(), f)));
    DaoFixture<Document, Long> document = DaoFixture.of(documents, Document.class, Long.class,
        DocumentParanoidDao.ID, n -> new Document("document" + n, folder.stored()), d -> d.id);

    ShelfParanoidDao shelves = new ShelfParanoidDao(dataSource, clock);
    LabelParanoidDao labels = new LabelParanoidDao(dataSource, clock);
    DaoFixture<Shelf, Long> shelf = DaoFixture.of(shelves, Shelf.class, Long.class,
            ShelfParanoidDao.ID, n -> new Shelf("shelf" + n), s -> s.id)
        .children(s -> labels.create(Label.of("label of " + s.name, s)));
    DaoFixture<Label, Long> label = DaoFixture.of(labels, Label.class, Long.class,
        LabelParanoidDao.ID, n -> Label.of("label" + n, shelf.stored()), Label::id);

    PersonParanoidDao persons = new PersonParanoidDao(dataSource, clock);
    PassportParanoidDao passports = new PassportParanoidDao(dataSource, clock);
    DaoFixture<Person, Long> person = DaoFixture.of(persons, Person.class, Long.class,
            PersonParanoidDao.ID, n -> new Person("person" + n), p -> p.id)
        .children(p -> passports.create(new Passport("P-" + p.id, p)));
    DaoFixture<Passport, Long> passport = DaoFixture.of(passports, Passport.class, Long.class,
        PassportParanoidDao.ID, n -> new Passport("N-" + n, persons.create(new Person("holder"))),
        p -> p.id);

    List<DaoFixture<?, ?>> all = List.of(user, story, review, project, order, item, ledger, entry,
        folder, document, shelf, label, person, passport,
        DaoFixture.of(new AccountParanoidDao(dataSource, clock), Account.class, Long.class,
            AccountParanoidDao.ID, n -> new Account("account" + n), Account::getId),
        DaoFixture.of(new AttachmentParanoidDao(dataSource, clock), Attachment.class, Long.class,
            AttachmentParanoidDao.ID, n -> new Attachment("attachment" + n, "body " + n,
                new byte[] {(byte) n}), a -> a.id),
        DaoFixture.of(new BadgeParanoidDao(dataSource, clock), Badge.class, String.class,
            BadgeParanoidDao.CODE, n -> new Badge("badge" + n), b -> b.code),
        DaoFixture.of(new BookmarkParanoidDao(dataSource, clock), Bookmark.class, Long.class,
                BookmarkParanoidDao.ID, n -> Bookmark.of("https://example.com/" + n), Bookmark::id)
            .changed(b -> b.withUrl(b.url() + "/changed")),
        DaoFixture.of(new GadgetParanoidDao(dataSource, clock), Gadget.class, Long.class,
            GadgetParanoidDao.ID, DaoFixtures::gadget, Gadget::getId),
        DaoFixture.of(new MarkerParanoidDao(dataSource, clock), Marker.class, Long.class,
            MarkerParanoidDao.ID, n -> new Marker(), m -> m.id),
        DaoFixture.of(new MemberParanoidDao(dataSource, clock), Member.class, Long.class,
            MemberParanoidDao.ID, n -> new Member("m" + n + "@example.com", "acme", "m" + n),
            Member::getId),
        DaoFixture.of(new MomentParanoidDao(dataSource, clock), Moment.class, Long.class,
            MomentParanoidDao.ID, n -> new Moment("moment" + n, AT, AT.atOffset(ZoneOffset.UTC),
                LocalDateTime.ofInstant(AT, ZoneOffset.UTC)), Moment::getId),
        DaoFixture.of(new NoteParanoidDao(dataSource, clock), Note.class, UUID.class,
            NoteParanoidDao.ID, n -> new Note(UUID.randomUUID(), "note" + n), note -> note.id),
        DaoFixture.of(new ProductParanoidDao(dataSource, clock), Product.class, Long.class,
            ProductParanoidDao.ID, n -> new Product("product" + n, Money.of(n + ".25")), p -> p.id),
        DaoFixture.of(new PurchaseParanoidDao(dataSource, clock), Purchase.class, Long.class,
            PurchaseParanoidDao.ID, n -> new Purchase("purchase" + n, new Price(n + ".50", "EUR"),
                new Address(n + " rue de la Paix", "Paris", "75002")), p -> p.id),
        DaoFixture.of(new PlanParanoidDao(dataSource, clock), Plan.class, Long.class,
            PlanParanoidDao.ID, n -> Plan.of("plan" + n, "Plan " + n), Plan::id),
        DaoFixture.of(new SettingParanoidDao(dataSource, clock), Setting.class, String.class,
            SettingParanoidDao.NAME, n -> new Setting("setting" + n, "value" + n),
            Setting::getName),
        DaoFixture.of(new ZonedMomentParanoidDao(dataSource, clock), ZonedMoment.class, Long.class,
                ZonedMomentParanoidDao.ID, n -> new ZonedMoment("zoned" + n, AT,
                    AT.atOffset(ZoneOffset.ofHoursMinutes(-3, -30))), ZonedMoment::getId)
            // a TIMESTAMP WITH TIME ZONE column: no such type on MariaDB (see ZonedMoment)
            .missingOn(Dialect.MARIADB));
    for (DaoFixture<?, ?> fixture : all) {
      fixture.clock((MutableClock) clock);
    }
    return all;
  }

  /** The tables of every fixture, for {@code Schema.create}, referenced tables first. */
  static TableDefinition[] tables(Dialect dialect) {
    List<TableDefinition> tables = new ArrayList<>(List.of(
        Team.TABLE_DEFINITION,
        UserParanoidDao.TABLE_DEFINITION,
        ProjectParanoidDao.TABLE_DEFINITION,
        StoryParanoidDao.TABLE_DEFINITION,
        ReviewParanoidDao.TABLE_DEFINITION,
        OrderParanoidDao.TABLE_DEFINITION,
        OrderItemParanoidDao.TABLE_DEFINITION,
        LedgerParanoidDao.TABLE_DEFINITION,
        LedgerEntryParanoidDao.TABLE_DEFINITION,
        AccountParanoidDao.TABLE_DEFINITION,
        FolderParanoidDao.TABLE_DEFINITION,
        DocumentParanoidDao.TABLE_DEFINITION,
        ShelfParanoidDao.TABLE_DEFINITION,
        LabelParanoidDao.TABLE_DEFINITION,
        PersonParanoidDao.TABLE_DEFINITION,
        PassportParanoidDao.TABLE_DEFINITION,
        AttachmentParanoidDao.TABLE_DEFINITION,
        BadgeParanoidDao.TABLE_DEFINITION,
        BookmarkParanoidDao.TABLE_DEFINITION,
        GadgetParanoidDao.TABLE_DEFINITION,
        MarkerParanoidDao.TABLE_DEFINITION,
        MemberParanoidDao.TABLE_DEFINITION,
        MomentParanoidDao.TABLE_DEFINITION,
        NoteParanoidDao.TABLE_DEFINITION,
        PlanParanoidDao.TABLE_DEFINITION,
        ProductParanoidDao.TABLE_DEFINITION,
        PurchaseParanoidDao.TABLE_DEFINITION,
        SettingParanoidDao.TABLE_DEFINITION));
    if (dialect != Dialect.MARIADB) {
      tables.add(ZonedMomentParanoidDao.TABLE_DEFINITION);
    }
    return tables.toArray(new TableDefinition[0]);
  }

  private static Gadget gadget(int n) {
    Gadget g = new Gadget();
    g.setName("gadget" + n);
    g.setPrimitiveInt(n);
    g.setPrimitiveChar('g');
    g.setBoxedChar('h');
    g.setPrice(new BigDecimal("12.5000"));
    g.setPayload(new byte[] {1, 2, 3});
    g.setToken(UUID.randomUUID());
    g.setColor(Color.BLUE);
    g.setPriority(Priority.HIGH);
    g.setReleasedOn(LocalDate.of(2024, 5, 6));
    g.setRemindAt(LocalDateTime.of(2024, 5, 6, 7, 8));
    g.setSeenAt(AT);
    g.setShippedAt(OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(2)));
    return g;
  }

  /** A new row of the plain (non-paranoid) table {@code teams}, which has no DAO. */
  private static Team team(TestDatabase db, String name) {
    db.update("INSERT INTO teams (name) VALUES (?)", name);
    Team team = new Team();
    team.setId(db.single(Long.class, "SELECT MAX(id) FROM teams"));
    team.setName(name);
    return team;
  }
}
