package org.gridcase.cases;

import java.time.Instant;
import java.util.List;

/**
 * One event in a case's history, in Chinese for the people reading it.
 *
 * @param kind the audit event type, e.g. {@code TASK_COMPLETED}
 * @param actor who did it (user name), or {@code system} for timers and jobs
 * @param values the form values submitted with it (task completions), in the form's order
 */
public record TimelineEntry(Instant at, String kind, String actor, String text, List<FormValue> values) {

	public TimelineEntry {
		values = List.copyOf(values);
	}

	/**
	 * A submitted form field: its key and value as recorded, with the form's label for the field
	 * and the value as the form shows it (an option's label, 是/否 for a checkbox).
	 */
	public record FormValue(String key, String label, Object value, String display) {
	}

}
