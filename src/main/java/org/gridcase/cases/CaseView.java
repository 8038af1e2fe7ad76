package org.gridcase.cases;

import java.time.Instant;
import java.util.List;

import org.gridcase.deadlines.Light;

/**
 * A case as other modules (and the case's own processes) read it: a copy of the record, never
 * the record itself. Cases change only through {@link CaseManagement} and {@link CaseProgress}.
 *
 * @param gridCode the grid the case lies in (task routing starts there)
 * @param channel where the first report came from, if known
 * @param responsibleGroup the engine group (role at place) holding the case's current step
 * @param dispatchedDepartments departments the case was sent to (their staff may see it)
 * @param reportCount how many reports the case gathered (duplicates are linked to it)
 * @param stepsEntered when each step was entered, in order (a step entered twice appears twice)
 * @param escalations climbs up the ladder, oldest first
 * @param trackingNumber the public tracking number (none for cases opened before numbers were kept)
 */
public record CaseView(CaseId id, String issueType, Severity severity, String gridCode, String description,
		String address, Double lon, Double lat, String channel, CaseStep step, HandlingLevel level, Light light,
		String responsibleGroup, Instant stepDueAt, Instant caseDueAt, List<String> dispatchedDepartments,
		int reworkCount, String rejectionReason, String satisfaction, Instant accountabilityStartedAt,
		Instant openedAt, Instant closedAt, int reportCount, List<StepEntered> stepsEntered,
		List<Escalation> escalations, String trackingNumber) {

	public CaseView {
		dispatchedDepartments = List.copyOf(dispatchedDepartments);
		stepsEntered = List.copyOf(stepsEntered);
		escalations = List.copyOf(escalations);
	}

	/** The business key of the case's process instances: its tracking number, else (older cases) its id. */
	public String processBusinessKey() {
		return this.trackingNumber != null ? this.trackingNumber : this.id.toString();
	}

	public boolean isOpen() {
		return this.closedAt == null;
	}

	/** A step of the case and when it was entered. */
	public record StepEntered(CaseStep step, Instant at) {
	}

	/** One climb: from which level to which, why, and who was passed over (group and holders then). */
	public record Escalation(HandlingLevel fromLevel, HandlingLevel toLevel, EscalationCause cause, String skipped,
			Instant at) {
	}

}
