package dev.paranoid.demo;

import dev.paranoid.it.model.DocumentParanoidDao;
import dev.paranoid.it.model.FolderParanoidDao;
import dev.paranoid.it.model.MemberParanoidDao;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.Team;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.runtime.schema.Schema;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An embedded, in-memory H2 database with the demo's tables, made by the schema helper. */
final class DemoDatabase {

  private DemoDatabase() {}

  static DataSource create() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:paranoid-demo;DB_CLOSE_DELAY=-1");
    Schema.create(dataSource, Team.TABLE_DEFINITION, UserParanoidDao.TABLE_DEFINITION,
        ProjectParanoidDao.TABLE_DEFINITION, StoryParanoidDao.TABLE_DEFINITION,
        ReviewParanoidDao.TABLE_DEFINITION, MemberParanoidDao.TABLE_DEFINITION,
        FolderParanoidDao.TABLE_DEFINITION, DocumentParanoidDao.TABLE_DEFINITION);
    return dataSource;
  }
}
