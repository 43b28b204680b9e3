package dev.paranoid.it.support;

import dev.paranoid.it.model.BadgeParanoidDao;
import dev.paranoid.it.model.GadgetParanoidDao;
import dev.paranoid.it.model.MarkerParanoidDao;
import dev.paranoid.it.model.NoteParanoidDao;
import dev.paranoid.it.model.ProjectParanoidDao;
import dev.paranoid.it.model.ReviewParanoidDao;
import dev.paranoid.it.model.StoryParanoidDao;
import dev.paranoid.it.model.Team;
import dev.paranoid.it.model.UserParanoidDao;
import dev.paranoid.runtime.schema.TableDefinition;

/** The tables of the test entities, created through the runtime's schema helper. */
public final class TestTables {

  private TestTables() {}

  public static TableDefinition[] all() {
    return new TableDefinition[] {
      Team.TABLE_DEFINITION,
      UserParanoidDao.TABLE_DEFINITION,
      ProjectParanoidDao.TABLE_DEFINITION,
      StoryParanoidDao.TABLE_DEFINITION,
      ReviewParanoidDao.TABLE_DEFINITION,
      NoteParanoidDao.TABLE_DEFINITION,
      GadgetParanoidDao.TABLE_DEFINITION,
      MarkerParanoidDao.TABLE_DEFINITION,
      BadgeParanoidDao.TABLE_DEFINITION
    };
  }
}
