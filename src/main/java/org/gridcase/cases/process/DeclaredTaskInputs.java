package org.gridcase.cases.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.value.TypedValue;

import org.gridcase.shared.UserTexts;

/**
 * What a task's Camunda Form lets a person submit: the fields it declares editable (a
 * {@code key}, neither {@code readonly} nor {@code disabled}), each of the form's type
 * (textfield/textarea text, number a number, checkbox yes/no, select/radio one of its values,
 * checklist some of them, datetime an ISO date or time) within its limits. Camunda Forms check
 * this only in the browser, and the engine stores whatever variables a caller sends; the
 * variables that define a case (its id, grid, issue type, severity, deadlines, routing) would be
 * anyone's to rewrite.
 * <p>
 * Tasklist renders forms with form-js, which submits every keyed field that is not disabled:
 * read-only fields come back with the value they show. Such an echo is accepted when it equals
 * the current value; a changed one is refused.
 * <p>
 * Problems are keyed by the variable name the client sent, worded in the form's (Chinese)
 * labels.
 */
final class DeclaredTaskInputs {

	private static final Pattern SIMPLE_CONDITION = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");

	private final Map<String, JsonNode> fields = new LinkedHashMap<>();

	DeclaredTaskInputs(JsonNode form) {
		collect(form.path("components"));
	}

	private void collect(JsonNode components) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				this.fields.putIfAbsent(component.get("key").asText(), component);
			}
			collect(component.path("components"));
		}
	}

	/**
	 * A task without a form accepts no fields at all.
	 */
	static Map<String, String> withoutForm(Iterable<String> submitted) {
		Map<String, String> problems = new LinkedHashMap<>();
		submitted.forEach(name -> problems.put(name, UserTexts.get("task-input.no-form", name)));
		return problems;
	}

	/**
	 * What is wrong with a submission, by field; empty when it may be stored.
	 * @param current the task's variables as they are now
	 */
	Map<String, String> problemsOf(Map<String, ?> submitted, Function<String, Object> current) {
		Map<String, String> problems = new LinkedHashMap<>();
		submitted.forEach((name, submittedValue) -> {
			Object value = submittedValue instanceof TypedValue typed ? typed.getValue() : submittedValue;
			JsonNode field = this.fields.get(name);
			String problem;
			if (field == null) {
				problem = UserTexts.get("task-input.undeclared", name);
			}
			else if (!editable(field)) {
				problem = same(value, current.apply(name)) ? null : UserTexts.get("task-input.read-only", describe(field));
			}
			else {
				problem = empty(value) ? null : mismatch(field, value);
			}
			if (problem != null) {
				problems.put(name, problem);
			}
		});
		return problems;
	}

	/**
	 * What completing the task still lacks once the submission is in: every required field the
	 * form shows filled, every choice one of the form's values.
	 */
	Map<String, String> unmetRequirements(VariableScope task) {
		Map<String, String> problems = new LinkedHashMap<>();
		this.fields.forEach((key, field) -> {
			if (!editable(field) || mayBeHidden(field.path("conditional").path("hide").asText(null), task)) {
				return;
			}
			Object value = task.getVariable(key);
			if (field.path("validate").path("required").asBoolean(false) && empty(value)) {
				problems.put(key, UserTexts.get("task-input.required", describe(field)));
			}
			else if (!empty(value) && field.has("values") && !allowed(field, value)) {
				problems.put(key, UserTexts.get("task-input.not-an-option", describe(field), value));
			}
		});
		return problems;
	}

	/**
	 * The refusal the REST API answers with 400: its details are the problems by field.
	 */
	static FormFieldValidationException refusal(Map<String, String> problems) {
		return new FormFieldValidationException(problems, UserTexts.get("task-input.refused", String.join("; ", problems.values())));
	}

	private static boolean editable(JsonNode field) {
		return !field.path("readonly").asBoolean(false) && !field.path("disabled").asBoolean(false);
	}

	private static String describe(JsonNode field) {
		String key = field.path("key").asText();
		return field.path("label").asText(key) + " (" + key + ")";
	}

	private static String mismatch(JsonNode field, Object value) {
		String type = field.path("type").asText();
		return switch (type) {
			case "textfield", "textarea" -> value instanceof String text ? tooLong(field, text) : UserTexts.get("task-input.text", describe(field));
			case "number" -> value instanceof Number number ? outOfRange(field, number) : UserTexts.get("task-input.number", describe(field));
			case "checkbox" -> value instanceof Boolean ? null : UserTexts.get("task-input.boolean", describe(field));
			case "select", "radio", "checklist", "taglist" -> allowed(field, value) ? null
					: UserTexts.get("task-input.not-an-option", describe(field), String.valueOf(value));
			case "datetime" -> value instanceof String text && isoDateOrTime(text) ? null
					: UserTexts.get("task-input.datetime", describe(field));
			default -> UserTexts.get("task-input.unsupported", describe(field));
		};
	}

	private static String tooLong(JsonNode field, String text) {
		JsonNode max = field.path("validate").path("maxLength");
		return max.isNumber() && text.codePointCount(0, text.length()) > max.asInt()
				? UserTexts.get("task-input.too-long", describe(field), max.asText()) : null;
	}

	private static String outOfRange(JsonNode field, Number number) {
		BigDecimal value = new BigDecimal(number.toString());
		JsonNode min = field.path("validate").path("min");
		JsonNode max = field.path("validate").path("max");
		if (min.isNumber() && value.compareTo(min.decimalValue()) < 0) {
			return UserTexts.get("task-input.too-small", describe(field), min.asText());
		}
		if (max.isNumber() && value.compareTo(max.decimalValue()) > 0) {
			return UserTexts.get("task-input.too-large", describe(field), max.asText());
		}
		return null;
	}

	private static boolean allowed(JsonNode field, Object value) {
		List<String> options = new ArrayList<>();
		field.path("values").forEach(option -> options.add(option.path("value").asText()));
		String type = field.path("type").asText();
		if (!type.equals("checklist") && !type.equals("taglist")) {
			return value instanceof String choice && options.contains(choice);
		}
		try {
			return options.containsAll(MultipleChoice.values(value));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isoDateOrTime(String text) {
		for (Function<String, ?> parser : List.<Function<String, ?>>of(OffsetDateTime::parse, LocalDateTime::parse,
				LocalDate::parse, LocalTime::parse)) {
			try {
				parser.apply(text);
				return true;
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return false;
	}

	private static boolean empty(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

	private static boolean same(Object submitted, Object current) {
		if (empty(submitted) || empty(current)) {
			return empty(submitted) && empty(current);
		}
		if (submitted instanceof Number a && current instanceof Number b) {
			return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
		}
		return Objects.equals(submitted, current) || String.valueOf(submitted).equals(String.valueOf(current));
	}

	/**
	 * Whether the form hides the field now. Understands the simple conditions our forms use,
	 * {@code =key != "VALUE"} and {@code =key = "VALUE"}; a field behind any other condition
	 * might be hidden and is not required here.
	 */
	private static boolean mayBeHidden(String condition, VariableScope task) {
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

}
