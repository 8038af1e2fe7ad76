package org.gridcase.audit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.ApiClient.Part;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridcase.EngineClockFixtures;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report filed by a grid worker and worked by the district's people: the case's timeline
 * (GET /api/cases/{id}) names every event with who did it and when, read from the audit trail,
 * timers and jobs appear as {@code system}, and auditors verify the trail while grid leaders may
 * not.
 */
@IntegrationTest
class CaseTimelineTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	GridDirectory grids;

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
		assertThat(uploadPhoto("gridworker1", caseId).statusCode()).isEqualTo(201);

		assertThat(timeline(caseId)).containsSubsequence(
				"gridworker1 CASE_OPENED 案件受理，所在网格 " + DemoDistrict.FIRST_GRID,
				"gridworker1 REPORT_RECEIVED 收到报告 " + receipt.path("trackingNumber").asText() + "（渠道: 网格巡查）",
				"station1 TASK_CLAIMED 认领任务: 梳理上报案件",
				"station1 TASK_COMPLETED 完成任务: 梳理上报案件（梳理意见（分类、定位、是否重复）: 属实，已定位）",
				"station1 STEP_ENTERED 进入环节: 建档立案",
				"street1 TASK_CLAIMED 认领任务: 审核立案",
				"street1 TASK_COMPLETED 完成任务: 审核立案（审核结论: 立案）",
				"street1 STEP_ENTERED 进入环节: 问题处理",
				"gridworker1 PHOTOS_ADDED 上传照片 1 张（环节: 问题处理）");
	}

	@Test
	void escalationByTimerIsTheSystemsAndNamesWhoWasPassedOver() throws Exception {
		EngineClockFixtures.setClock("2026-11-23T09:00");
		JsonNode receipt = this.json.readTree(user("gridworker1").postJson("/api/reports",
				"{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"路边绿化带倾倒垃圾\","
						+ "\"gridCode\":\"" + DemoDistrict.FIRST_GRID + "\",\"reporter\":{\"name\":\"张伟\"}}")
			.body());
		String caseId = receipt.path("caseId").asText();
		work(caseId, "station1", "梳理上报案件", "\"sortingNote\":{\"value\":\"属实\",\"type\":\"String\"}");
		work(caseId, "street1", "审核立案", "\"registerDecision\":{\"value\":\"REGISTER\",\"type\":\"String\"}");

		EngineClockFixtures.fireTimersDueBy(this.processEngine, receipt.path("trackingNumber").asText(),
				"2026-11-25T09:00");

		assertThat(timeline(caseId)).contains(
				"system CASE_ESCALATED 由网格升级至社区工作站（超时），越过: GRID_LEADER:" + DemoDistrict.FIRST_GRID
						+ " (gridleader1)",
				"system LIGHT_TURNED 亮灯: 绿灯 → 黄灯");
	}

	@Test
	void duplicateLinkedAndUnlinkedAreTheDispatchersDoing() throws Exception {
		GridView grid = this.grids.find(DemoDistrict.FIRST_GRID).orElseThrow();
		String report = "{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"垃圾桶满溢\","
				+ "\"lon\":" + grid.lon() + ",\"lat\":" + grid.lat() + ",\"reporter\":{\"name\":\"张伟\"}}";
		JsonNode first = this.json.readTree(user("gridworker1").postJson("/api/reports", report).body());
		JsonNode second = this.json.readTree(user("gridworker1").postJson("/api/reports", report).body());
		assertThat(second.path("caseId").asText()).isEqualTo(first.path("caseId").asText());
		String tracking = second.path("trackingNumber").asText();

		HttpResponse<String> unlinked = user("station1").postJson("/api/reports/" + tracking + "/unlink", "{}");
		assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);

		assertThat(timeline(first.path("caseId").asText())).containsSubsequence(
				"gridworker1 REPORT_LINKED 报告 " + tracking + " 作为重复报告并入本案",
				"station1 REPORT_UNLINKED 报告 " + tracking + " 从本案拆分，另立新案");
		assertThat(timeline(this.json.readTree(unlinked.body()).path("caseId").asText()))
			.contains("station1 CASE_OPENED 案件受理，所在网格 " + DemoDistrict.FIRST_GRID);
	}

	@AfterEach
	void resetEngineClock() {
		EngineClockFixtures.resetClock();
	}

	@Test
	void auditorsVerifyTheTrailAndGridLeadersMayNot() throws Exception {
		HttpResponse<String> verified = user("auditor1").get("/api/audit/verify");
		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(verified.body()).path("valid").asBoolean()).as(verified.body()).isTrue();
		assertThat(user("gridleader1").get("/api/audit/verify").statusCode()).isEqualTo(403);
	}

	/** The case's timeline as station1 reads it: "actor kind text" per event. */
	private List<String> timeline(String caseId) throws Exception {
		HttpResponse<String> detail = user("station1").get("/api/cases/" + caseId);
		assertThat(detail.statusCode()).isEqualTo(200);
		List<String> timeline = new ArrayList<>();
		this.json.readTree(detail.body()).path("timeline").forEach(entry -> {
			assertThat(entry.path("at").asText()).isNotBlank();
			timeline.add(entry.path("actor").asText() + " " + entry.path("kind").asText() + " " + entry.path("text").asText());
		});
		return timeline;
	}

	private void work(String caseId, String username, String taskName, String variables) throws Exception {
		HttpResponse<String> tasks = user(username).get("/engine-rest/task?candidateUser=" + username
				+ "&processVariables=caseId_eq_" + caseId + "&includeAssignedTasks=true");
		JsonNode task = this.json.readTree(tasks.body()).get(0);
		assertThat(task.path("name").asText()).startsWith(taskName + " · ");
		String taskId = task.path("id").asText();
		assertThat(user(username).postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + username + "\"}")
			.statusCode()).isEqualTo(204);
		HttpResponse<String> completed = user(username).postJson("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\":{" + variables + "}}");
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

	private HttpResponse<String> uploadPhoto(String username, String caseId) throws Exception {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return user(username).postMultipart("/api/cases/" + caseId + "/attachments",
				new Part("photos", "after.png", "image/png", png.toByteArray()));
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
