package org.gridcase.mytasks.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The variables a list shows for each of its tasks, read in one query for the whole list instead
 * of one per task, and resolved as the engine resolves a task's variables: the task's own first,
 * then its execution's, then its process instance's. Read only for tasks the person was already
 * allowed to list (whose variables {@code TaskService#getVariables} would hand them).
 */
final class ShownVariables {

	private final Map<String, Map<String, Object>> byScope;

	private ShownVariables(Map<String, Map<String, Object>> byScope) {
		this.byScope = byScope;
	}

	static ShownVariables of(List<Task> tasks, List<String> names, RuntimeService runtime) {
		Map<String, Map<String, Object>> byScope = new HashMap<>();
		String[] instanceIds = tasks.stream()
			.map(Task::getProcessInstanceId)
			.filter(Objects::nonNull)
			.distinct()
			.toArray(String[]::new);
		if (instanceIds.length > 0) {
			for (VariableInstance variable : runtime.createVariableInstanceQuery()
				.processInstanceIdIn(instanceIds)
				.variableNameIn(names.toArray(String[]::new))
				.disableCustomObjectDeserialization()
				.list()) {
				String scope = variable.getTaskId() != null ? variable.getTaskId() : variable.getExecutionId();
				byScope.computeIfAbsent(scope, key -> new HashMap<>()).put(variable.getName(), variable.getValue());
			}
		}
		return new ShownVariables(byScope);
	}

	Map<String, Object> of(Task task) {
		Map<String, Object> resolved = new HashMap<>(this.byScope.getOrDefault(task.getProcessInstanceId(), Map.of()));
		resolved.putAll(this.byScope.getOrDefault(task.getExecutionId(), Map.of()));
		resolved.putAll(this.byScope.getOrDefault(task.getId(), Map.of()));
		return resolved;
	}

}
