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
 * as the {@link DeclaredTaskInputs} it allows; each deployed form is read once.
 */
final class TaskForms {

	private final ObjectMapper objectMapper;

	private final Map<String, DeclaredTaskInputs> byFormDefinition = new ConcurrentHashMap<>();

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
		CommandContext commandContext = Context.getCommandContext();
		var form = commandContext.getCamundaFormDefinitionManager()
			.findDefinitionByDeploymentAndKey(task.getExecution().getProcessDefinition().getDeploymentId(),
					formRef.getKey());
		if (form == null) {
			return Optional.empty();
		}
		return Optional.of(this.byFormDefinition.computeIfAbsent(form.getId(), id -> {
			byte[] json = commandContext.getResourceManager()
				.findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName())
				.getBytes();
			try {
				return new DeclaredTaskInputs(this.objectMapper.readTree(json));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
	}

}
