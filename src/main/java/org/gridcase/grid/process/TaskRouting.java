package org.gridcase.grid.process;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.GridView;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Routing;
import org.gridcase.grid.Staffing;
import org.gridcase.grid.TaskRoutingVariables;

import org.springframework.stereotype.Component;

/**
 * Gives a user task its candidate group, asked of the organisation when the task is created:
 * as the task's candidate groups, which is what the element templates write
 * ({@code camunda:candidateGroups="${taskRouting.candidates(execution, 'GRID_LEADER')}"} or
 * {@code ${taskRouting.departmentCandidates(execution, 'DEPARTMENT_OFFICER', routingDepartment)}}),
 * or, in models written before the templates, as a create task listener
 * {@code ${taskRouting.route(task, 'GRID_LEADER')}} or
 * {@code ${taskRouting.routeToDepartment(task, 'DEPARTMENT_OFFICER', 'URBAN_MANAGEMENT')}}.
 * The place is the case's grid (variable {@value TaskRoutingVariables#GRID_CODE}); roles at
 * home above it go to the ancestor at their level. A climb is recorded against the task.
 * Public because the expression language only calls public methods of public classes.
 */
@Component("taskRouting")
public class TaskRouting {

	private final Staffing staffing;

	private final GridDirectory directory;

	private final AuthorizationService authorizationService;

	TaskRouting(Staffing staffing, GridDirectory directory, AuthorizationService authorizationService) {
		this.staffing = staffing;
		this.directory = directory;
		this.authorizationService = authorizationService;
	}

	/** The candidate group of the task being created, for a role at the case's place ({@code camunda:candidateGroups}). */
	public String candidates(DelegateExecution execution, String role) {
		return routeTo(taskBeingCreated(execution), Role.valueOf(role), null);
	}

	/** The candidate group of the task being created, for a department's role ({@code camunda:candidateGroups}). */
	public String departmentCandidates(DelegateExecution execution, String role, String departmentCode) {
		return routeTo(taskBeingCreated(execution), Role.valueOf(role), departmentCode);
	}

	public void route(DelegateTask task, String role) {
		task.addCandidateGroup(routeTo(task, Role.valueOf(role), null));
	}

	public void routeToDepartment(DelegateTask task, String role, String departmentCode) {
		task.addCandidateGroup(routeTo(task, Role.valueOf(role), departmentCode));
	}

	/**
	 * The engine evaluates candidate groups against the execution, after it has created the task
	 * (inserted, not yet announced): the execution's task of its current activity.
	 */
	private static DelegateTask taskBeingCreated(DelegateExecution execution) {
		List<TaskEntity> tasks = ((ExecutionEntity) execution).getTasks()
			.stream()
			.filter(task -> execution.getCurrentActivityId().equals(task.getTaskDefinitionKey()))
			.toList();
		if (tasks.isEmpty()) {
			throw new IllegalStateException("No task is being created at " + execution.getCurrentActivityId());
		}
		return tasks.get(tasks.size() - 1);
	}

	private String routeTo(DelegateTask task, Role role, String departmentCode) {
		String gridCode = (String) task.getVariable(TaskRoutingVariables.GRID_CODE);
		if (gridCode == null) {
			throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no "
					+ TaskRoutingVariables.GRID_CODE + " to route by");
		}
		Routing routing = this.staffing.route(role, departmentCode, gridCode, "task:" + task.getId());
		task.setVariableLocal(TaskRoutingVariables.ROUTED_TO, routing.resolved().groupId());
		if (routing.climbed()) {
			task.setVariableLocal(TaskRoutingVariables.ROUTING_SKIPPED,
					routing.skipped().stream().map(RoleAtPlace::groupId).collect(Collectors.joining(",")));
		}
		letCentersAboveSee(task, gridCode, routing.resolved());
		return routing.resolved().groupId();
	}

	private void grantRead(String group, Resources resource, String resourceId, Permission read) {
		Authorization grant = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId(group);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		grant.addPermission(read);
		Context.getCommandContext().runWithoutAuthorization(() -> this.authorizationService.saveAuthorization(grant));
	}

	/**
	 * The community station, street center and district center above the case's grid see the
	 * task and its history (read only): each oversees everything below it.
	 */
	private void letCentersAboveSee(DelegateTask task, String gridCode, RoleAtPlace candidates) {
		for (GridView place : this.directory.ancestors(gridCode)) {
			if (place.level() == GridLevel.GRID || place.level() == GridLevel.BUILDING) {
				continue;
			}
			String center = RoleAtPlace.of(Role.supervisorAt(place.level()), place.code()).groupId();
			if (center.equals(candidates.groupId())) {
				continue;
			}
			grantRead(center, Resources.TASK, task.getId(), Permissions.READ);
			grantRead(center, Resources.HISTORIC_TASK, task.getId(), HistoricTaskPermissions.READ);
		}
	}

}
