package org.gridcase.identity.process;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.gridcase.grid.TaskRoutingVariables;

/**
 * The engine's authorization checks with four changes, all for the cost of a task list and of a
 * case at city scale:
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
 * grants as before. A page walks or collects as {@link TaskListWalk} chooses; a query of the
 * tasks the person holds needs no condition at all.</li>
 * <li>The centers above a grid read the tasks below them without a grant per task
 * ({@link CenterOversight}): their task queries also take the tasks of the cases in the places
 * they oversee (historic task queries {@link OverseenHistoricTasks}), and reading one task (its
 * variables, form, identity links) is allowed when the task's case lies in a place they oversee.
 * Working a task needs a link to it.</li>
 * <li>Checks on one task (read it, its variables, form and links; claim, complete, submit its
 * form) are judged by its links ({@link TaskLinkPermissions}): the engine writes no grant per
 * task any more ({@link HistoricTaskGrantsOnly}), so the assignee, the owner, a candidate user
 * and the members of a candidate group get the permissions the grant for their link gave, for
 * as long as the link lasts. Grants (an administrator's, an auditor's, on a process definition)
 * allow as before.</li>
 * </ul>
 */
class OversightAuthorizationManager extends AuthorizationManager {

	private final TaskGrantHolders grantHolders;

	OversightAuthorizationManager(TaskGrantHolders grantHolders) {
		this.grantHolders = grantHolders;
	}

	@Override
	public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
		return authenticatedGroupIds == null ? List.of() : authenticatedGroupIds;
	}

	/** Set while a task query is configured: whether revokes apply is asked only if grants judge it. */
	private boolean revokesAskedLater;

	@Override
	public void configureTaskQuery(TaskQueryImpl query) {
		this.revokesAskedLater = true;
		try {
			super.configureTaskQuery(query);
		}
		finally {
			this.revokesAskedLater = false;
		}
		AuthorizationCheck check = query.getAuthCheck();
		if (!isChecked(check)) {
			return;
		}
		if (heldByThemselves(query, check)) {
			// the tasks they hold are theirs to see whatever else they may: no condition to add
			check.setAuthorizationCheckEnabled(false);
			check.setShouldPerformAuthorizatioCheck(false);
		}
		else if (!holdsGrantsBeyondSingleTasks(check)) {
			VisibleTasks visible = new VisibleTasks(check, CenterOversight.of(check.getAuthGroupIds()));
			TaskListWalk.choose(query, visible, getDbEntityManager());
			query.setAuthCheck(visible);
		}
		else {
			check.setRevokeAuthorizationCheckEnabled(isRevokeAuthCheckEnabled(check.getAuthUserId(), check.getAuthGroupIds()));
		}
	}

	/**
	 * The engine's question (one statement per command) whether any revoke applies to the person:
	 * not asked for a task query their links judge (no grant is read there).
	 */
	@Override
	protected boolean isRevokeAuthCheckEnabled(String userId, List<String> groupIds) {
		return !this.revokesAskedLater && super.isRevokeAuthCheckEnabled(userId, groupIds);
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

	/** A query of the tasks the person holds (and nothing else: no "or" query widens it). */
	private static boolean heldByThemselves(TaskQueryImpl query, AuthorizationCheck check) {
		return query.getQueries().size() == 1 && check.getAuthUserId().equals(query.getAssignee());
	}

	private static boolean isChecked(AuthorizationCheck check) {
		return check.isAuthorizationCheckEnabled() && check.getAuthUserId() != null;
	}

	/**
	 * READ on every task or READ_TASK on a process definition (auditors): the grant join finds those
	 * tasks. Asked once per login and window ({@link TaskGrantHolders}).
	 */
	private boolean holdsGrantsBeyondSingleTasks(AuthorizationCheck check) {
		return this.grantHolders.holdGrantsBeyondSingleTasks(check.getAuthUserId(), check.getAuthGroupIds(),
				() -> (Long) getDbEntityManager().selectOne(VisibleTasksMapping.GRANTS_BEYOND_SINGLE_TASKS, check) > 0);
	}

	@Override
	public void insert(DbEntity entity) {
		super.insert(entity);
		grantsChanged();
	}

	@Override
	public void update(AuthorizationEntity authorization) {
		super.update(authorization);
		grantsChanged();
	}

	@Override
	public void delete(DbEntity entity) {
		super.delete(entity);
		grantsChanged();
	}

	/** A grant written in this command: every login asks again, now and once it is committed. */
	private void grantsChanged() {
		this.grantHolders.forgetAll();
		Context.getCommandContext()
			.getTransactionContext()
			.addTransactionListener(TransactionState.COMMITTED, committed -> this.grantHolders.forgetAll());
	}

	/**
	 * The task's links and the centers' oversight first: they are read from the task the command
	 * has usually loaded already, where the grants need a statement.
	 */
	@Override
	public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck permissionCheck) {
		return allowedWithoutGrant(userId, groupIds, permissionCheck) || super.isAuthorized(userId, groupIds, permissionCheck);
	}

	/**
	 * As for one check, combined as the composite says: any one part of a disjunctive check, every
	 * part of a conjunctive one, each part allowed by a grant or without one.
	 */
	@Override
	public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck compositeCheck) {
		if (!judgesWithoutGrant(compositeCheck)) {
			return super.isAuthorized(userId, groupIds, compositeCheck);
		}
		if (compositeCheck.isDisjunctive()) {
			return compositeCheck.getAtomicChecks().stream().anyMatch(check -> allowedWithoutGrant(userId, groupIds, check))
					|| super.isAuthorized(userId, groupIds, compositeCheck)
					|| compositeCheck.getCompositeChecks().stream().anyMatch(part -> isAuthorized(userId, groupIds, part));
		}
		return compositeCheck.getAtomicChecks().stream().allMatch(check -> isAuthorized(userId, groupIds, check))
				&& compositeCheck.getCompositeChecks().stream().allMatch(part -> isAuthorized(userId, groupIds, part));
	}

	private boolean judgesWithoutGrant(CompositePermissionCheck compositeCheck) {
		return compositeCheck.getAllPermissionChecks().stream().anyMatch(OversightAuthorizationManager::isTaskCheck);
	}

	/** The task's links (the permissions their grants would have given) or a center's oversight (reads). */
	private boolean allowedWithoutGrant(String userId, List<String> groupIds, PermissionCheck check) {
		if (!isTaskCheck(check)) {
			return false;
		}
		boolean byLink = TaskLinkPermissions.of(Context.getProcessEngineConfiguration()).gives(check.getPermission());
		boolean byOversight = isRead(check.getPermission());
		if (!byLink && !byOversight) {
			return false;
		}
		// in the command's cache when the command itself loaded the task (claim, complete, variables)
		TaskEntity task = getTaskManager().findTaskById(check.getResourceId());
		return task != null && (byLink && TaskLinkPermissions.links(task, userId, groupIds)
				|| byOversight && oversees(task, groupIds));
	}

	private static boolean isTaskCheck(PermissionCheck check) {
		return check.getResource() != null && check.getResource().resourceType() == Resources.TASK.resourceType()
				&& check.getResourceId() != null;
	}

	/** A read of one task whose case lies in a place the person oversees. */
	private static boolean oversees(TaskEntity task, List<String> groupIds) {
		CenterOversight oversight = CenterOversight.of(groupIds);
		return !oversight.none() && task.getExecutionId() != null
				&& oversight.covers((String) task.getVariable(TaskRoutingVariables.GRID_CODE));
	}

	private static boolean isRead(Permission permission) {
		return permission != null && (permission.getValue() == Permissions.READ.getValue()
				|| permission.getValue() == TaskPermissions.READ_VARIABLE.getValue());
	}

}
