package org.gridcase.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's links, not a grant per task, say who may read and work it (issue 13: rows per case):
 * its candidates (gridleader1's post for a registered case of the first grid) read, claim and
 * complete it; the grid leader of the next grid does none of that; whoever held it before it was
 * given to someone else no longer works it; auditors read it as before. The engine writes no
 * grant on the running task, only the one on its history.
 */
@IntegrationTest
class TaskLinkPermissionsTests {

	private static final String SOLVED = "{\"variables\":{\"handlingResult\":{\"value\":\"已清理\",\"type\":\"String\"},"
			+ "\"solvedHere\":{\"value\":\"YES\",\"type\":\"String\"}}}";

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	TaskService taskService;

	@Autowired
	AuthorizationService authorizationService;

	private Task handling;

	private String t;

	@BeforeEach
	void caseRegisteredInTheFirstGrid() {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "垃圾桶破损"));
		String businessKey = this.cases.findCase(id).orElseThrow().processBusinessKey();
		this.taskService.complete(openTask(businessKey).getId(), Map.of("sortingNote", "属实"));
		this.taskService.complete(openTask(businessKey).getId(), Map.of("registerDecision", "REGISTER"));
		this.handling = openTask(businessKey);
		this.t = "/engine-rest/task/" + this.handling.getId();
	}

	@Test
	void theEngineWritesNoGrantOnARunningTaskOnlyOnItsHistory() {
		this.taskService.claim(this.handling.getId(), "gridleader1");

		assertThat(this.authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
			.resourceId(this.handling.getId()).count()).isZero();
		assertThat(this.authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
			.resourceId(this.handling.getId()).count()).isPositive();
	}

	@Test
	void aCandidateReadsClaimsAndCompletesTheTask() {
		ApiClient leader = user("gridleader1");

		assertThat(leader.get(this.t).statusCode()).isEqualTo(200);
		assertThat(leader.get(this.t + "/variables").statusCode()).isEqualTo(200);
		assertThat(leader.get(this.t + "/identity-links").statusCode()).isEqualTo(200);
		assertThat(leader.postJson(this.t + "/claim", "{\"userId\":\"gridleader1\"}").statusCode()).isEqualTo(204);
		HttpResponse<String> comment = leader.postJson(this.t + "/comment/create", "{\"message\":\"已到现场\"}");
		assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
		HttpResponse<String> completed = leader.postJson(this.t + "/complete", SOLVED);
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

	@Test
	void theGridLeaderOfAnotherGridNeitherReadsNorWorksTheTask() {
		ApiClient other = user("gridleader2");

		assertThat(other.get(this.t).statusCode()).isIn(403, 404);
		assertThat(other.get(this.t + "/variables").statusCode()).isEqualTo(403);
		assertThat(other.get(this.t + "/form-variables").statusCode()).isEqualTo(403);
		assertThat(other.postJson(this.t + "/claim", "{\"userId\":\"gridleader2\"}").statusCode()).isEqualTo(403);
		assertThat(other.postJson(this.t + "/complete", SOLVED).statusCode()).isEqualTo(403);
		assertThat(this.taskService.createTaskQuery().taskId(this.handling.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void whoHeldTheTaskBeforeItWasGivenToSomeoneElseNoLongerWorksIt() {
		this.taskService.setAssignee(this.handling.getId(), "gridleader2");
		assertThat(user("gridleader2").get(this.t).statusCode()).isEqualTo(200);

		this.taskService.setAssignee(this.handling.getId(), "gridleader1");

		ApiClient former = user("gridleader2");
		assertThat(former.get(this.t).statusCode()).isIn(403, 404);
		assertThat(former.postJson(this.t + "/complete", SOLVED).statusCode()).isEqualTo(403);
		assertThat(this.taskService.createTaskQuery().taskId(this.handling.getId()).count()).isOne();
	}

	@Test
	void aCandidateWithdrawnNoLongerWorksTheTask() {
		this.taskService.addCandidateUser(this.handling.getId(), "gridleader2");
		assertThat(user("gridleader2").get(this.t + "/variables").statusCode()).isEqualTo(200);

		this.taskService.deleteCandidateUser(this.handling.getId(), "gridleader2");

		assertThat(user("gridleader2").postJson(this.t + "/claim", "{\"userId\":\"gridleader2\"}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void auditorsStillReadTheTaskAndWorkNothing() {
		ApiClient auditor = user("auditor1");

		assertThat(auditor.get(this.t).statusCode()).isEqualTo(200);
		assertThat(auditor.get(this.t + "/variables").statusCode()).isEqualTo(200);
		assertThat(auditor.postJson(this.t + "/claim", "{\"userId\":\"auditor1\"}").statusCode()).isEqualTo(403);
		assertThat(auditor.postJson(this.t + "/complete", SOLVED).statusCode()).isEqualTo(403);
	}

	private Task openTask(String businessKey) {
		return this.taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
