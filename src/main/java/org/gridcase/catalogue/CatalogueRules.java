package org.gridcase.catalogue;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.UserTexts;

/**
 * The rules every write to the catalogue obeys, from the admin API or a CSV import: codes of
 * their form, names present and short, an issue type the catalogue knows, a handling process
 * that is deployed. {@code field} names a field as the client sent it ({@code handlingProcess}
 * in JSON, {@code subcategories.csv:3:handling_process} in a CSV file).
 */
final class CatalogueRules {

	static final Pattern SUBCATEGORY_CODE = Pattern.compile("[0-9]{2}-[0-9]{2}");

	static final Pattern ISSUE_TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

	static final int NAME_LENGTH = 32;

	private CatalogueRules() {
	}

	static void checkIssueType(SaveIssueTypeCommand command, UnaryOperator<String> field, DeployedProcesses processes,
			List<FieldProblem> problems) {
		checkCode(command.code(), ISSUE_TYPE_CODE, "catalogue.issue-type-code-format", field, problems);
		checkName(command.name(), field.apply("name"), problems);
		checkProcess(command.handlingProcess(), true, field, processes, problems);
	}

	static void checkSubcategory(SaveSubcategoryCommand command, UnaryOperator<String> field,
			Predicate<String> knownIssueType, DeployedProcesses processes, List<FieldProblem> problems) {
		checkCode(command.code(), SUBCATEGORY_CODE, "catalogue.subcategory-code-format", field, problems);
		checkName(command.category(), field.apply("category"), problems);
		checkName(command.name(), field.apply("name"), problems);
		if (isBlank(command.issueType())) {
			problems.add(new FieldProblem(field.apply("issueType"), UserTexts.get("catalogue.required")));
		}
		else if (!knownIssueType.test(command.issueType())) {
			problems.add(new FieldProblem(field.apply("issueType"),
					UserTexts.get("catalogue.unknown-issue-type", command.issueType())));
		}
		checkProcess(command.handlingProcess(), false, field, processes, problems);
	}

	private static void checkCode(String code, Pattern form, String message, UnaryOperator<String> field,
			List<FieldProblem> problems) {
		if (code == null || !form.matcher(code).matches()) {
			problems.add(new FieldProblem(field.apply("code"), UserTexts.get(message)));
		}
	}

	private static void checkName(String name, String field, List<FieldProblem> problems) {
		if (isBlank(name)) {
			problems.add(new FieldProblem(field, UserTexts.get("catalogue.required")));
		}
		else if (name.codePointCount(0, name.length()) > NAME_LENGTH || !name.equals(name.strip())) {
			problems.add(new FieldProblem(field, UserTexts.get("catalogue.name-form", NAME_LENGTH)));
		}
	}

	private static void checkProcess(String key, boolean required, UnaryOperator<String> field,
			DeployedProcesses processes, List<FieldProblem> problems) {
		if (key == null && !required) {
			return;
		}
		if (isBlank(key)) {
			problems.add(new FieldProblem(field.apply("handlingProcess"), UserTexts.get("catalogue.required")));
		}
		else if (!processes.isDeployed(key)) {
			problems.add(new FieldProblem(field.apply("handlingProcess"),
					UserTexts.get("catalogue.process-not-deployed", key)));
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
