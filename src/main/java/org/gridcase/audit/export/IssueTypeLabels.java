package org.gridcase.audit.export;

import java.util.Map;

/**
 * What issue types are called (the labels the case forms show for them).
 */
final class IssueTypeLabels {

	private static final Map<String, String> LABELS = Map.of("SANITATION", "环境卫生", "PAVEMENT_OCCUPATION", "占道经营",
			"DISPUTE", "矛盾纠纷", "ILLEGAL_CONSTRUCTION", "违法建设", "SAFETY_HAZARD", "安全隐患", "FOOD_SAFETY", "食品安全",
			"DUST", "扬尘污染", "PETITION", "信访稳定", "AGENCY_SERVICE", "代办服务", "PUBLIC_FACILITY", "公共设施");

	private IssueTypeLabels() {
	}

	static String of(String issueType) {
		return LABELS.getOrDefault(issueType, issueType);
	}

}
