package org.gridcase.audit.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.gridcase.audit.FormLabels;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Form labels read through the engine's repository: the user task's {@code camunda:formRef} in
 * its process definition, and the Camunda Form of that id deployed with it (our processes bind
 * forms by deployment). Read once per task definition; a deleted definition or deployment
 * leaves the keys unlabelled.
 */
@Component
class EngineFormLabels implements FormLabels {

	private static final String FORM_SUFFIX = ".form";

	private final RepositoryService repository;

	private final ObjectMapper objectMapper;

	private final Map<String, List<Field>> byTask = new ConcurrentHashMap<>();

	EngineFormLabels(@Lazy RepositoryService repository, ObjectMapper objectMapper) {
		this.repository = repository;
		this.objectMapper = objectMapper;
	}

	@Override
	public List<Field> of(String processDefinitionId, String taskDefinitionKey) {
		if (processDefinitionId == null || taskDefinitionKey == null) {
			return List.of();
		}
		return this.byTask.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey,
				key -> read(processDefinitionId, taskDefinitionKey));
	}

	private List<Field> read(String processDefinitionId, String taskDefinitionKey) {
		try {
			if (!(this.repository.getBpmnModelInstance(processDefinitionId)
				.getModelElementById(taskDefinitionKey) instanceof UserTask task) || task.getCamundaFormRef() == null) {
				return List.of();
			}
			String deploymentId = this.repository.getProcessDefinition(processDefinitionId).getDeploymentId();
			return form(deploymentId, task.getCamundaFormRef()).map(EngineFormLabels::fields).orElse(List.of());
		}
		catch (ProcessEngineException ex) {
			return List.of();
		}
	}

	private Optional<JsonNode> form(String deploymentId, String formId) {
		for (String resource : this.repository.getDeploymentResourceNames(deploymentId)) {
			if (resource.endsWith(FORM_SUFFIX)) {
				try (InputStream in = this.repository.getResourceAsStream(deploymentId, resource)) {
					JsonNode form = this.objectMapper.readTree(in);
					if (formId.equals(form.path("id").asText())) {
						return Optional.of(form);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return Optional.empty();
	}

	private static List<Field> fields(JsonNode form) {
		List<Field> fields = new ArrayList<>();
		collect(form.path("components"), fields);
		return List.copyOf(fields);
	}

	private static void collect(JsonNode components, List<Field> fields) {
		for (JsonNode component : components) {
			String key = component.path("key").asText(null);
			if (key != null && fields.stream().noneMatch(field -> field.key().equals(key))) {
				Map<String, String> options = new LinkedHashMap<>();
				component.path("values")
					.forEach(option -> options.put(option.path("value").asText(), option.path("label").asText()));
				fields.add(new Field(key, component.path("label").asText(key), options));
			}
			collect(component.path("components"), fields);
		}
	}

}
