package org.gridcase.notify;

import java.util.List;

import org.gridcase.shared.UserTexts;

/**
 * What a message tells, to whom, and the variables its templates may name (nothing else renders).
 */
public enum NotificationKind {

	CASE_REGISTERED(Audience.REPORTER, List.of()),
	CASE_REJECTED(Audience.REPORTER, List.of("rejectionReasonLabel")),
	CASE_HANDLED(Audience.REPORTER, List.of("visitLink", "visitLinkValidDays")),
	CASE_CLOSED(Audience.REPORTER, List.of()),
	TASK_CREATED(Audience.STAFF, List.of("taskName")),
	LIGHT_YELLOW(Audience.STAFF, List.of()),
	LIGHT_RED(Audience.STAFF, List.of()),
	CASE_ESCALATED(Audience.STAFF, List.of("fromLevelLabel", "toLevelLabel")),
	WARNING_RAISED(Audience.STAFF, List.of("warningLevel", "warningTitle", "warningText", "placeName"));

	/** Who a message goes to. */
	public enum Audience {

		REPORTER(List.of("trackingNumber", "reporterName", "issueTypeLabel")),
		STAFF(List.of("trackingNumber", "recipientName", "issueTypeLabel", "gridCode", "deadline"));

		/** The variables every message to this audience may name. */
		private final List<String> variables;

		Audience(List<String> variables) {
			this.variables = variables;
		}

	}

	private final Audience audience;

	private final List<String> variables;

	NotificationKind(Audience audience, List<String> own) {
		this.audience = audience;
		this.variables = java.util.stream.Stream.concat(audience.variables.stream(), own.stream()).toList();
	}

	public String label() {
		return UserTexts.label(this);
	}

	public Audience audience() {
		return this.audience;
	}

	/** The variables its templates may name. */
	public List<String> variables() {
		return this.variables;
	}

}
