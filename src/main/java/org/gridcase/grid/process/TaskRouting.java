package org.gridcase.grid.process;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Routing;
import org.gridcase.grid.Staffing;
import org.gridcase.grid.TaskRoutingVariables;

import org.springframework.stereotype.Component;

/**
 * Gives a user task its candidate group, asked of the organisation when the task is created,
 * as a create task listener:
 * {@code <camunda:taskListener event="create" expression="${taskRouting.route(task, 'GRID_LEADER')}"/>}
 * or {@code ${taskRouting.routeToDepartment(task, 'DEPARTMENT_OFFICER', 'URBAN_MANAGEMENT')}}.
 * The place is the case's grid (variable {@value TaskRoutingVariables#GRID_CODE}); roles at
 * home above it go to the ancestor at their level. A climb is recorded against the task.
 * Public because the expression language only calls public methods of public classes.
 */
@Component("taskRouting")
public class TaskRouting {

	private final Staffing staffing;

	TaskRouting(Staffing staffing) {
		this.staffing = staffing;
	}

	public void route(DelegateTask task, String role) {
		routeTo(task, Role.valueOf(role), null);
	}

	public void routeToDepartment(DelegateTask task, String role, String departmentCode) {
		routeTo(task, Role.valueOf(role), departmentCode);
	}

	private void routeTo(DelegateTask task, Role role, String departmentCode) {
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
		task.addCandidateGroup(routing.resolved().groupId());
	}

}
