package org.gridcase.mytasks.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A task's Camunda Form as the phone page renders it. The form is simple when every field a
 * person fills in is text, a number, a yes/no box or a choice of fixed values, shown always (no
 * conditions): such a task can be completed on the phone; anything else is left to Tasklist.
 *
 * @param fields the fields to fill in, in the form's order
 */
record TaskForm(boolean simple, List<Field> fields) {

	static final TaskForm NONE = new TaskForm(true, List.of());

	private static final Set<String> SIMPLE_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio",
			"select");

	static TaskForm of(JsonNode form) {
		List<Field> fields = new ArrayList<>();
		boolean simple = collect(form.path("components"), fields);
		return new TaskForm(simple, List.copyOf(fields));
	}

	private static boolean collect(JsonNode components, List<Field> fields) {
		boolean simple = true;
		for (JsonNode component : components) {
			if (component.hasNonNull("key") && editable(component)) {
				String type = component.path("type").asText();
				simple &= SIMPLE_TYPES.contains(type) && !component.has("conditional") && !component.has("valuesKey")
						&& !component.has("valuesExpression");
				List<Option> options = new ArrayList<>();
				component.path("values")
					.forEach(option -> options.add(new Option(option.path("value").asText(), option.path("label").asText())));
				fields.add(new Field(component.get("key").asText(), component.path("label").asText(component.get("key").asText()),
						type, component.path("validate").path("required").asBoolean(false), List.copyOf(options)));
			}
			simple &= collect(component.path("components"), fields);
		}
		return simple;
	}

	private static boolean editable(JsonNode component) {
		return !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
	}

	/** A field to fill in; {@code options} for radio and select. */
	record Field(String key, String label, String type, boolean required, List<Option> options) {
	}

	record Option(String value, String label) {
	}

}
