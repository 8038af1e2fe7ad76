package org.gridcase.audit;

import java.util.List;
import java.util.Map;

/**
 * The labels of a user task's form, as deployed with its process: what a recorded form value
 * is called and what its options read (Chinese). Implemented with the engine's repository.
 */
public interface FormLabels {

	/** The form's keyed fields in the form's order; none when the task has no form (any more). */
	List<Field> of(String processDefinitionId, String taskDefinitionKey);

	/** A keyed form field: its label and the labels of its options by value. */
	record Field(String key, String label, Map<String, String> options) {

		public Field {
			options = Map.copyOf(options);
		}

	}

}
