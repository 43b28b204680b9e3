package dev.paranoid.it.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips every test of a run whose database server cannot be reached, before any of its set-up
 * runs (registered for all tests through junit-platform.properties and the service file). A user
 * without PostgreSQL or MariaDB gets a green build that says, loudly, what it skipped.
 */
public final class ServerAvailability implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String problem = ServerDatabases.whyUnusable();
    return problem == null
        ? ConditionEvaluationResult.enabled("the database of this run is reachable")
        : ConditionEvaluationResult.disabled(
            ServerDatabases.run() + " unreachable, skipped: " + problem);
  }
}
