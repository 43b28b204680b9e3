package dev.paranoid.bench.hibernate;

import java.util.List;
import javax.sql.DataSource;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The same workloads through Hibernate ORM 7, set up as its documentation advises for speed:
 * JDBC batching of the statements a flush sends ({@code hibernate.jdbc.batch_size}, ordered),
 * batch fetching of lazy collections ({@code hibernate.default_batch_fetch_size}), a pool that
 * hands out connections with auto-commit already off ({@code provider_disables_autocommit}),
 * read-only sessions for reads. A session and a transaction per operation, as a service method
 * has them. Restoring is not something Hibernate's {@code @SoftDelete} offers: it is a native
 * mutation, as a Hibernate user has to write it.
 */
public final class HibernateOrm implements AutoCloseable {

  /** Statements per JDBC batch: the documentation suggests a value between 10 and 50. */
  private static final int BATCH_SIZE = 50;

  private final SessionFactory sessions;
  private final String deletedWithUser;

  /**
   * {@code dataSource} must hand out connections with auto-commit off. With
   * {@code timestampPerStatement} (MariaDB/MySQL) the restore cannot match the children by the
   * user's exact deletion time, see {@link #restoreUserCascading}.
   */
  public HibernateOrm(DataSource dataSource, boolean timestampPerStatement) {
    deletedWithUser = timestampPerStatement
        ? "deleted_at BETWEEN (SELECT u.deleted_at - INTERVAL 1 SECOND FROM bench_users u"
            + " WHERE u.id = ?1) AND (SELECT u.deleted_at FROM bench_users u WHERE u.id = ?1)"
        : "deleted_at = (SELECT u.deleted_at FROM bench_users u WHERE u.id = ?1)";
    sessions = new HibernatePersistenceConfiguration("bench")
        .managedClasses(HibernateUser.class, HibernateProject.class)
        .property("hibernate.connection.datasource", dataSource)
        .property("hibernate.connection.provider_disables_autocommit", true)
        .property("hibernate.jdbc.batch_size", BATCH_SIZE)
        .property("hibernate.order_updates", true)
        .property("hibernate.order_inserts", true)
        .property("hibernate.default_batch_fetch_size", 100)
        // the columns hold UTC wall-clock time, as Paranoid writes them
        .property("hibernate.jdbc.time_zone", "UTC")
        .createEntityManagerFactory();
  }

  public HibernateUser findUser(long id) {
    return sessions.fromTransaction(session -> {
      session.setDefaultReadOnly(true);
      return session.find(HibernateUser.class, id);
    });
  }

  /** A page of users in key order, each with its projects (batch-fetched, 100 users at a time). */
  public List<HibernateUser> pageWithProjects(int limit, int offset) {
    return sessions.fromTransaction(session -> {
      session.setDefaultReadOnly(true);
      List<HibernateUser> users = session
          .createSelectionQuery("from HibernateUser u order by u.id", HibernateUser.class)
          .setFirstResult(offset)
          .setMaxResults(limit)
          .getResultList();
      for (HibernateUser user : users) {
        Hibernate.initialize(user.getProjects());
      }
      return users;
    });
  }

  /** A soft delete by key: an HQL delete, which {@code @SoftDelete} turns into an UPDATE. */
  public boolean destroyProject(long id) {
    return sessions.fromTransaction(session -> session
        .createMutationQuery("delete from HibernateProject p where p.id = :id")
        .setParameter("id", id)
        .executeUpdate() > 0);
  }

  public boolean restoreProject(long id) {
    return sessions.fromTransaction(session -> session
        .createNativeMutationQuery("UPDATE bench_projects SET deleted_at = NULL"
            + " WHERE deleted_at IS NOT NULL AND id = ?1")
        .setParameter(1, id)
        .executeUpdate() > 0);
  }

  public HibernateUser createUser(String name) {
    return sessions.fromTransaction(session -> {
      HibernateUser user = new HibernateUser(name);
      session.persist(user);
      return user;
    });
  }

  /**
   * Many users in one session and transaction: {@code persist} each. With identity keys Hibernate
   * cannot batch the inserts (it needs each key at once), so it sends one INSERT per user.
   */
  public List<HibernateUser> createUsers(List<String> names) {
    return sessions.fromTransaction(session -> {
      List<HibernateUser> users = new java.util.ArrayList<>(names.size());
      for (String name : names) {
        HibernateUser user = new HibernateUser(name);
        session.persist(user);
        users.add(user);
      }
      return users;
    });
  }

  /**
   * The ORM's cascade: load the user, {@code remove} it; {@code cascade = REMOVE} loads its
   * projects and soft-deletes each (batched UPDATEs by key), then the user.
   */
  public boolean destroyUserCascading(long id) {
    return sessions.fromTransaction(session -> {
      HibernateUser user = session.find(HibernateUser.class, id);
      if (user == null) {
        return false;
      }
      session.remove(user);
      return true;
    });
  }

  /**
   * The exact restore a Hibernate user writes by hand: the projects stamped with the user's
   * deletion time, then the user (deleted rows are invisible to the session). On MariaDB it
   * cannot be exact: Hibernate stamps rows with {@code current_timestamp(6)}, which MariaDB
   * evaluates per statement, so the projects (a JDBC batch sent before the user's UPDATE) carry
   * an earlier time than their user; the restore takes the projects deleted up to a second before
   * it, which would also revive ones deleted on their own in that second.
   */
  public boolean restoreUserCascading(long id) {
    return sessions.fromTransaction(session -> {
      session.createNativeMutationQuery("UPDATE bench_projects SET deleted_at = NULL"
              + " WHERE user_id = ?1 AND " + deletedWithUser)
          .setParameter(1, id)
          .executeUpdate();
      return session.createNativeMutationQuery("UPDATE bench_users SET deleted_at = NULL"
              + " WHERE deleted_at IS NOT NULL AND id = ?1")
          .setParameter(1, id)
          .executeUpdate() > 0;
    });
  }

  /** Bulk soft delete: an HQL delete over many rows, one UPDATE. */
  public int destroyProjectsOfUsers(long lastUser) {
    return sessions.fromTransaction(session -> session
        .createMutationQuery("delete from HibernateProject p where p.userId <= :last")
        .setParameter("last", lastUser)
        .executeUpdate());
  }

  public int restoreProjectsOfUsers(long lastUser) {
    return sessions.fromTransaction(session -> session
        .createNativeMutationQuery("UPDATE bench_projects SET deleted_at = NULL"
            + " WHERE deleted_at IS NOT NULL AND user_id <= ?1")
        .setParameter(1, lastUser)
        .executeUpdate());
  }

  @Override
  public void close() {
    sessions.close();
  }
}
