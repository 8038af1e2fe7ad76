package org.gridcase.catalogue.process;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
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
 */
class OfferIssueTypeChoice extends CommandInterceptor {

	static final String CHOICES = "issueTypeChoices";

	private static final String ISSUE_TYPE = "issueType";

	private static final ObjectMapper JSON = new ObjectMapper();

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
			offer(read.resourceId, variables);
		}
		return result;
	}

	private void offer(String taskId, VariableMap variables) {
		Object issueType = variables.containsKey(ISSUE_TYPE) ? variables.get(ISSUE_TYPE) : issueTypeOf(taskId);
		if (issueType instanceof String code) {
			variables.putValueTyped(CHOICES, SpinValues.jsonValue(choices(code)).create());
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
