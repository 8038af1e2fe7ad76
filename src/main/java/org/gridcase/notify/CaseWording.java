package org.gridcase.notify;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.gridcase.cases.CaseView;
import org.gridcase.shared.District;

/**
 * How a case reads in a message: the variables every message about it may use.
 */
final class CaseWording {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(District.ZONE);

	/** The issue types of the registration form, as residents and staff name them. */
	private static final Map<String, String> ISSUE_TYPES = Map.ofEntries(Map.entry("SANITATION", "环境卫生"),
			Map.entry("PAVEMENT_OCCUPATION", "占道经营"), Map.entry("DISPUTE", "矛盾纠纷"),
			Map.entry("ILLEGAL_CONSTRUCTION", "违法建设"), Map.entry("SAFETY_HAZARD", "安全隐患"),
			Map.entry("FOOD_SAFETY", "食品安全"), Map.entry("DUST", "扬尘污染"), Map.entry("PETITION", "信访稳定"),
			Map.entry("AGENCY_SERVICE", "代办服务"), Map.entry("PUBLIC_FACILITY", "公共设施"));

	private static final Map<String, String> REJECTION_REASONS = Map.of("DUPLICATE", "重复上报", "OUTSIDE_JURISDICTION",
			"不属管辖范围", "NOT_A_PROBLEM", "不构成问题");

	private CaseWording() {
	}

	/** Case number, issue type, grid and deadline (the step's, else the case's). */
	static Map<String, String> of(CaseView view) {
		Map<String, String> variables = new HashMap<>();
		variables.put("trackingNumber", view.processBusinessKey());
		variables.put("issueTypeLabel", issueType(view.issueType()));
		variables.put("gridCode", view.gridCode());
		Instant due = view.stepDueAt() != null ? view.stepDueAt() : view.caseDueAt();
		variables.put("deadline", deadline(due));
		return variables;
	}

	static String issueType(String code) {
		return code == null ? "" : ISSUE_TYPES.getOrDefault(code, code);
	}

	static String rejectionReason(String code) {
		return code == null ? "" : REJECTION_REASONS.getOrDefault(code, code);
	}

	static String deadline(Instant due) {
		return due == null ? "未设定" : SHOWN.format(due);
	}

}
