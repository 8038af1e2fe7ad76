package org.gridcase.platform.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gridcase.cases.CaseStep;
import org.gridcase.cases.EscalationCause;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.grid.Role;

/**
 * What our element templates ({@code processes/.camunda/element-templates/}) write into a model,
 * as {@code camunda:property} entries, and the listener expressions they stand for. The
 * templates' dropdowns offer only valid values; {@link #problem} says what is wrong with a
 * value typed by hand, for the deployment checks.
 * <ul>
 * <li>user task: its routing as {@code camunda:candidateGroups} ({@link #candidates} or
 * {@link #departmentCandidates}, the department of the latter in the input parameter
 * {@value #ROUTING_DEPARTMENT}: a department code or {@code ${variable}}), and as properties
 * {@value #TIME_LIMIT_STEP} (a step of {@code CaseTimeLimits}), {@value #DEADLINE_OF}
 * ({@code CASE} or {@code TASK}) and {@value #CASE_STEP} (a {@link CaseStep} entered when the
 * task starts, or empty);</li>
 * <li>boundary timer: {@value #TIME_LIMIT_STEP}, matching its duration
 * {@code ${caseDeadlines.limit(execution, 'STEP')}};</li>
 * <li>sequence flow: {@value #ESCALATE_TO} (a {@link HandlingLevel}) and
 * {@value #ESCALATION_CAUSE} (an {@link EscalationCause}).</li>
 * </ul>
 */
final class ModelTemplates {

	/** Input parameter of a department task: the department, a code or {@code ${variable}}. */
	static final String ROUTING_DEPARTMENT = "routingDepartment";

	static final String TIME_LIMIT_STEP = "gridcase.timeLimitStep";

	static final String DEADLINE_OF = "gridcase.deadlineOf";

	static final String CASE_STEP = "gridcase.caseStep";

	static final String ESCALATE_TO = "gridcase.escalateTo";

	static final String ESCALATION_CAUSE = "gridcase.escalationCause";

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

	private ModelTemplates() {
	}

	/** Candidate groups of a task for a role at the case's place. */
	static String candidates(Role role) {
		return "${taskRouting.candidates(execution, '" + role.name() + "')}";
	}

	/** Candidate groups of a task for a department's role, the department read from {@value #ROUTING_DEPARTMENT}. */
	static String departmentCandidates(Role role) {
		return "${taskRouting.departmentCandidates(execution, '" + role.name() + "', " + ROUTING_DEPARTMENT + ")}";
	}

	/** Whether {@code camunda:candidateGroups} routes through the organisation, as the templates write it. */
	static boolean isRouting(String candidateGroups) {
		String trimmed = candidateGroups == null ? "" : candidateGroups.trim();
		return Arrays.stream(Role.values()).anyMatch(role -> trimmed.equals(candidates(role))
				|| (role.isDepartmental() && trimmed.equals(departmentCandidates(role))));
	}

	/** {@code ${caseDeadlines.track(task, 'STEP')}}, or {@code trackOwn} for a task that is no step of the case. */
	static String deadline(String step, String deadlineOf) {
		return "${caseDeadlines." + ("TASK".equals(deadlineOf) ? "trackOwn" : "track") + "(task, '" + step + "')}";
	}

	static String caseStep(String step) {
		return "${caseSteps.enter(execution, '" + step + "')}";
	}

	static String timeLimit(String step) {
		return "${caseDeadlines.limit(execution, '" + step + "')}";
	}

	static String escalation(String level, String cause) {
		return "${caseEscalations.climb(execution, '" + level + "', '" + cause + "')}";
	}

	/** What is wrong with a template property's value, if anything. */
	static Optional<String> problem(String property, String value) {
		String trimmed = value == null ? "" : value.trim();
		return switch (property) {
			case ROUTING_DEPARTMENT -> CODE.matcher(trimmed).matches() || VARIABLE.matcher(trimmed).matches()
					? Optional.empty() : Optional.of("department code or ${variable}");
			case TIME_LIMIT_STEP -> CODE.matcher(trimmed).matches() ? Optional.empty() : Optional.of("step key");
			case DEADLINE_OF -> trimmed.isEmpty() || trimmed.equals("CASE") || trimmed.equals("TASK") ? Optional.empty()
					: Optional.of("CASE, TASK");
			case CASE_STEP -> trimmed.isEmpty() ? Optional.empty() : oneOf(trimmed, CaseStep.values());
			case ESCALATE_TO -> oneOf(trimmed, HandlingLevel.values());
			case ESCALATION_CAUSE -> oneOf(trimmed, EscalationCause.values());
			default -> Optional.empty();
		};
	}

	private static Optional<String> oneOf(String value, Enum<?>[] constants) {
		return Arrays.stream(constants).anyMatch(constant -> constant.name().equals(value)) ? Optional.empty()
				: Optional.of(String.join(", ", Arrays.stream(constants).map(Enum::name).toList()));
	}

}
