package org.gridcase.cases;

import java.util.List;
import java.util.Optional;

import org.gridcase.shared.UserTexts;

/**
 * The dispatcher's choice for joint enforcement (联合执法): 2 to 10 departments act together, and
 * the lead department is one of them.
 */
public final class JointEnforcementChoicePolicy {

	public static final int MIN_DEPARTMENTS = 2;

	public static final int MAX_DEPARTMENTS = 10;

	private JointEnforcementChoicePolicy() {
	}

	/** Why a choice is refused, if it is; {@code part} says which of the two choices is wrong. */
	public static Optional<Refusal> check(List<String> departments, String lead) {
		if (departments.size() < MIN_DEPARTMENTS || departments.size() > MAX_DEPARTMENTS) {
			return Optional.of(new Refusal(Part.DEPARTMENTS,
					UserTexts.get("joint-enforcement.department-count", String.valueOf(MIN_DEPARTMENTS),
							String.valueOf(MAX_DEPARTMENTS), String.valueOf(departments.size()))));
		}
		if (lead == null || !departments.contains(lead)) {
			return Optional.of(new Refusal(Part.LEAD, UserTexts.get("joint-enforcement.lead-not-participating")));
		}
		return Optional.empty();
	}

	/** The two parts of the choice. */
	public enum Part {

		DEPARTMENTS, LEAD

	}

	public record Refusal(Part part, String message) {
	}

}
