package org.gridcase.identity;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No side doors through the engine REST API: a task's candidates (station1 on 梳理上报案件) claim,
 * comment and complete it, and nothing else; auditors and the centers above the grid write
 * nothing; the engine administrator may do everything. Enforced by engine authorizations, so
 * the same holds for the Java API.
 */
@IntegrationTest
class EngineSideDoorTests {

	private static final String TEXT = "{\"value\":\"改写\",\"type\":\"String\"}";

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	private Task task;

	private Job job;

	@BeforeEach
	void caseWaitingToBeSorted() {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "路面破损"));
		this.task = this.taskService.createTaskQuery().processInstanceBusinessKey(businessKeyOf(id)).singleResult();
		assertThat(this.task.getName()).startsWith("梳理上报案件 · ");
		List<Job> jobs = this.managementService.createJobQuery().processInstanceId(this.task.getProcessInstanceId()).list();
		this.job = jobs.isEmpty() ? this.managementService.createJobQuery().listPage(0, 1).get(0) : jobs.get(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "station1", "auditor1", "street1" })
	void nobodyButTheAdministratorWritesVariablesOrSteersTheProcess(String username) {
		Map<String, Object> before = this.runtimeService.getVariables(this.task.getProcessInstanceId());
		String t = "/engine-rest/task/" + this.task.getId();
		String pi = "/engine-rest/process-instance/" + this.task.getProcessInstanceId();
		String j = "/engine-rest/job/" + this.job.getId();
		ApiClient user = user(username);

		List<HttpResponse<String>> writes = List.of(
				user.putJson(t + "/variables/gridCode", TEXT),
				user.postJson(t + "/variables", "{\"modifications\":{\"gridCode\":" + TEXT + "}}"),
				user.putJson(t + "/localVariables/gridCode", TEXT),
				user.postJson(t + "/localVariables", "{\"modifications\":{\"gridCode\":" + TEXT + "}}"),
				delete(user, t + "/variables/gridCode"),
				user.putJson(pi + "/variables/gridCode", TEXT),
				user.postJson(pi + "/variables", "{\"modifications\":{\"caseId\":" + TEXT + "}}"),
				user.putJson("/engine-rest/execution/" + this.task.getExecutionId() + "/localVariables/gridCode", TEXT),
				user.postJson(pi + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
						+ this.task.getTaskDefinitionKey() + "\"}]}"),
				user.putJson(pi + "/suspended", "{\"suspended\":true}"),
				delete(user, pi),
				user.postJson("/engine-rest/message", "{\"messageName\":\"Message_SideDoor\",\"processVariables\":{\"gridCode\":"
						+ TEXT + "}}"),
				user.postJson("/engine-rest/signal", "{\"name\":\"Signal_SideDoor\",\"variables\":{\"gridCode\":" + TEXT + "}}"),
				user.putJson(j + "/retries", "{\"retries\":3}"),
				user.putJson(j + "/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}"),
				user.putJson(j + "/suspended", "{\"suspended\":true}"),
				user.postJson(t + "/assignee", "{\"userId\":\"" + username + "\"}"),
				user.postJson(t + "/delegate", "{\"userId\":\"" + username + "\"}"),
				user.postJson(t + "/identity-links", "{\"groupId\":\"AUDITOR:" + DemoDistrict.DISTRICT_CODE
						+ "\",\"type\":\"candidate\"}"),
				user.postJson(t + "/resolve", "{\"variables\":{}}"),
				user.postJson(t + "/bpmnError", "{\"errorCode\":\"Err_SideDoor\"}"),
				user.putJson(t, "{\"name\":\"改名\",\"priority\":1}"));

		assertThat(writes).allSatisfy(response -> assertThat(response.statusCode())
			.as(username + " " + response.request().method() + " " + response.request().uri().getPath() + ": " + response.body())
			.isEqualTo(403));
		assertThat(this.runtimeService.getVariables(this.task.getProcessInstanceId())).isEqualTo(before);
		assertThat(this.taskService.createTaskQuery().taskId(this.task.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void candidatesClaimUnclaimCommentAndComplete() {
		String t = "/engine-rest/task/" + this.task.getId();
		ApiClient station = user("station1");

		assertThat(station.postJson(t + "/claim", "{\"userId\":\"station1\"}").statusCode()).isEqualTo(204);
		assertThat(station.postJson(t + "/unclaim", "").statusCode()).isEqualTo(204);
		assertThat(station.postJson(t + "/claim", "{\"userId\":\"station1\"}").statusCode()).isEqualTo(204);
		HttpResponse<String> comment = station.postJson(t + "/comment/create", "{\"message\":\"已电话联系上报人\"}");
		assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
		assertThat(station.postJson(t + "/complete", "{\"variables\":{\"sortingNote\":{\"value\":\"属实\",\"type\":\"String\"}}}")
			.statusCode()).isEqualTo(204);
	}

	@Test
	void auditorsAndCentersAboveNeitherCommentNorWorkTheTask() {
		String t = "/engine-rest/task/" + this.task.getId();
		for (String username : List.of("auditor1", "street1", "district1")) {
			ApiClient user = user(username);
			assertThat(user.get(t).statusCode()).as(username).isEqualTo(200);
			assertThat(user.postJson(t + "/comment/create", "{\"message\":\"审计意见\"}").statusCode()).as(username).isEqualTo(403);
			assertThat(user.postJson(t + "/claim", "{\"userId\":\"" + username + "\"}").statusCode()).as(username).isEqualTo(403);
			assertThat(user.postJson(t + "/complete", "{\"variables\":{}}").statusCode()).as(username).isEqualTo(403);
		}
		assertThat(this.taskService.getTaskComments(this.task.getId())).isEmpty();
	}

	@Test
	void candidatesMayNotAttachOrUnclaimSomeoneElseThroughTheJavaApiEither() {
		this.taskService.claim(this.task.getId(), "gridworker1");
		this.identityService.setAuthentication("station1", List.of("COMMUNITY_STATION:" + DemoDistrict.FIRST_COMMUNITY));
		try {
			assertThatThrownBy(() -> this.taskService.createAttachment("text/plain", this.task.getId(), null, "说明", null,
					new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8))))
				.isInstanceOf(AuthorizationException.class);
			assertThatThrownBy(() -> this.taskService.setAssignee(this.task.getId(), null))
				.isInstanceOf(AuthorizationException.class);
		}
		finally {
			this.identityService.clearAuthentication();
		}
		assertThat(this.taskService.getTaskAttachments(this.task.getId())).isEmpty();
		assertThat(this.taskService.createTaskQuery().taskId(this.task.getId()).singleResult().getAssignee())
			.isEqualTo("gridworker1");
	}

	@Test
	void theEngineAdministratorMayDoEverything() {
		String t = "/engine-rest/task/" + this.task.getId();
		ApiClient admin = ApiClient.as(this.port, "admin", "admin");

		assertThat(admin.putJson(t + "/localVariables/adminNote", TEXT).statusCode()).isEqualTo(204);
		assertThat(admin.putJson("/engine-rest/process-instance/" + this.task.getProcessInstanceId() + "/variables/adminNote",
				TEXT).statusCode()).isEqualTo(204);
		assertThat(admin.postJson("/engine-rest/signal", "{\"name\":\"Signal_SideDoor\"}").statusCode()).isEqualTo(204);
		assertThat(admin.postJson(t + "/comment/create", "{\"message\":\"管理员备注\"}").statusCode()).isEqualTo(200);
		assertThat(admin.postJson(t + "/assignee", "{\"userId\":\"station1\"}").statusCode()).isEqualTo(204);
		assertThat(admin.putJson("/engine-rest/job/" + this.job.getId() + "/retries",
				"{\"retries\":" + this.job.getRetries() + "}").statusCode()).isEqualTo(204);
	}

	private static HttpResponse<String> delete(ApiClient user, String path) {
		return user.send(user.request(path).method("DELETE", BodyPublishers.noBody()));
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

	private String businessKeyOf(CaseId id) {
		return this.cases.findCase(id).orElseThrow().processBusinessKey();
	}

}
