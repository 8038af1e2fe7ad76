package org.gridcase.audit.backfill.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;
import org.gridcase.audit.backfill.RecordedEvent;

import org.springframework.stereotype.Component;

/**
 * What the engine's history still knows of a case's tasks: who claimed, was given, gave back and
 * completed each, when, and the values set when it was completed (user operation log, historic
 * task instances and variable updates, through the public history API).
 */
@Component
public class EngineTaskHistory {

	private static final String COMPLETED = "completed";

	/** Values set this close to the completion were submitted with it (the engine stamps each row itself). */
	private static final long SAME_COMMAND_MILLIS = 1000;

	private final HistoryService history;

	private final DeployedTaskForms forms;

	private final RepositoryService repository;

	EngineTaskHistory(HistoryService history, RepositoryService repository, ObjectMapper objectMapper) {
		this.history = history;
		this.repository = repository;
		this.forms = new DeployedTaskForms(repository, objectMapper);
	}

	/** Who started the case's first process instance, if the engine knew. */
	public Optional<String> startUserOf(String businessKey) {
		return instancesOf(businessKey).stream()
			.filter(instance -> instance.getSuperProcessInstanceId() == null)
			.min(Comparator.comparing(HistoricProcessInstance::getStartTime))
			.map(HistoricProcessInstance::getStartUserId);
	}

	/** Task events of all the case's process instances, in no particular order. */
	public List<RecordedEvent> taskEventsOf(String businessKey) {
		List<RecordedEvent> events = new ArrayList<>();
		for (HistoricProcessInstance instance : instancesOf(businessKey)) {
			List<UserOperationLogEntry> operations = this.history.createUserOperationLogQuery()
				.processInstanceId(instance.getId())
				.entityType(EntityTypes.TASK)
				.list();
			List<HistoricDetail> updates = this.history.createHistoricDetailQuery()
				.processInstanceId(instance.getId())
				.variableUpdates()
				.disableBinaryFetching()
				.list();
			for (HistoricTaskInstance task : this.history.createHistoricTaskInstanceQuery()
				.processInstanceId(instance.getId())
				.list()) {
				events.addAll(assignments(task, operations));
				if (task.getEndTime() != null && COMPLETED.equals(task.getDeleteReason())) {
					events.add(completion(task, operations, updates));
				}
			}
		}
		return events;
	}

	private List<HistoricProcessInstance> instancesOf(String businessKey) {
		return this.history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
	}

	private List<RecordedEvent> assignments(HistoricTaskInstance task, List<UserOperationLogEntry> operations) {
		return operations.stream()
			.filter(entry -> task.getId().equals(entry.getTaskId()))
			.filter(entry -> "assignee".equals(entry.getProperty()))
			.filter(entry -> UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(entry.getOperationType())
					|| UserOperationLogEntry.OPERATION_TYPE_ASSIGN.equals(entry.getOperationType()))
			.map(entry -> {
				AuditEventType type = entry.getNewValue() == null ? AuditEventType.TASK_UNCLAIMED
						: UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(entry.getOperationType())
								? AuditEventType.TASK_CLAIMED : AuditEventType.TASK_ASSIGNED;
				Map<String, Object> data = taskData(task, entry.getNewValue());
				return new RecordedEvent(type, actor(entry.getUserId()), entry.getTimestamp().toInstant(), data);
			})
			.toList();
	}

	private RecordedEvent completion(HistoricTaskInstance task, List<UserOperationLogEntry> operations,
			List<HistoricDetail> updates) {
		String completer = operations.stream()
			.filter(entry -> task.getId().equals(entry.getTaskId()))
			.filter(entry -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()))
			.map(UserOperationLogEntry::getUserId)
			.findFirst()
			.orElse(task.getAssignee());
		List<String> fields = this.forms.editableFields(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
		Map<String, Object> values = new LinkedHashMap<>();
		fields.forEach(field -> values.put(field, null));
		Set<String> seen = new HashSet<>();
		updates.stream()
			.filter(detail -> task.getActivityInstanceId().equals(detail.getActivityInstanceId()))
			.filter(detail -> Math.abs(detail.getTime().getTime() - task.getEndTime().getTime()) <= SAME_COMMAND_MILLIS)
			.sorted(Comparator.comparing(HistoricDetail::getTime).reversed())
			.map(HistoricVariableUpdate.class::cast)
			.filter(update -> fields.contains(update.getVariableName()) && seen.add(update.getVariableName()))
			.forEach(update -> values.put(update.getVariableName(), plain(update.getValue())));
		Map<String, Object> data = taskData(task, task.getAssignee());
		data.put("formValues", values);
		Instant at = task.getEndTime().toInstant();
		return new RecordedEvent(AuditEventType.TASK_COMPLETED, actor(completer), at, data);
	}

	private Map<String, Object> taskData(HistoricTaskInstance task, String assignee) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("taskId", task.getId());
		data.put("task", stepName(task));
		data.put("taskDefinitionKey", task.getTaskDefinitionKey());
		data.put("processDefinitionId", task.getProcessDefinitionId());
		data.put("assignee", assignee);
		return data;
	}

	/** The step as modelled, as the live trail records it (tasks are renamed after their case). */
	private String stepName(HistoricTaskInstance task) {
		ModelElementInstance step = this.repository.getBpmnModelInstance(task.getProcessDefinitionId())
			.getModelElementById(task.getTaskDefinitionKey());
		return step instanceof UserTask userTask && userTask.getName() != null ? userTask.getName() : task.getName();
	}

	private static String actor(String userId) {
		return userId == null ? AuditTrail.SYSTEM : userId;
	}

	private static Object plain(Object value) {
		return value == null || value instanceof String || value instanceof Number || value instanceof Boolean ? value
				: value.toString();
	}

}
