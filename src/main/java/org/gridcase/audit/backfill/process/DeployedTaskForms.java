package org.gridcase.audit.backfill.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The fields a finished user task's Camunda Form let a person submit (keyed, neither read-only
 * nor disabled), found through the public repository API: the task's {@code camunda:formRef} in
 * its process model, the form of that id in the same deployment. What a backfilled completion
 * records, as a live one does.
 */
final class DeployedTaskForms {

	private final RepositoryService repository;

	private final ObjectMapper objectMapper;

	private final Map<String, List<String>> byTask = new ConcurrentHashMap<>();

	DeployedTaskForms(RepositoryService repository, ObjectMapper objectMapper) {
		this.repository = repository;
		this.objectMapper = objectMapper;
	}

	List<String> editableFields(String processDefinitionId, String taskDefinitionKey) {
		return this.byTask.computeIfAbsent(processDefinitionId + "/" + taskDefinitionKey, key -> {
			UserTask task = this.repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
			String formRef = task == null ? null : task.getCamundaFormRef();
			if (formRef == null) {
				return List.of();
			}
			String deploymentId = this.repository.getProcessDefinition(processDefinitionId).getDeploymentId();
			for (String resource : this.repository.getDeploymentResourceNames(deploymentId)) {
				if (resource.endsWith(".form")) {
					JsonNode form = read(deploymentId, resource);
					if (formRef.equals(form.path("id").asText())) {
						List<String> keys = new ArrayList<>();
						collect(form.path("components"), keys);
						return List.copyOf(keys);
					}
				}
			}
			return List.of();
		});
	}

	private JsonNode read(String deploymentId, String resource) {
		try (InputStream json = this.repository.getResourceAsStream(deploymentId, resource)) {
			return this.objectMapper.readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
