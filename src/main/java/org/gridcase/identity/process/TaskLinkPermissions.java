package org.gridcase.identity.process;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * What a person may do with one running task because they are linked to it, in place of the
 * grant per task the engine's default authorization provider would have written for the link
 * ({@link HistoricTaskGrantsOnly} no longer writes it): the assignee, the owner, a user linked to
 * the task (a candidate) and the members of a group linked to it (a candidate group) get
 * {@code READ} and the task permission of {@code defaultUserPermissionForTask} ({@code TASK_WORK},
 * see {@link EngineWritePermissions}), plus {@code READ_VARIABLE} when
 * {@code enforceSpecificVariablePermission} is on. Judged from the task's links at the time of
 * the check, so a link removed (a task given to someone else, a candidate withdrawn) takes its
 * permissions with it, where the grant outlived it.
 */
final class TaskLinkPermissions {

	private final List<Permission> granted;

	private TaskLinkPermissions(List<Permission> granted) {
		this.granted = granted;
	}

	static TaskLinkPermissions of(ProcessEngineConfigurationImpl configuration) {
		return configuration.isEnforceSpecificVariablePermission()
				? new TaskLinkPermissions(List.of(Permissions.READ, configuration.getDefaultUserPermissionForTask(),
						TaskPermissions.READ_VARIABLE))
				: new TaskLinkPermissions(List.of(Permissions.READ, configuration.getDefaultUserPermissionForTask()));
	}

	/** Whether a link to a task gives the permission. */
	boolean gives(Permission permission) {
		return permission != null && this.granted.stream().anyMatch(given -> given.getValue() == permission.getValue());
	}

	/** Whether the person is linked to the task: its assignee, its owner, or linked as a user or by a group. */
	static boolean links(TaskEntity task, String userId, Collection<String> groupIds) {
		if (userId == null) {
			return false;
		}
		if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
			return true;
		}
		for (IdentityLinkEntity link : task.getIdentityLinks()) {
			if (userId.equals(link.getUserId()) || link.getGroupId() != null && groupIds != null
					&& groupIds.contains(link.getGroupId())) {
				return true;
			}
		}
		return false;
	}

}
