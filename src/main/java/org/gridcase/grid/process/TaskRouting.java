package org.gridcase.grid.process;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Routing;
import org.gridcase.grid.Staffing;

import org.springframework.stereotype.Component;

/**
 * Candidate groups for user tasks, asked of the organisation when the task is created:
 * {@code camunda:candidateGroups="${taskRouting.to(task, 'GRID_LEADER')}"} or
 * {@code ${taskRouting.toDepartment(task, 'DEPARTMENT_OFFICER', 'URBAN_MANAGEMENT')}}. The place
 * is the case's grid (variable {@value TaskRoutingVariables#GRID_CODE}); roles at home above it
 * go to the ancestor at their level. A climb is recorded against the task.
 */
@Component("taskRouting")
class TaskRouting {

	private final Staffing staffing;

	TaskRouting(Staffing staffing) {
		this.staffing = staffing;
	}

	public String to(DelegateTask task, String role) {
		return route(task, Role.valueOf(role), null);
	}

	public String toDepartment(DelegateTask task, String role, String departmentCode) {
		return route(task, Role.valueOf(role), departmentCode);
	}

	private String route(DelegateTask task, Role role, String departmentCode) {
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
		return routing.resolved().groupId();
	}

}
