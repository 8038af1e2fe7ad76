package org.gridcase.notify;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.gridcase.cases.CaseView;
import org.gridcase.shared.District;
import org.gridcase.shared.UserTexts;

/**
 * How a case reads in a message: the variables every message about it may use.
 */
final class CaseWording {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(District.ZONE);

	/** The registration form's reasons to reject, named under {@code rejection-reason.CODE}. */
	private static final Set<String> REJECTION_REASONS = Set.of("DUPLICATE", "OUTSIDE_JURISDICTION", "NOT_A_PROBLEM");

	private CaseWording() {
	}

	/**
	 * Case number, issue type, grid and deadline (the step's, else the case's).
	 * @param issueTypeName the issue type as the catalogue names it
	 */
	static Map<String, String> of(CaseView view, String issueTypeName) {
		Map<String, String> variables = new HashMap<>();
		variables.put("trackingNumber", view.processBusinessKey());
		variables.put("issueTypeLabel", issueTypeName);
		variables.put("gridCode", view.gridCode());
		Instant due = view.stepDueAt() != null ? view.stepDueAt() : view.caseDueAt();
		variables.put("deadline", deadline(due));
		return variables;
	}

	static String rejectionReason(String code) {
		return named("rejection-reason.", REJECTION_REASONS, code);
	}

	static String deadline(Instant due) {
		return due == null ? UserTexts.get("notify.deadline-unset") : SHOWN.format(due);
	}

	/** The name users read for a known code; an unknown code as it is. */
	private static String named(String prefix, Set<String> known, String code) {
		if (code == null) {
			return "";
		}
		return known.contains(code) ? UserTexts.get(prefix + code) : code;
	}

}
