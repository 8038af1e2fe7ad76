package org.gridcase.notify;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.cases.Severity;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators change the messages through the template API; a template names only the
 * variables of its kind, and nobody else may change one.
 */
@IntegrationTest
class NotificationTemplateTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseManagement cases;

	@Test
	void aTemplateChangedByAnAdministratorChangesTheMessage() throws Exception {
		ApiClient admin = ApiClient.as(this.port, "orgadmin", "demo123");
		HttpResponse<String> list = admin.get("/api/notification-templates");
		assertThat(list.statusCode()).isEqualTo(200);
		JsonNode original = null;
		for (JsonNode template : this.json.readTree(list.body())) {
			if (template.path("kind").asText().equals("TASK_CREATED") && template.path("format").asText().equals("TEXT")) {
				original = template;
			}
		}
		assertThat(original).isNotNull();
		assertThat(original.path("kindLabel").asText()).isEqualTo("新任务");
		assertThat(original.path("variables").toString()).contains("taskName").contains("deadline");

		try {
			HttpResponse<String> changed = admin.putJson("/api/notification-templates",
					"{\"kind\":\"TASK_CREATED\",\"format\":\"TEXT\",\"body\":\"【网格通知】{{recipientName}}，请处理{{taskName}}（{{trackingNumber}}）\"}");
			assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
			assertThat(changed.body()).contains("\"updatedBy\":\"orgadmin\"");

			CaseId caseId = this.cases.openCase(new OpenCaseCommand("SANITATION", Severity.GENERAL, DemoDistrict.FIRST_GRID,
					"树木倒伏"));
			String tracking = this.cases.findCase(caseId).orElseThrow().trackingNumber();
			NotificationFixtures.Stored sms = new NotificationFixtures(this.jdbc, this.engine).one(caseId,
					NotificationKind.TASK_CREATED, "station1", NotificationChannel.SMS);
			assertThat(sms.body()).startsWith("【网格通知】").endsWith("，请处理梳理上报案件（" + tracking + "）");
		}
		finally {
			assertThat(admin.putJson("/api/notification-templates", this.json.createObjectNode()
				.put("kind", "TASK_CREATED")
				.put("format", "TEXT")
				.put("body", original.path("body").asText())
				.toString()).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aTemplateMayNameOnlyItsKindsVariablesAndOnlyAdministratorsChangeOne() {
		ApiClient admin = ApiClient.as(this.port, "orgadmin", "demo123");
		HttpResponse<String> unknown = admin.putJson("/api/notification-templates",
				"{\"kind\":\"LIGHT_RED\",\"format\":\"TEXT\",\"body\":\"{{trackingNumber}} {{description}}\"}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("\"field\":\"body\"").contains("未定义的变量“description”");
		HttpResponse<String> reflective = admin.putJson("/api/notification-templates",
				"{\"kind\":\"LIGHT_RED\",\"format\":\"MAIL\",\"subject\":\"{{trackingNumber.class.name}}\",\"body\":\"x\"}");
		assertThat(reflective.statusCode()).isEqualTo(400);
		assertThat(reflective.body()).contains("\"field\":\"subject\"");
		HttpResponse<String> badKind = admin.putJson("/api/notification-templates", "{}");
		assertThat(badKind.statusCode()).isEqualTo(400);
		assertThat(badKind.body()).contains("\"field\":\"kind\"");

		assertThat(ApiClient.as(this.port, "station1", "demo123")
			.putJson("/api/notification-templates", "{\"kind\":\"LIGHT_RED\",\"format\":\"TEXT\",\"body\":\"x\"}")
			.statusCode()).isEqualTo(403);
		assertThat(ApiClient.as(this.port, "station1", "demo123").get("/api/notification-templates").statusCode())
			.isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).get("/api/notification-templates").statusCode()).isEqualTo(401);
	}

}
