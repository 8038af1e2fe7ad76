package org.gridcase.audit;

import java.util.Map;
import java.util.function.Function;

import org.gridcase.shared.UserTexts;

/**
 * What the audit trail records, what each kind is called ({@code AuditEventType.X} in
 * messages.properties) and how each reads in a case's timeline ({@code audit.text.X}).
 */
public enum AuditEventType {

	REPORT_RECEIVED(data -> text("REPORT_RECEIVED", data.get("trackingNumber"), data.get("channelLabel"))),
	REPORT_LINKED(data -> text("REPORT_LINKED", data.get("trackingNumber"))),
	REPORT_UNLINKED(data -> text("REPORT_UNLINKED", data.get("trackingNumber"))),
	CASE_OPENED(data -> text("CASE_OPENED", data.get("gridCode"))),
	STEP_ENTERED(data -> text("STEP_ENTERED", data.get("stepLabel"))),
	TASK_CLAIMED(data -> text("TASK_CLAIMED", data.get("task"))),
	TASK_UNCLAIMED(data -> text("TASK_UNCLAIMED", data.get("task"))),
	TASK_ASSIGNED(data -> text("TASK_ASSIGNED", data.get("task"), data.get("assignee"))),
	/** The form values follow, by their labels ({@link TimelineEntries}). */
	TASK_COMPLETED(data -> text("TASK_COMPLETED", data.get("task"))),
	CASE_ESCALATED(data -> text("CASE_ESCALATED", data.get("fromLabel"), data.get("toLabel"),
			UserTexts.get("TIMEOUT".equals(data.get("cause")) ? "audit.escalation-cause.timeout"
					: "audit.escalation-cause.unresolved"),
			isBlank(data.get("skipped")) ? "" : UserTexts.get("audit.escalation-skipped", data.get("skipped")))),
	LIGHT_TURNED(data -> text("LIGHT_TURNED", data.get("fromLabel"), data.get("toLabel"))),
	REWORK_COUNTED(data -> text("REWORK_COUNTED", String.valueOf(data.get("reworkCount")))),
	DEPARTMENT_DISPATCHED(data -> text("DEPARTMENT_DISPATCHED", data.get("departmentCode"))),
	ACCOUNTABILITY_REVIEW_STARTED(
			data -> text("ACCOUNTABILITY_REVIEW_STARTED", data.get("gridSide"), data.get("departmentSide"))),
	PHOTOS_ADDED(data -> text("PHOTOS_ADDED", String.valueOf(data.get("count")), data.get("stepLabel"))),
	/** A reporter's answer through their one-time satisfaction link. */
	SATISFACTION_ANSWERED(
			data -> text("SATISFACTION_ANSWERED", data.get("satisfactionLabel"), data.get("trackingNumber"))),
	/** A case's trace exported for a review (责任倒查): its format (PDF, CSV) and how many events it held. */
	TRACE_EXPORTED(data -> text("TRACE_EXPORTED", data.get("format"), String.valueOf(data.get("events")))),
	/** Audit events of a period exported: format, the period's days (district time), the place subtree or all. */
	EVENTS_EXPORTED(data -> text("EVENTS_EXPORTED", data.get("format"), data.get("from"), data.get("to"),
			isBlank(data.get("place")) ? UserTexts.get("audit.whole-district") : data.get("place"))),
	/** Staffing (no case): an assignment entered by mistake, withdrawn the same day. */
	ASSIGNMENT_WITHDRAWN(
			data -> text("ASSIGNMENT_WITHDRAWN", data.get("username"), data.get("roleLabel"), data.get("placeCode"))),
	// supervision (issue 14): four-level warnings and exports of figures (no case)
	/** A four-level warning set for a place subtree and days, with its reason. */
	WARNING_SET(data -> text("WARNING_SET", data.get("levelLabel"), data.get("placeName"), data.get("from"),
			data.get("to"), data.get("reason"))),
	/** A four-level warning lifted before its last day, with the reason. */
	WARNING_LIFTED(data -> text("WARNING_LIFTED", data.get("levelLabel"), data.get("placeName"), data.get("reason"))),
	/** Supervision figures exported: format, period (days), scope and how they were split. */
	FIGURES_EXPORTED(data -> text("FIGURES_EXPORTED", data.get("format"), data.get("from"), data.get("to"),
			data.get("scopeName"), data.get("byLabel")));

	private final Function<Map<String, Object>, String> text;

	AuditEventType(Function<Map<String, Object>, String> text) {
		this.text = text;
	}

	/** What this kind of event is called. */
	public String label() {
		return UserTexts.label(this);
	}

	/** The event as a line of the case timeline. */
	public String describe(Map<String, Object> data) {
		return this.text.apply(data);
	}

	private static String text(String type, Object... arguments) {
		return UserTexts.get("audit.text." + type, arguments);
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}

}
