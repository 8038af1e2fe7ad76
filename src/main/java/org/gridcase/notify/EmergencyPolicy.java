package org.gridcase.notify;

import org.gridcase.cases.CaseView;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.cases.Severity;

/**
 * Which staff messages break through quiet hours: anything about a case of EMERGENCY severity, a
 * red light on a work-safety hazard (SAFETY_HAZARD) of MAJOR severity, an escalation to the
 * district supervision center (or beyond, to departments), and urgent warnings. Everything else
 * waits for the end of the recipient's quiet hours.
 */
final class EmergencyPolicy {

	private EmergencyPolicy() {
	}

	static boolean isEmergency(NotificationKind kind, CaseView caseView, HandlingLevel escalatedTo, boolean urgentWarning) {
		if (kind == NotificationKind.WARNING_RAISED) {
			return urgentWarning;
		}
		if (caseView != null && caseView.severity() == Severity.EMERGENCY) {
			return true;
		}
		if (kind == NotificationKind.LIGHT_RED && caseView != null && "SAFETY_HAZARD".equals(caseView.issueType())
				&& caseView.severity() == Severity.MAJOR) {
			return true;
		}
		return kind == NotificationKind.CASE_ESCALATED && escalatedTo != null
				&& escalatedTo.ordinal() >= HandlingLevel.DISTRICT.ordinal();
	}

}
