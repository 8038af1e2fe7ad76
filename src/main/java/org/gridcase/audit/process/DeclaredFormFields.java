package org.gridcase.audit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The fields a user task's Camunda Form lets a person submit (keyed, neither read-only nor
 * disabled): what a completion's audit event records, and nothing else of the process's
 * variables. Each deployed form is read once.
 */
final class DeclaredFormFields {

	private final ObjectMapper objectMapper;

	private final Map<String, List<String>> byFormDefinition = new ConcurrentHashMap<>();

	DeclaredFormFields(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	/** The editable field keys of the task's form; none for a task without one. */
	List<String> of(TaskEntity task) {
		task.initializeFormKey();
		var formRef = task.getCamundaFormRef();
		if (formRef == null || task.getExecution() == null) {
			return List.of();
		}
		CommandContext context = Context.getCommandContext();
		var form = context.getCamundaFormDefinitionManager()
			.findDefinitionByDeploymentAndKey(task.getExecution().getProcessDefinition().getDeploymentId(),
					formRef.getKey());
		if (form == null) {
			return List.of();
		}
		return this.byFormDefinition.computeIfAbsent(form.getId(), id -> {
			byte[] json = context.getResourceManager()
				.findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName())
				.getBytes();
			try {
				List<String> keys = new ArrayList<>();
				collect(this.objectMapper.readTree(json).path("components"), keys);
				return List.copyOf(keys);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static void collect(JsonNode components, List<String> keys) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key") && !component.path("readonly").asBoolean(false)
					&& !component.path("disabled").asBoolean(false) && !keys.contains(component.get("key").asText())) {
				keys.add(component.get("key").asText());
			}
			collect(component.path("components"), keys);
		}
	}

}
