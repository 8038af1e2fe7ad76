package org.gridcase.audit.process;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.gridcase.audit.AuditActors;
import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;
import org.gridcase.grid.HeldRole;
import org.gridcase.grid.Staffing;

/**
 * Records who claimed (or was given, or gave back) a user task and who completed it with which
 * form values. The case is the task's {@code caseId} variable (every case process has it);
 * tasks outside cases are recorded without one. When the actor holds one of the task's candidate
 * groups, the role at place they acted in is recorded too ({@code actorGroup}, {@code actorRole}).
 */
class TaskAuditListener implements TaskListener {

	private static final String CASE_ID = "caseId";

	private final AuditTrail trail;

	private final AuditActors actors;

	private final DeclaredFormFields forms;

	private final Staffing staffing;

	TaskAuditListener(AuditTrail trail, AuditActors actors, DeclaredFormFields forms, Staffing staffing) {
		this.trail = trail;
		this.actors = actors;
		this.forms = forms;
		this.staffing = staffing;
	}

	@Override
	public void notify(DelegateTask task) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("taskId", task.getId());
		data.put("task", stepName(task));
		data.put("taskDefinitionKey", task.getTaskDefinitionKey());
		data.put("processDefinitionId", task.getProcessDefinitionId());
		data.put("assignee", task.getAssignee());
		AuditEventType type;
		if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			type = AuditEventType.TASK_COMPLETED;
			Map<String, Object> values = new LinkedHashMap<>();
			this.forms.of((TaskEntity) task).forEach(key -> values.put(key, plain(task.getVariable(key))));
			data.put("formValues", values);
		}
		else if (task.getAssignee() == null) {
			type = AuditEventType.TASK_UNCLAIMED;
		}
		else {
			type = task.getAssignee().equals(this.actors.current()) ? AuditEventType.TASK_CLAIMED
					: AuditEventType.TASK_ASSIGNED;
		}
		actedAs(task).ifPresent(held -> {
			data.put("actorGroup", held.roleAtPlace().groupId());
			data.put("actorRole", held.groupName());
		});
		this.trail.append(caseId(task), type, data);
	}

	/** The actor's role that made them a candidate of the task, if any. */
	private Optional<HeldRole> actedAs(DelegateTask task) {
		Set<String> candidateGroups = new HashSet<>();
		task.getCandidates().forEach(link -> {
			if (link.getGroupId() != null) {
				candidateGroups.add(link.getGroupId());
			}
		});
		String actor = this.actors.current();
		if (candidateGroups.isEmpty() || AuditTrail.SYSTEM.equals(actor)) {
			return Optional.empty();
		}
		return this.staffing.rolesOf(actor)
			.stream()
			.filter(held -> candidateGroups.contains(held.roleAtPlace().groupId()))
			.findFirst();
	}

	/** The step as modelled: tasks are renamed after their case when created (workplace module). */
	private static String stepName(DelegateTask task) {
		UserTask step = task.getBpmnModelElementInstance();
		return step != null && step.getName() != null ? step.getName() : task.getName();
	}

	/**
	 * The case of the task's process. A process variable, read from the task's execution: asking
	 * the task would first load the task's own variables, one more query on every claim (issue 13).
	 */
	private static UUID caseId(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		Object value = execution == null ? null : execution.getVariable(CASE_ID);
		try {
			return value == null ? null : UUID.fromString(value.toString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Form values as JSON keeps them: text, numbers and yes/no as they are, anything else as text. */
	private static Object plain(Object value) {
		return value == null || value instanceof String || value instanceof Number || value instanceof Boolean ? value
				: value.toString();
	}

}
