package org.gridcase.audit;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridcase.shared.UserTexts;

/**
 * What the audit trail records, and how each reads in a case's timeline (Chinese).
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
	TASK_COMPLETED(data -> text("TASK_COMPLETED", data.get("task"), formValues(data.get("formValues")))),
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
			data -> text("SATISFACTION_ANSWERED", data.get("satisfactionLabel"), data.get("trackingNumber")));

	private final Function<Map<String, Object>, String> text;

	AuditEventType(Function<Map<String, Object>, String> text) {
		this.text = text;
	}

	/** The event as a line of the case timeline. */
	public String describe(Map<String, Object> data) {
		return this.text.apply(data);
	}

	private static String formValues(Object values) {
		if (!(values instanceof Map<?, ?> map) || map.values().stream().allMatch(java.util.Objects::isNull)) {
			return "";
		}
		return map.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != null)
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(UserTexts.get("audit.form-values.separator"),
					UserTexts.get("audit.form-values.start"), UserTexts.get("audit.form-values.end")));
	}

	private static String text(String type, Object... arguments) {
		return UserTexts.get("AuditEventType." + type, arguments);
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}

}
