package org.gridcase.catalogue.process;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.gridcase.catalogue.Catalogue;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Gives every task of a case the choice its form's issue type field shows: a task-local JSON
 * variable {@value #CHOICES} holding the case's issue type as the catalogue names it,
 * {@code [{"label": "高空抛物", "value": "HIGH_ALTITUDE_THROWING"}]}, which the forms' select reads
 * with form-js {@code valuesKey}. So an issue type added to the catalogue reads in Chinese in
 * Tasklist without a form change.
 */
class OfferIssueTypeChoice implements TaskListener {

	static final String CHOICES = "issueTypeChoices";

	private static final String ISSUE_TYPE = "issueType";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Looked up when a task is created: the engine (and this listener) is built before the catalogue. */
	private final ObjectProvider<Catalogue> catalogue;

	OfferIssueTypeChoice(ObjectProvider<Catalogue> catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!(task.getVariable(ISSUE_TYPE) instanceof String issueType)) {
			return;
		}
		String name = this.catalogue.getObject().issueTypeName(issueType);
		try {
			String choices = JSON.writeValueAsString(List.of(Map.of("label", name, "value", issueType)));
			task.setVariableLocal(CHOICES, SpinValues.jsonValue(choices).create());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
