package org.gridcase.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who oversees what: centers see the tasks below them, auditors read everything and change
 * nothing, departments see cases once those were sent to them; task lists follow the task's
 * links (and, for centers, its case's place).
 */
@IntegrationTest
class OversightTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	TaskService taskService;

	@Autowired
	AuthorizationService authorizationService;

	@Test
	void centersAboveTheGridSeeItsTasksButDoNotWorkThem() {
		CaseId id = registeredCase();
		String taskId = handlingTaskOf(id).getId();

		for (String center : new String[] { "station1", "street1", "district1" }) {
			HttpResponse<String> seen = user(center).get("/engine-rest/task/" + taskId);
			assertThat(seen.statusCode()).as(center).isEqualTo(200);
		}
		assertThat(user("street1").postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"street1\"}")
			.statusCode()).isEqualTo(403);
		assertThat(user("gridleader2").get("/engine-rest/task/" + taskId).statusCode()).isIn(403, 404);
	}

	@Test
	void taskListsHoldWhatIsOfferedToMyPostsAndEverythingBelowMyCenter() {
		CaseId id = registeredCase();
		Task handling = handlingTaskOf(id);
		String count = "/engine-rest/task/count?processInstanceId=" + handling.getProcessInstanceId();

		for (String reader : new String[] { "gridleader1", "station1", "street1", "district1", "auditor1" }) {
			assertThat(user(reader).get(count).body()).as(reader).isEqualTo("{\"count\":1}");
			assertThat(user(reader).get("/engine-rest/task?sortBy=created&sortOrder=desc&maxResults=15").body()).as(reader)
				.contains(handling.getId());
		}
		assertThat(user("gridleader2").get(count).body()).isEqualTo("{\"count\":0}");

		// the lists follow the task's links; no grant per task outlives a removed link
		for (IdentityLink link : this.taskService.getIdentityLinksForTask(handling.getId())) {
			if (link.getGroupId() != null) {
				this.taskService.deleteCandidateGroup(handling.getId(), link.getGroupId());
			}
		}
		assertThat(this.authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
			.resourceId(handling.getId()).count()).isZero();
		assertThat(user("gridleader1").get(count).body()).isEqualTo("{\"count\":0}");
		assertThat(user("station1").get(count).body()).isEqualTo("{\"count\":1}");
	}

	@Test
	void auditorsReadInstancesAndHistoryAndChangeNothing() {
		CaseId id = registeredCase();
		String taskId = handlingTaskOf(id).getId();

		HttpResponse<String> history = user("auditor1").get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKeyOf(id));
		HttpResponse<String> task = user("auditor1").get("/engine-rest/task/" + taskId);
		HttpResponse<String> claim = user("auditor1").postJson("/engine-rest/task/" + taskId + "/claim",
				"{\"userId\":\"auditor1\"}");
		HttpResponse<String> caseRead = user("auditor1").get("/api/cases/" + id);

		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(history.body()).contains("CaseLifecycleProcess", "GeneralIssueProcess");
		assertThat(task.statusCode()).isEqualTo(200);
		assertThat(claim.statusCode()).isEqualTo(403);
		assertThat(caseRead.statusCode()).isEqualTo(200);
	}

	@Test
	void departmentSeesACaseOnlyOnceItWasSentThere() {
		CaseId id = registeredCase();
		assertThat(user("officerum1").get("/api/cases/" + id).statusCode()).isEqualTo(404);

		for (String level : new String[] { "community", "street", "district" }) {
			Task handling = handlingTaskOf(id);
			this.taskService.complete(handling.getId(), Map.of("handlingResult", "上报" + level, "solvedHere", "NO"));
		}
		this.taskService.complete(handlingTaskOf(id).getId(), Map.of("department", "URBAN_MANAGEMENT"));

		assertThat(user("officerum1").get("/api/cases/" + id).statusCode()).isEqualTo(200);
		assertThat(user("officerws1").get("/api/cases/" + id).statusCode()).isEqualTo(404);
	}

	private CaseId registeredCase() {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "井盖缺失"));
		this.taskService.complete(handlingTaskOf(id).getId(), Map.of("sortingNote", "属实"));
		this.taskService.complete(handlingTaskOf(id).getId(), Map.of("registerDecision", "REGISTER"));
		return id;
	}

	/** The case's one open task (the lifecycle waits on its call activity while handling runs). */
	private Task handlingTaskOf(CaseId id) {
		return this.taskService.createTaskQuery().processInstanceBusinessKey(businessKeyOf(id)).singleResult();
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

	private String businessKeyOf(CaseId id) {
		return this.cases.findCase(id).orElseThrow().processBusinessKey();
	}

}
