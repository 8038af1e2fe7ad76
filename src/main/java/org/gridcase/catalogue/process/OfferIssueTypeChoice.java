package org.gridcase.catalogue.process;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.DataFormats;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.impl.JsonValueImpl;
import org.gridcase.catalogue.Catalogue;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Gives every task form of a case the choice its issue type field shows: a JSON form variable
 * {@value #CHOICES} holding the case's issue type as the catalogue names it,
 * {@code [{"label": "高空抛物", "value": "HIGH_ALTITUDE_THROWING"}]}, which the forms' select reads
 * with form-js {@code valuesKey}. So an issue type added to the catalogue reads in Chinese in
 * Tasklist without a form change.
 * <p>
 * Made when the form's variables are read ({@code TaskService.getTaskFormVariables}, engine REST
 * {@code GET /task/{id}/form-variables}, which Tasklist reads for a Camunda form), from the
 * catalogue, rather than stored with every task: a stored copy cost two rows per task (the
 * variable and its byte array, issue 13) and went stale when the catalogue renamed the type. It
 * is no task variable: {@code getVariables} does not show it. Runs inside the command context
 * (a post interceptor), after the engine's own authorization check.
 * <p>
 * The value has the shape the engine gives a stored JSON variable: parsed (with its text) when
 * the caller asked for deserialized values, its text only when not. Tasklist asks for the text
 * ({@code deserializeValues=false}) and parses it itself; a parsed value would reach it as an
 * object, which it cannot parse ("[object Object]" is not valid JSON).
 */
class OfferIssueTypeChoice extends CommandInterceptor {

	static final String CHOICES = "issueTypeChoices";

	private static final String ISSUE_TYPE = "issueType";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Whether the form's reader asked for deserialized values: the command keeps it to itself. */
	private static final VarHandle DESERIALIZED = deserializedFlag();

	/** Looked up when a form is read: the engine (and this interceptor) is built before the catalogue. */
	private final ObjectProvider<Catalogue> catalogue;

	OfferIssueTypeChoice(ObjectProvider<Catalogue> catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public <T> T execute(Command<T> command) {
		T result = this.next.execute(command);
		if (command instanceof GetTaskFormVariablesCmd read && result instanceof VariableMap variables
				&& (read.formVariableNames == null || read.formVariableNames.contains(CHOICES))) {
			offer(read.resourceId, variables, (boolean) DESERIALIZED.get(read));
		}
		return result;
	}

	private void offer(String taskId, VariableMap variables, boolean deserialized) {
		Object issueType = variables.containsKey(ISSUE_TYPE) ? variables.get(ISSUE_TYPE) : issueTypeOf(taskId);
		if (issueType instanceof String code) {
			variables.putValueTyped(CHOICES, jsonValue(choices(code), deserialized));
		}
	}

	/** As the engine's JSON serializer reads a stored value: with or without its parsed form. */
	private static TypedValue jsonValue(String text, boolean deserialized) {
		return deserialized ? new JsonValueImpl(Spin.JSON(text), text, DataFormats.JSON_DATAFORMAT_NAME, true)
				: SpinValues.jsonValue(text).serializationDataFormat(DataFormats.JSON_DATAFORMAT_NAME).create();
	}

	private static VarHandle deserializedFlag() {
		try {
			return MethodHandles.privateLookupIn(AbstractGetFormVariablesCmd.class, MethodHandles.lookup())
				.findVarHandle(AbstractGetFormVariablesCmd.class, "deserializeObjectValues", boolean.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private static Object issueTypeOf(String taskId) {
		TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
		return task == null ? null : task.getVariable(ISSUE_TYPE);
	}

	private String choices(String issueType) {
		String name = this.catalogue.getObject().issueTypeName(issueType);
		try {
			return JSON.writeValueAsString(List.of(Map.of("label", name, "value", issueType)));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
