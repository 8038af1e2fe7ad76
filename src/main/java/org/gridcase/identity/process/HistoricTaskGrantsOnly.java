package org.gridcase.identity.process;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorizations, less the grant on a running task for each person or group
 * linked to it (assignee, owner, candidate user, candidate group): the engine asks the task's
 * links instead ({@link TaskLinkPermissions}, in {@link OversightAuthorizationManager}). The grant
 * on the task's history ({@code HISTORIC_TASK} {@code READ}, {@code enableHistoricInstancePermissions})
 * is still written: the engine judges history queries (task history, comments, operation log,
 * historic variables and identity links) by joining the grants, and nothing else would let a
 * worker read the history of the tasks they worked.
 */
class HistoricTaskGrantsOnly extends DefaultAuthorizationProvider {

	@Override
	protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
		if (!isHistoricInstancePermissionsEnabled()) {
			return null;
		}
		// as the engine's own: true = a history grant, removed with the case's history
		return new AuthorizationEntity[] { createOrUpdateAuthorization(task, userId, groupId, Resources.HISTORIC_TASK, true,
				getHistoricPermissions(isEnforceSpecificVariablePermission())) };
	}

}
