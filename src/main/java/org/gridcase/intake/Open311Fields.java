package org.gridcase.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.UserTexts;

/**
 * Names a report's bad fields as an Open311 client sent them ({@code service_code},
 * {@code long}, {@code address_string}, …), in Chinese: a client never sees our internal names.
 */
final class Open311Fields {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("subcategory", "service_code"),
			Map.entry("description", "description"), Map.entry("address", "address_string"),
			Map.entry("lon", "long"), Map.entry("lat", "lat"), Map.entry("gridCode", "lat"),
			Map.entry("location", "lat"), Map.entry("reporter", "first_name"), Map.entry("reporter.name", "first_name"),
			Map.entry("reporter.phone", "phone"), Map.entry(ReportIntake.IDEMPOTENCY_KEY, "api_request_id"),
			Map.entry("channel", "api_key"), Map.entry("severity", "service_code"));

	/**
	 * The fields whose constraints' violations say what the field must be, under
	 * {@code open311.field.NAME}.
	 */
	private static final Set<String> RULED = Set.of("description", "address_string", "long", "lat", "first_name",
			"phone", "service_code");

	private Open311Fields() {
	}

	/** Problems found by the intake's own rules (their messages are already Chinese). */
	static List<String> describe(InvalidInputException ex) {
		return ex.getProblems().stream().map(problem -> name(problem.field()) + ": " + problem.message()).toList();
	}

	/** Violations of the report's constraints: the field and what it must be. */
	static List<String> describeViolations(InvalidInputException ex) {
		return ex.getProblems()
			.stream()
			.map(FieldProblem::field)
			.map(Open311Fields::name)
			.distinct()
			.map(field -> field + ": " + rule(field))
			.toList();
	}

	/** What a field must be. */
	private static String rule(String field) {
		return UserTexts.get(RULED.contains(field) ? "open311.field." + field : "open311.field.invalid");
	}

	static String name(String field) {
		return NAMES.getOrDefault(field, field);
	}

}
