package org.gridcase.grid.process;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.grid.AssignmentEnded;
import org.gridcase.grid.AssignmentWithdrawn;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Routing;
import org.gridcase.grid.Staffing;
import org.gridcase.grid.TaskRoutingVariables;
import org.gridcase.shared.District;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the last holder of a role at a place leaves (from today), its open tasks would be seen
 * by nobody: each also goes to where routing climbs now. The original group stays a candidate,
 * so a successor sees the task as soon as they are appointed. A departure dated in the future
 * changes nothing yet. An assignment withdrawn as entered by mistake also hands back the tasks
 * its person had claimed through it: they return to the role's candidates.
 */
@Component
class RerouteTasksOfVacatedRole {

	private final Staffing staffing;

	private final TaskService taskService;

	private final Clock clock;

	RerouteTasksOfVacatedRole(Staffing staffing, TaskService taskService, Clock clock) {
		this.staffing = staffing;
		this.taskService = taskService;
		this.clock = clock;
	}

	@EventListener
	void on(AssignmentEnded event) {
		if (!event.validTo().isAfter(LocalDate.now(this.clock.withZone(District.ZONE)))) {
			rerouteIfVacant(event.roleAtPlace());
		}
	}

	@EventListener
	void on(AssignmentWithdrawn event) {
		RoleAtPlace withdrawn = event.roleAtPlace();
		if (this.staffing.rolesOf(event.username()).stream().noneMatch(held -> held.roleAtPlace().equals(withdrawn))) {
			for (Task claimed : this.taskService.createTaskQuery()
				.taskCandidateGroup(withdrawn.groupId())
				.taskAssignee(event.username())
				.includeAssignedTasks()
				.list()) {
				this.taskService.setAssignee(claimed.getId(), null);
			}
		}
		rerouteIfVacant(withdrawn);
	}

	private void rerouteIfVacant(RoleAtPlace vacated) {
		if (!this.staffing.holders(vacated).isEmpty()) {
			return;
		}
		for (Task task : this.taskService.createTaskQuery().taskCandidateGroup(vacated.groupId()).list()) {
			Routing routing = this.staffing.route(vacated.role(), vacated.departmentCode(), vacated.placeCode(),
					"task:" + task.getId());
			this.taskService.addCandidateGroup(task.getId(), routing.resolved().groupId());
			this.taskService.setVariableLocal(task.getId(), TaskRoutingVariables.ROUTING_SKIPPED, vacated.groupId());
		}
	}

}
