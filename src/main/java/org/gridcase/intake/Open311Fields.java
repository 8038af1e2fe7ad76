package org.gridcase.intake;

import java.util.List;
import java.util.Map;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;

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

	/** What a field must be, for the violations of a field's constraints. */
	private static final Map<String, String> RULES = Map.of("description", "须填写，4至2000个字符", "address_string",
			"不得超过300个字符", "long", "须为-180至180之间的经度", "lat", "须为-90至90之间的纬度", "first_name", "须为1至64个字符",
			"phone", "须为电话号码（5至32位数字）", "service_code", "须填写");

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
			.map(field -> field + ": " + RULES.getOrDefault(field, "无效"))
			.toList();
	}

	static String name(String field) {
		return NAMES.getOrDefault(field, field);
	}

}
