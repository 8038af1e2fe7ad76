package org.gridcase.audit.export;

import java.util.List;

import org.gridcase.audit.AuditVerification;
import org.gridcase.cases.TimelineEntry.FormValue;
import org.gridcase.shared.UserTexts;

/**
 * One case's full trace for an accountability review (责任倒查): what the case is, every event of
 * its audit trail with who and when (times in China Standard Time), and whether those events are
 * still intact links of the audit chain.
 */
public record CaseTrace(Summary summary, List<Event> events, AuditVerification chain, String generatedAt,
		String generatedBy) {

	/**
	 * @param gridPath the places from the district down to the case's grid, by name
	 * @param status the case's step, or that it was closed or rejected
	 */
	public record Summary(String caseId, String trackingNumber, String issueType, String description, String address,
			String gridCode, String gridPath, String channel, String status, String level, String light,
			int reworkCount, int reportCount, List<String> dispatchedDepartments, String openedAt,
			String closedAt) {

		/** The tracking number, else (cases older than numbers) the id: what files are named after. */
		public String reference() {
			return this.trackingNumber != null ? this.trackingNumber : this.caseId;
		}

	}

	/**
	 * @param actor the user name, or {@code system} for timers and jobs
	 * @param actorName the person's name, if the identity store knows it
	 * @param actorRole the role at place they acted in, if the event recorded it
	 */
	public record Event(long sequence, String time, String kind, String kindLabel, String actor, String actorName,
			String actorRole, String text, List<FormValue> values, String hash) {

		/** The actor as a reader names them: "王建国（gridleader1）", "系统（定时任务）". */
		public String actorDisplay() {
			if (org.gridcase.audit.AuditTrail.SYSTEM.equals(this.actor)) {
				return UserTexts.get("trace.export.system-actor");
			}
			return this.actorName == null ? this.actor : this.actorName + "（" + this.actor + "）";
		}

	}

}
