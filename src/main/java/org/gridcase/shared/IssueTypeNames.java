package org.gridcase.shared;

import java.util.Set;

/**
 * What the issue types of the registration form are called, as residents and staff read them:
 * named under {@code issue-type.CODE} in the bundle.
 */
public final class IssueTypeNames {

	private static final Set<String> ISSUE_TYPES = Set.of("SANITATION", "PAVEMENT_OCCUPATION", "DISPUTE",
			"ILLEGAL_CONSTRUCTION", "SAFETY_HAZARD", "FOOD_SAFETY", "DUST", "PETITION", "AGENCY_SERVICE",
			"PUBLIC_FACILITY");

	private IssueTypeNames() {
	}

	/** The name users read for an issue type; an unknown code as it is, none as "". */
	public static String of(String code) {
		if (code == null) {
			return "";
		}
		return ISSUE_TYPES.contains(code) ? UserTexts.get("issue-type." + code) : code;
	}

}
