package org.gridcase.audit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The fields a user task's Camunda Form lets a person submit (keyed, neither read-only nor
 * disabled): what a completion's audit event records, and nothing else of the process's
 * variables. The form is the one deployed with the task's process (our models bind forms by
 * deployment); a deployment never changes, so each deployment's form is looked up and read
 * once per node, not on every completion (issue 13).
 */
final class DeclaredFormFields {

	/** Far more than the forms of all deployments kept at once; a deleted deployment's entries age out. */
	private static final int KEPT_FORMS = 2_000;

	private final ObjectMapper objectMapper;

	private final Cache<DeployedForm, List<String>> byDeployedForm = Caffeine.newBuilder()
		.maximumSize(KEPT_FORMS)
		.build();

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
		var form = new DeployedForm(task.getExecution().getProcessDefinition().getDeploymentId(), formRef.getKey());
		return this.byDeployedForm.get(form, this::read);
	}

	private List<String> read(DeployedForm deployed) {
		CommandContext context = Context.getCommandContext();
		var form = context.getCamundaFormDefinitionManager()
			.findDefinitionByDeploymentAndKey(deployed.deploymentId(), deployed.key());
		if (form == null) {
			return List.of();
		}
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

	/** A form key as deployed with a process. */
	private record DeployedForm(String deploymentId, String key) {
	}

}
