package org.gridcase.notify;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates render named text variables and nothing else: no reflection into values, no partials.
 */
class MessageTemplatesTests {

	@Test
	void rendersTheNamedVariablesWithoutEscapingChinese() {
		assertThat(MessageTemplates.render("案件{{trackingNumber}}（{{issueTypeLabel}}）<办理>",
				Map.of("trackingNumber", "20261123-000001", "issueTypeLabel", "环境卫生")))
			.isEqualTo("案件20261123-000001（环境卫生）<办理>");
	}

	@Test
	void reachesNoFurtherThanTheMapOfText() {
		assertThat(MessageTemplates.render("[{{trackingNumber.class.name}}][{{trackingNumber.bytes}}][{{missing}}]",
				Map.of("trackingNumber", "20261123-000001"))).isEqualTo("[][][]");
	}

	@Test
	void acceptsOnlyTheVariablesOfTheKind() {
		assertThat(MessageTemplates.problemWith("{{trackingNumber}} {{rejectionReasonLabel}}",
				NotificationKind.CASE_REJECTED)).isNull();
		assertThat(MessageTemplates.problemWith("{{visitLink}}", NotificationKind.CASE_REJECTED))
			.contains("未定义的变量“visitLink”");
		assertThat(MessageTemplates.problemWith("{{> evil}}", NotificationKind.CASE_CLOSED)).isNotNull();
		assertThat(MessageTemplates.problemWith("{{#trackingNumber}}", NotificationKind.CASE_CLOSED))
			.startsWith("模板语法错误");
	}

}
