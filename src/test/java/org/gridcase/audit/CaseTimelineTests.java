package org.gridcase.audit;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report filed by a grid worker and worked by the district's people: the case's timeline
 * (GET /api/cases/{id}) names every event with who did it and when, read from the audit trail,
 * and auditors verify the trail while grid leaders may not.
 */
@IntegrationTest
class CaseTimelineTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void timelineNamesWhoFiledClaimedAndCompletedEachStep() throws Exception {
		HttpResponse<String> filed = user("gridworker1").postJson("/api/reports",
				"{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"楼道口堆放建筑垃圾\","
						+ "\"gridCode\":\"" + DemoDistrict.FIRST_GRID + "\",\"reporter\":{\"name\":\"张伟\"}}");
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode receipt = this.json.readTree(filed.body());
		String caseId = receipt.path("caseId").asText();

		work(caseId, "station1", "梳理上报案件", "\"sortingNote\":{\"value\":\"属实，已定位\",\"type\":\"String\"}");
		work(caseId, "street1", "审核立案", "\"registerDecision\":{\"value\":\"REGISTER\",\"type\":\"String\"}");

		HttpResponse<String> detail = user("station1").get("/api/cases/" + caseId);
		assertThat(detail.statusCode()).isEqualTo(200);
		List<String> timeline = new ArrayList<>();
		this.json.readTree(detail.body()).path("timeline").forEach(entry -> {
			assertThat(entry.path("at").asText()).isNotBlank();
			timeline.add(entry.path("actor").asText() + " " + entry.path("kind").asText() + " " + entry.path("text").asText());
		});
		assertThat(timeline).containsSubsequence(
				"gridworker1 CASE_OPENED 案件受理，所在网格 " + DemoDistrict.FIRST_GRID,
				"gridworker1 REPORT_RECEIVED 收到报告 " + receipt.path("trackingNumber").asText() + "（渠道: 网格巡查）",
				"station1 TASK_CLAIMED 认领任务: 梳理上报案件",
				"station1 TASK_COMPLETED 完成任务: 梳理上报案件（sortingNote=属实，已定位）",
				"station1 STEP_ENTERED 进入环节: 建档立案",
				"street1 TASK_CLAIMED 认领任务: 审核立案",
				"street1 TASK_COMPLETED 完成任务: 审核立案（registerDecision=REGISTER）",
				"street1 STEP_ENTERED 进入环节: 问题处理");
	}

	@Test
	void auditorsVerifyTheTrailAndGridLeadersMayNot() throws Exception {
		HttpResponse<String> verified = user("auditor1").get("/api/audit/verify");
		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(verified.body()).path("valid").asBoolean()).as(verified.body()).isTrue();
		assertThat(user("gridleader1").get("/api/audit/verify").statusCode()).isEqualTo(403);
	}

	private void work(String caseId, String username, String taskName, String variables) throws Exception {
		HttpResponse<String> tasks = user(username).get("/engine-rest/task?candidateUser=" + username
				+ "&processInstanceBusinessKey=" + caseId + "&includeAssignedTasks=true");
		JsonNode task = this.json.readTree(tasks.body()).get(0);
		assertThat(task.path("name").asText()).isEqualTo(taskName);
		String taskId = task.path("id").asText();
		assertThat(user(username).postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + username + "\"}")
			.statusCode()).isEqualTo(204);
		HttpResponse<String> completed = user(username).postJson("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\":{" + variables + "}}");
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
