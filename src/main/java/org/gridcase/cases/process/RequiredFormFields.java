package org.gridcase.cases.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Completing a task checks what its Camunda Form demands: every required field filled, every
 * choice one of the form's values. Camunda Forms validate only in the browser; this holds for
 * REST and Java callers too. A failure is a {@link FormFieldValidationException} (the REST API
 * answers 400) naming the fields in the form's own (Chinese) labels and by key.
 */
class RequiredFormFields implements TaskListener {

	private static final Pattern SIMPLE_CONDITION = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");

	private final ObjectMapper objectMapper;

	private final Map<String, List<JsonNode>> fieldsByFormDefinition = new ConcurrentHashMap<>();

	RequiredFormFields(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Override
	public void notify(DelegateTask delegateTask) {
		TaskEntity task = (TaskEntity) delegateTask;
		task.initializeFormKey();
		var formRef = task.getCamundaFormRef();
		if (formRef == null || task.getExecution() == null) {
			return;
		}
		CommandContext commandContext = Context.getCommandContext();
		var form = commandContext.getCamundaFormDefinitionManager()
			.findDefinitionByDeploymentAndKey(task.getExecution().getProcessDefinition().getDeploymentId(),
					formRef.getKey());
		if (form == null) {
			return;
		}
		List<String> problems = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (JsonNode field : this.fieldsByFormDefinition.computeIfAbsent(form.getId(),
				id -> fields(read(form.getDeploymentId(), form.getResourceName())))) {
			String key = field.path("key").asText();
			String label = field.path("label").asText(key);
			Object value = task.getVariable(key);
			boolean empty = value == null || (value instanceof String text && text.isBlank());
			if (mayBeHidden(field.path("conditional").path("hide").asText(null), task)) {
				continue;
			}
			if (field.path("validate").path("required").asBoolean(false) && empty) {
				problems.add("请填写" + label + " (" + key + ")");
				keys.add(key);
			}
			else if (!empty && field.has("values") && !allowed(field, value)) {
				problems.add(label + " (" + key + ") 的取值无效: " + value);
				keys.add(key);
			}
		}
		if (!problems.isEmpty()) {
			throw new FormFieldValidationException(keys, "任务无法完成: " + String.join("; ", problems));
		}
	}

	private static InputStream read(String deploymentId, String resourceName) {
		return new ByteArrayInputStream(Context.getCommandContext()
			.getResourceManager()
			.findResourceByDeploymentIdAndResourceName(deploymentId, resourceName)
			.getBytes());
	}

	private List<JsonNode> fields(InputStream form) {
		try (form) {
			List<JsonNode> fields = new ArrayList<>();
			collect(this.objectMapper.readTree(form).path("components"), fields);
			return fields;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void collect(JsonNode components, List<JsonNode> fields) {
		for (JsonNode component : components) {
			if (component.has("key") && !component.path("readonly").asBoolean(false)
					&& !component.path("disabled").asBoolean(false)) {
				fields.add(component);
			}
			collect(component.path("components"), fields);
		}
	}

	/**
	 * Whether the form hides the field now. Understands the simple conditions our forms use,
	 * {@code =key != "VALUE"} and {@code =key = "VALUE"}; a field behind any other condition
	 * might be hidden and is not required here.
	 */
	private static boolean mayBeHidden(String condition, DelegateTask task) {
		if (condition == null) {
			return false;
		}
		Matcher simple = SIMPLE_CONDITION.matcher(condition);
		if (!simple.matches()) {
			return true;
		}
		boolean equal = simple.group(3).equals(String.valueOf(task.getVariable(simple.group(1))));
		return simple.group(2).equals("=") == equal;
	}

	private static boolean allowed(JsonNode field, Object value) {
		List<String> options = new ArrayList<>();
		field.path("values").forEach(option -> options.add(option.path("value").asText()));
		if (!field.path("type").asText().equals("checklist")) {
			return options.contains(String.valueOf(value));
		}
		try {
			return options.containsAll(MultipleChoice.values(value));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
