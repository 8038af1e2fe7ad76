package org.gridcase.cases;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.deadlines.Light;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case from report to evaluation, worked by the demo district's people through the engine
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

	@Test
	void generalIssueRunsFromReportToEvaluationByTheDistrictsPeople() throws Exception {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID,
				"顺河社区第1网格楼道堆放杂物，存在消防隐患"));

		work(id, "station1", "梳理上报案件", Map.of("sortingNote", "属实，已定位"), record -> {
			assertThat(record.getStep()).isEqualTo(CaseStep.REGISTER);
			assertThat(record.getResponsibleGroup()).isEqualTo("STREET_CENTER:" + DemoDistrict.FIRST_STREET);
		});
		work(id, "street1", "审核立案", Map.of("registerDecision", "REGISTER"), record -> {
			assertThat(record.getStep()).isEqualTo(CaseStep.HANDLE);
			assertThat(record.getResponsibleGroup()).isEqualTo("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
		});
		assertThat(candidateTasks("gridleader2", id)).isEmpty();
		assertThat(claim("gridleader2", taskIdFor("gridleader1", id))).isIn(403, 404);
		work(id, "gridleader1", "网格内处置", Map.of("handlingResult", "已督促清理", "solvedHere", "YES"), record -> {
			assertThat(record.getStep()).isEqualTo(CaseStep.FEEDBACK);
			assertThat(record.getLevel()).isEqualTo(HandlingLevel.GRID);
		});
		work(id, "gridworker1", "反馈处置结果", Map.of("feedbackResult", "杂物已清理"), record -> {
			assertThat(record.getStep()).isEqualTo(CaseStep.VERIFY_CLOSE);
		});
		work(id, "inspector1", "核查处置结果", Map.of("problemFixed", "YES", "verificationNote", "已核实"), record -> {
			assertThat(record.getStep()).isEqualTo(CaseStep.EVALUATE);
		});
		work(id, "station1", "回访评价", Map.of("satisfaction", "VERY_SATISFIED"), record -> {
			assertThat(record.getStep()).isEqualTo(CaseStep.CLOSED);
			assertThat(record.getSatisfaction()).isEqualTo("VERY_SATISFIED");
			assertThat(record.getLight()).isEqualTo(Light.GREEN);
		});
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
			Consumer<CaseRecord> afterwards) throws Exception {
		JsonNode task = candidateTasks(username, id).get(0);
		assertThat(task.path("name").asText()).isEqualTo(taskName);
		String taskId = task.path("id").asText();
		assertThat(claim(username, taskId)).isEqualTo(204);

		HttpResponse<String> form = user(username).get("/engine-rest/task/" + taskId + "/form-variables");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("\"light\"", "\"deadline\"", "\"gridCode\"");

		StringBuilder body = new StringBuilder("{\"variables\":{");
		variables.forEach((name, value) -> body.append('"').append(name).append("\":{\"value\":\"").append(value)
			.append("\",\"type\":\"String\"},"));
		body.setLength(body.length() - 1);
		body.append("}}");
		HttpResponse<String> completed = user(username).postJson("/engine-rest/task/" + taskId + "/complete",
				body.toString());
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
		afterwards.accept(this.cases.findCase(id).orElseThrow());
	}

	private JsonNode candidateTasks(String username, CaseId id) throws Exception {
		HttpResponse<String> response = user(username).get("/engine-rest/task?candidateUser=" + username
				+ "&processInstanceBusinessKey=" + id + "&includeAssignedTasks=true");
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

}
