package org.gridcase.cases.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The values of a multiple choice (a form's checklist), however it arrived: a JSON array (as
 * Tasklist submits it), a Java collection, or comma-separated text.
 */
final class MultipleChoice {

	private static final ObjectMapper JSON = new ObjectMapper();

	private MultipleChoice() {
	}

	/**
	 * @throws IllegalArgumentException if it is no list of values
	 */
	static List<String> values(Object choice) {
		Set<String> values = new LinkedHashSet<>();
		if (choice instanceof Collection<?> collection) {
			collection.forEach(value -> values.add(String.valueOf(value)));
		}
		else if (choice != null) {
			String text = choice.toString().trim();
			if (text.startsWith("[")) {
				try {
					values.addAll(Arrays.asList(JSON.readValue(text, String[].class)));
				}
				catch (JsonProcessingException ex) {
					throw new IllegalArgumentException("not a list of values: " + text, ex);
				}
			}
			else {
				Arrays.stream(text.split(",")).map(String::trim).filter(value -> !value.isEmpty()).forEach(values::add);
			}
		}
		return new ArrayList<>(values);
	}

}
