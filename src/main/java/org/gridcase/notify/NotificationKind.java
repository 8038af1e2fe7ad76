package org.gridcase.notify;

import java.util.List;

/**
 * What a message tells, to whom, and the variables its templates may name (nothing else renders).
 */
public enum NotificationKind {

	CASE_REGISTERED("案件立案（告知报告人）", Audience.REPORTER, List.of()),
	CASE_REJECTED("不予立案（告知报告人）", Audience.REPORTER, List.of("rejectionReasonLabel")),
	CASE_HANDLED("处置完毕请评价（告知报告人）", Audience.REPORTER, List.of("visitLink", "visitLinkValidDays")),
	CASE_CLOSED("案件办结（告知报告人）", Audience.REPORTER, List.of()),
	TASK_CREATED("新任务", Audience.STAFF, List.of("taskName")),
	LIGHT_YELLOW("黄灯预警", Audience.STAFF, List.of()),
	LIGHT_RED("红灯督办", Audience.STAFF, List.of()),
	CASE_ESCALATED("案件升级", Audience.STAFF, List.of("fromLevelLabel", "toLevelLabel")),
	WARNING_RAISED("网格预警", Audience.STAFF, List.of("warningLevel", "warningTitle", "warningText", "placeName"));

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

	private final String label;

	private final Audience audience;

	private final List<String> variables;

	NotificationKind(String label, Audience audience, List<String> own) {
		this.label = label;
		this.audience = audience;
		this.variables = java.util.stream.Stream.concat(audience.variables.stream(), own.stream()).toList();
	}

	public String label() {
		return this.label;
	}

	public Audience audience() {
		return this.audience;
	}

	/** The variables its templates may name. */
	public List<String> variables() {
		return this.variables;
	}

}
