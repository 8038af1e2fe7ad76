package org.gridcase.identity.process;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.gridcase.grid.TaskRoutingVariables;

/**
 * The engine's authorization checks with three changes, all for the cost of a task list at city
 * scale:
 * <ul>
 * <li>The groups a person logs in with are used as they are. The engine first narrows them to
 * the groups that appear in any authorization ({@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION}, once per command); with a grant per task that read the whole table on
 * every call. A group without grants matches no grant either way, so nothing changes but the
 * cost.</li>
 * <li>Task queries are judged by the task's links ({@link VisibleTasks}: offered to the person or
 * their posts, held or owned by them) instead of the engine's grant join, which PostgreSQL can
 * only answer by reading the grant table for every query ({@code RESOURCE_ID_ in (task,
 * definition key, '*')}). The engine writes those grants for the same links, so the person sees
 * the same tasks, except the tasks of a link since removed (a former assignee's), which the
 * grant kept. Whoever holds a grant beyond single tasks (auditors: every task) is judged by the
 * grants as before.</li>
 * <li>The centers above a grid read the tasks below them without a grant per task
 * ({@link CenterOversight}): their task queries also take the tasks of the cases in the places
 * they oversee (historic task queries {@link OverseenHistoricTasks}), and reading one task (its
 * variables, form, identity links) is allowed when the task's case lies in a place they oversee.
 * Working a task still needs the grants.</li>
 * </ul>
 */
class OversightAuthorizationManager extends AuthorizationManager {

	@Override
	public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
		return authenticatedGroupIds == null ? List.of() : authenticatedGroupIds;
	}

	@Override
	public void configureTaskQuery(TaskQueryImpl query) {
		super.configureTaskQuery(query);
		AuthorizationCheck check = query.getAuthCheck();
		if (isChecked(check) && !holdsGrantsBeyondSingleTasks(check)) {
			query.setAuthCheck(new VisibleTasks(check, CenterOversight.of(check.getAuthGroupIds())));
		}
	}

	@Override
	public void configureHistoricTaskInstanceQuery(HistoricTaskInstanceQueryImpl query) {
		super.configureHistoricTaskInstanceQuery(query);
		AuthorizationCheck check = query.getAuthCheck();
		takeOver(check).ifPresent(oversight -> OverseenHistoricTasks.addTo(query, check.getAuthUserId(), oversight));
	}

	/**
	 * The center posts of the current login, when they judge a query instead of the grants; the
	 * grant check is then switched off. Empty when the query is not checked or the login holds no
	 * center post.
	 */
	private java.util.Optional<CenterOversight> takeOver(AuthorizationCheck check) {
		Authentication authentication = getCurrentAuthentication();
		if (!isChecked(check) || authentication == null) {
			return java.util.Optional.empty();
		}
		CenterOversight oversight = CenterOversight.of(authentication.getGroupIds());
		if (oversight.none()) {
			return java.util.Optional.empty();
		}
		check.setAuthorizationCheckEnabled(false);
		check.setShouldPerformAuthorizatioCheck(false);
		return java.util.Optional.of(oversight);
	}

	private static boolean isChecked(AuthorizationCheck check) {
		return check.isAuthorizationCheckEnabled() && check.getAuthUserId() != null;
	}

	/** READ on every task or READ_TASK on a process definition (auditors): the grant join finds those tasks. */
	private boolean holdsGrantsBeyondSingleTasks(AuthorizationCheck check) {
		return (Long) getDbEntityManager().selectOne(VisibleTasksMapping.GRANTS_BEYOND_SINGLE_TASKS, check) > 0;
	}

	@Override
	public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck permissionCheck) {
		return super.isAuthorized(userId, groupIds, permissionCheck) || oversees(groupIds, permissionCheck);
	}

	@Override
	public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck compositeCheck) {
		return super.isAuthorized(userId, groupIds, compositeCheck)
				|| ((compositeCheck.isDisjunctive() || compositeCheck.getAtomicChecks().size() == 1)
						&& compositeCheck.getCompositeChecks().isEmpty()
						&& compositeCheck.getAtomicChecks().stream().anyMatch(check -> oversees(groupIds, check)));
	}

	/** A read of one task whose case lies in a place the person oversees. */
	private boolean oversees(List<String> groupIds, PermissionCheck check) {
		if (check.getResource() == null || check.getResource().resourceType() != Resources.TASK.resourceType()
				|| check.getResourceId() == null || !isRead(check.getPermission())) {
			return false;
		}
		CenterOversight oversight = CenterOversight.of(groupIds);
		if (oversight.none()) {
			return false;
		}
		TaskEntity task = getTaskManager().findTaskById(check.getResourceId());
		return task != null && task.getExecutionId() != null
				&& oversight.covers((String) task.getVariable(TaskRoutingVariables.GRID_CODE));
	}

	private static boolean isRead(Permission permission) {
		return permission != null && (permission.getValue() == Permissions.READ.getValue()
				|| permission.getValue() == TaskPermissions.READ_VARIABLE.getValue());
	}

}
