package org.gridcase.audit.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.gridcase.audit.AuditActors;
import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;

/**
 * Records who claimed (or was given, or gave back) a user task and who completed it with which
 * form values. The case is the task's {@code caseId} variable (every case process has it);
 * tasks outside cases are recorded without one.
 */
class TaskAuditListener implements TaskListener {

	private static final String CASE_ID = "caseId";

	private final AuditTrail trail;

	private final AuditActors actors;

	private final DeclaredFormFields forms;

	TaskAuditListener(AuditTrail trail, AuditActors actors, DeclaredFormFields forms) {
		this.trail = trail;
		this.actors = actors;
		this.forms = forms;
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
		this.trail.append(caseId(task), type, data);
	}

	/** The step as modelled: tasks are renamed after their case when created (workplace module). */
	private static String stepName(DelegateTask task) {
		UserTask step = task.getBpmnModelElementInstance();
		return step != null && step.getName() != null ? step.getName() : task.getName();
	}

	private static UUID caseId(DelegateTask task) {
		Object value = task.getVariable(CASE_ID);
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
