package org.gridcase.grid.process;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
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
 * {@code ${taskRouting.departmentCandidates(execution, 'DEPARTMENT_OFFICER')}} with the department in
 * the task's property {@code gridcase.department}),
 * or, in models written before the templates, as a create task listener
 * {@code ${taskRouting.route(task, 'GRID_LEADER')}} or
 * {@code ${taskRouting.routeToDepartment(task, 'DEPARTMENT_OFFICER', 'URBAN_MANAGEMENT')}}.
 * The place is the case's grid (variable {@value TaskRoutingVariables#GRID_CODE}); roles at
 * home above it go to the ancestor at their level. A climb is recorded against the task.
 * The centers above the case's grid read the task without a grant of their own (see
 * identity/process/CenterOversight): routing writes no authorization.
 * Public because the expression language only calls public methods of public classes.
 */
@Component("taskRouting")
public class TaskRouting {

	/** The property of a department task (template {@code gridcase.DepartmentTask}) naming its department. */
	static final String DEPARTMENT = "gridcase.department";

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

	private final Staffing staffing;

	TaskRouting(Staffing staffing) {
		this.staffing = staffing;
	}

	/** The candidate group of the task being created, for a role at the case's place ({@code camunda:candidateGroups}). */
	public String candidates(DelegateExecution execution, String role) {
		return routeTo(taskBeingCreated(execution), Role.valueOf(role), null);
	}

	/**
	 * The candidate group of the task being created, for a department's role
	 * ({@code camunda:candidateGroups}); the department is the task's {@value #DEPARTMENT}
	 * property: a department code, or {@code ${variable}} naming the variable that holds one.
	 */
	public String departmentCandidates(DelegateExecution execution, String role) {
		return routeTo(taskBeingCreated(execution), Role.valueOf(role), departmentOf(execution));
	}

	private static String departmentOf(DelegateExecution execution) {
		String department = execution.getBpmnModelElementInstance()
			.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.filter(property -> DEPARTMENT.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(execution.getCurrentActivityId() + " names no " + DEPARTMENT))
			.trim();
		Matcher variable = VARIABLE.matcher(department);
		return variable.matches() ? (String) execution.getVariable(variable.group(1)) : department;
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
		// stored with the climb it records; otherwise the task's candidate link says it, and only the
		// task's create listeners read it (deadlines, alerts): transient, no rows (issue 13)
		task.setVariableLocal(TaskRoutingVariables.ROUTED_TO,
				Variables.stringValue(routing.resolved().groupId(), !routing.climbed()));
		if (routing.climbed()) {
			task.setVariableLocal(TaskRoutingVariables.ROUTING_SKIPPED,
					routing.skipped().stream().map(RoleAtPlace::groupId).collect(Collectors.joining(",")));
		}
		return routing.resolved().groupId();
	}

}
