package org.gridcase.cases.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The Camunda Form a user task references ({@code camunda:formRef}, deployed with its process),
 * as the {@link DeclaredTaskInputs} it allows. A deployment's forms never change, so each
 * deployment's form of a key is looked up and read once: completing a task asks for its form
 * twice (declared inputs, required fields) and would otherwise query the form definition each time.
 */
final class TaskForms {

	private final ObjectMapper objectMapper;

	private final Map<String, Optional<DeclaredTaskInputs>> byDeploymentAndKey = new ConcurrentHashMap<>();

	TaskForms(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	/**
	 * The task's form, or empty for a task without one (or outside a process).
	 */
	Optional<DeclaredTaskInputs> of(TaskEntity task) {
		task.initializeFormKey();
		var formRef = task.getCamundaFormRef();
		if (formRef == null || task.getExecution() == null) {
			return Optional.empty();
		}
		String deploymentId = task.getExecution().getProcessDefinition().getDeploymentId();
		return this.byDeploymentAndKey.computeIfAbsent(deploymentId + '/' + formRef.getKey(),
				key -> read(deploymentId, formRef.getKey()));
	}

	private Optional<DeclaredTaskInputs> read(String deploymentId, String formKey) {
		CommandContext commandContext = Context.getCommandContext();
		var form = commandContext.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, formKey);
		if (form == null) {
			return Optional.empty();
		}
		byte[] json = commandContext.getResourceManager()
			.findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName())
			.getBytes();
		try {
			return Optional.of(new DeclaredTaskInputs(this.objectMapper.readTree(json)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
