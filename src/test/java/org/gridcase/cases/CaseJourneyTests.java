package org.gridcase.cases;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridcase.ApiClient;
import org.gridcase.EngineClockFixtures;
import org.gridcase.IntegrationTest;
import org.gridcase.deadlines.Light;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases of every issue type from report to evaluation, worked by the demo district's people through the engine
 * REST API (as Tasklist does): each finds the task among their candidate tasks, claims it and
 * completes it; people of other grids never see it.
 */
@IntegrationTest
class CaseJourneyTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	ProcessEngine processEngine;

	@Test
	void generalIssueRunsFromReportToEvaluationByTheDistrictsPeople() throws Exception {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID,
				"顺河社区第1网格楼道堆放杂物，存在消防隐患"));

		work(id, "station1", "梳理上报案件", Map.of("sortingNote", "属实，已定位"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.REGISTER);
			assertThat(record.responsibleGroup()).isEqualTo("STREET_CENTER:" + DemoDistrict.FIRST_STREET);
		});
		work(id, "street1", "审核立案", Map.of("registerDecision", "REGISTER"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.HANDLE);
			assertThat(record.responsibleGroup()).isEqualTo("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
		});
		assertThat(candidateTasks("gridleader2", id)).isEmpty();
		assertThat(claim("gridleader2", taskIdFor("gridleader1", id))).isIn(403, 404);
		work(id, "gridleader1", "网格内处置", Map.of("handlingResult", "已督促清理", "solvedHere", "YES"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.FEEDBACK);
			assertThat(record.level()).isEqualTo(HandlingLevel.GRID);
		});
		work(id, "gridworker1", "反馈处置结果", Map.of("feedbackResult", "杂物已清理"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.VERIFY_CLOSE);
		});
		work(id, "inspector1", "核查处置结果", Map.of("problemFixed", "YES", "verificationNote", "已核实"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.EVALUATE);
		});
		work(id, "station1", "回访评价", Map.of("satisfaction", "VERY_SATISFIED"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.CLOSED);
			assertThat(record.satisfaction()).isEqualTo("VERY_SATISFIED");
			assertThat(record.light()).isEqualTo(Light.GREEN);
		});
	}

	@Test
	void disputeIsMediatedInTheGridAndTheAgreementFollowedUp() throws Exception {
		CaseId id = registered("DISPUTE", "邻里因漏水问题发生纠纷");

		work(id, "gridleader1", "网格调解", Map.of("mediationNote", "双方同意维修并赔偿", "agreement", "YES"), record -> {
			assertThat(record.responsibleGroup()).isEqualTo("MEDIATOR:" + DemoDistrict.FIRST_COMMUNITY);
		});
		work(id, "mediator1", "登记调解协议", Map.of("agreementSummary", "三日内维修", "followUpDays", "3"), record -> {
		});
		EngineClockFixtures.fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-26T12:00");
		work(id, "gridworker1", "回访协议履行情况", Map.of("honoured", "YES", "followUpNote", "已维修"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.FEEDBACK);
		});
		finish(id);
	}

	@Test
	void illegalConstructionNotCorrectedIsDemolishedByJointEnforcement() throws Exception {
		CaseId id = registered("ILLEGAL_CONSTRUCTION", "顺河社区第1网格楼顶违建");

		work(id, "officerum1", "现场核查违建", Map.of("illegal", "YES", "constructionFindings", "无规划许可"), record -> {
		});
		work(id, "officerum1", "下达停工整改通知", Map.of("noticeNumber", "停字18号", "selfCorrectionDays", "2"), record -> {
		});
		EngineClockFixtures.fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-25T12:00");
		work(id, "gridleader1", "复查自行整改情况", Map.of("complied", "NO", "complianceNote", "拒不整改"), record -> {
			assertThat(record.responsibleGroup()).isEqualTo("DISTRICT_CENTER:" + DemoDistrict.DISTRICT_CODE);
		});
		work(id, "district1", "确定牵头及参与部门", Map.of("participatingDepartments", "URBAN_MANAGEMENT,WORK_SAFETY"),
				record -> assertThat(record.level()).isEqualTo(HandlingLevel.DEPARTMENT));
		work(id, "officerum1", "确认参与并指派人员", Map.of("officersNamed", "城管4人"), record -> {
		});
		work(id, "officerws1", "确认参与并指派人员", Map.of("officersNamed", "安监2人"), record -> {
		});
		work(id, "officerum1", "开展联合执法行动", Map.of("actionSummary", "依法拆除"), record -> {
		});
		work(id, "officerum1", "记录本部门执法结果", Map.of("departmentResult", "拆除完毕"), record -> {
		});
		work(id, "officerws1", "记录本部门执法结果", Map.of("departmentResult", "现场安全"), record -> {
		});
		work(id, "officerum1", "汇总联合执法结果", Map.of("jointOutcome", "RESOLVED", "outcomeSummary", "违建已拆除"),
				record -> {
				});
		work(id, "inspector1", "核验拆除结果", Map.of("demolitionVerified", "拆除到位"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.FEEDBACK);
		});
		finish(id);
	}

	@Test
	void safetyHazardIsRectifiedWithinTheNoticesDeadline() throws Exception {
		CaseId id = registered("SAFETY_HAZARD", "楼道堆放液化气罐");

		work(id, "officerws1", "下达隐患整改通知", Map.of("noticeNumber", "整字7号", "rectificationDays", "1"), record -> {
		});
		EngineClockFixtures.fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-24T12:00");
		work(id, "officerws1", "复查隐患整改情况", Map.of("rectified", "YES", "reInspectionNote", "已清理"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.FEEDBACK);
		});
		finish(id);
	}

	/** Reported and registered by the station and the street center: handling starts. */
	private CaseId registered(String issueType, String description) throws Exception {
		EngineClockFixtures.setClock("2026-11-23T09:00");
		CaseId id = this.cases.openCase(new OpenCaseCommand(issueType, null, DemoDistrict.FIRST_GRID, description));
		work(id, "station1", "梳理上报案件", Map.of("sortingNote", "属实"), record -> {
		});
		work(id, "street1", "审核立案", Map.of("registerDecision", "REGISTER"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.HANDLE);
		});
		return id;
	}

	/** Feedback, on-site verification and the return visit close the case. */
	private void finish(CaseId id) throws Exception {
		work(id, "gridworker1", "反馈处置结果", Map.of("feedbackResult", "已处置"), record -> {
		});
		work(id, "inspector1", "核查处置结果", Map.of("problemFixed", "YES", "verificationNote", "已核实"), record -> {
		});
		work(id, "station1", "回访评价", Map.of("satisfaction", "SATISFIED"), record -> {
			assertThat(record.step()).isEqualTo(CaseStep.CLOSED);
			assertThat(record.closedAt()).isNotNull();
		});
	}

	@AfterEach
	void resetEngineClock() {
		EngineClockFixtures.resetClock();
	}

	@Test
	void completingWithoutARequiredFieldAnswers400WithTheFieldsName() throws Exception {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "路灯不亮"));
		String taskId = taskIdFor("station1", id);
		claim("station1", taskId);

		HttpResponse<String> response = user("station1").postJson("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\":{}}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("sortingNote").contains("梳理意见");
	}

	private void work(CaseId id, String username, String taskName, Map<String, String> variables,
			Consumer<CaseView> afterwards) throws Exception {
		JsonNode task = candidateTasks(username, id).get(0);
		assertThat(task.path("name").asText()).startsWith(taskName + " · ");
		String taskId = task.path("id").asText();
		assertThat(claim(username, taskId)).isEqualTo(204);

		// as Tasklist reads a Camunda form's variables; the issue type's choice comes from the catalogue
		HttpResponse<String> form = user(username).get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("\"light\"", "\"deadline\"", "\"gridCode\"");
		JsonNode choices = this.json.readTree(form.body()).path("issueTypeChoices");
		assertThat(choices.path("type").asText()).isEqualTo("Json");
		assertThat(choices.path("value").isTextual()).as("the JSON's text, which Tasklist parses: %s", choices).isTrue();
		assertThat(this.json.readTree(choices.path("value").asText()).path(0).path("label").asText()).isNotBlank();

		StringBuilder body = new StringBuilder("{\"variables\":{");
		variables.forEach((name, value) -> body.append('"').append(name).append("\":")
			.append(value.matches("\\d+") ? "{\"value\":" + value + ",\"type\":\"Long\"},"
					: "{\"value\":\"" + value + "\",\"type\":\"String\"},"));
		body.setLength(body.length() - 1);
		body.append("}}");
		HttpResponse<String> completed = user(username).postJson("/engine-rest/task/" + taskId + "/complete",
				body.toString());
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
		afterwards.accept(this.cases.findCase(id).orElseThrow());
	}

	private JsonNode candidateTasks(String username, CaseId id) throws Exception {
		HttpResponse<String> response = user(username).get("/engine-rest/task?candidateUser=" + username
				+ "&processInstanceBusinessKey=" + businessKeyOf(id) + "&includeAssignedTasks=true");
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private String taskIdFor(String username, CaseId id) throws Exception {
		return candidateTasks(username, id).get(0).path("id").asText();
	}

	private int claim(String username, String taskId) {
		return user(username).postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + username + "\"}")
			.statusCode();
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

	private String businessKeyOf(CaseId id) {
		return this.cases.findCase(id).orElseThrow().processBusinessKey();
	}

}
