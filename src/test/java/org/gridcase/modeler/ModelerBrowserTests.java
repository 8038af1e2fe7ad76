package org.gridcase.modeler;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.platform.cockpit.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's walk through the browser modeler, in one browser session: an administrator models
 * the process for a new kind of problem (高空抛物) from a starting point and the grid-role
 * template, deploys it, adds the problem to the catalogue with that process; a report of it
 * reaches the community station's task list with the case record's step, responsible group and
 * deadline right; a second version is compared, deployed and the running instance moved to it.
 * A non-administrator cannot open the page or deploy.
 * <p>
 * The pictures of docs/modeller-guide.md come from this test:
 * {@code mvn -B test -Dtest=ModelerBrowserTests -Dgridcase.guide-screenshots=docs/modeller-guide}.
 */
@IntegrationTest
class ModelerBrowserTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PROCESS = "HighAltitudeThrowingProcess";

	private static final String STATION = "COMMUNITY_STATION:" + DemoDistrict.FIRST_COMMUNITY;

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@TempDir
	Path profile;

	private ChromeDriver browser;

	private ModelerScreen modeler;

	@BeforeEach
	void startTheBrowser() {
		this.browser = Chromium.start(this.profile);
		this.modeler = new ModelerScreen(this.browser, this.port);
	}

	@AfterEach
	void quitTheBrowser() {
		this.modeler.lastPage("last-page");
		this.browser.quit();
	}

	@Test
	void administratorModelsDeploysAndRoutesANewKindOfProblem() throws Exception {
		// a grid leader is no administrator: no page, no deployment
		String refused = this.modeler.login("gridleader1", "demo123");
		this.modeler.screenshot("non-administrator");
		assertThat(refused).contains("403").doesNotContain("部署为新版本");
		assertThat(ApiClient.as(this.port, "gridleader1", "demo123").postJson("/api/modeler/deployments", "{}").statusCode())
			.isEqualTo(403);

		// the administrator models the process from a starting point and the grid-role template
		this.modeler.login("orgadmin", "demo123");
		this.modeler.ready();
		this.modeler.newProcess("高空抛物处置流程", PROCESS, "单环节处置（开始 → 处置任务 → 结束）");
		this.modeler.select("Activity_Handle");
		this.modeler.screenshot("new-process");
		assertThat(this.modeler.openTemplateChooser()).contains("网格角色任务", "职能部门任务");
		this.modeler.screenshot("template-chooser");
		this.modeler.chooseTemplate("网格角色任务");
		this.modeler.pick("routing", "办理角色", "社区工作站（COMMUNITY_STATION）");
		this.modeler.pick("deadline", "时限环节", "HANDLE_IN_COMMUNITY（社区工作站处置）");
		this.modeler.type("form", "表单", "HandleAtLevelForm");
		this.modeler.screenshot("grid-role-template");
		assertThat(this.modeler.lint()).contains("0 个错误");
		assertThat(this.modeler.compare()).contains("新模型");
		assertThat(this.modeler.deploy()).contains("已部署为新版本 1");
		this.modeler.screenshot("deployed");

		// …and adds 高空抛物 to the catalogue, handled by the new process
		this.modeler.tab("事项目录");
		this.modeler.saveCatalogueEntry("gc-issue-type-form", "code", "HIGH_ALTITUDE_THROWING", "name", "高空抛物",
				"handlingProcess", PROCESS);
		assertThat(this.modeler.catalogueRow("gc-issue-types", "HIGH_ALTITUDE_THROWING")).contains("高空抛物", PROCESS, "启用");
		this.modeler.saveCatalogueEntry("gc-subcategory-form", "code", "04-05", "category", "安全隐患", "name", "高空抛物",
				"issueType", "HIGH_ALTITUDE_THROWING", "defaultSeverity", "GENERAL");
		assertThat(this.modeler.catalogueRow("gc-subcategories", "04-05")).contains("高空抛物", "一般", PROCESS);
		this.modeler.screenshot("catalogue");

		// a grid worker reports one; after sorting and registering, the community station has the task
		JsonNode receipt = report("04-05", "顺河路12号楼上有人往下扔酒瓶");
		String trackingNumber = receipt.path("trackingNumber").asText();
		work("station1", "梳理上报案件", Map.of("sortingNote", "属实，已定位"), trackingNumber);
		work("street1", "审核立案", Map.of("registerDecision", "REGISTER"), trackingNumber);
		Task task = this.tasks.createTaskQuery()
			.processDefinitionKey(PROCESS)
			.processInstanceBusinessKey(trackingNumber)
			.singleResult();
		assertThat(task).isNotNull();
		assertThat(this.tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId).contains(STATION);
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).taskCandidateUser("station1").count()).isOne();
		assertThat(task.getDueDate()).isNotNull();
		JsonNode record = JSON.readTree(ApiClient.as(this.port, "station1", "demo123")
			.get("/api/cases/" + receipt.path("caseId").asText())
			.body());
		assertThat(record.path("step").asText()).isEqualTo("HANDLE");
		assertThat(record.path("responsibleGroup").asText()).isEqualTo(STATION);
		assertThat(Instant.parse(record.path("stepDueAt").asText())).isEqualTo(task.getDueDate().toInstant());

		// a second version: the difference to the running one, deployed, the running case moved over
		this.modeler.tab("流程");
		this.modeler.select("Activity_Handle");
		this.modeler.rename("社区工作站处置高空抛物");
		assertThat(this.modeler.compare()).contains("与运行版本 1 的差异", "修改", "处置问题 → 社区工作站处置高空抛物");
		this.modeler.screenshot("difference");
		assertThat(this.modeler.deploy()).contains("已部署为新版本 2");
		String preview = this.modeler.previewMigration("版本 1");
		assertThat(preview).contains(trackingNumber, "Activity_Handle", "可以迁移");
		this.modeler.screenshot("migration-preview");
		assertThat(this.modeler.migrate()).contains("已将 1 个实例迁移到版本 2");
		String instance = task.getProcessInstanceId();
		String moved = this.runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
		assertThat(this.repository.getProcessDefinition(moved).getVersion()).isEqualTo(2);
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).singleResult().getProcessDefinitionId()).isEqualTo(moved);

		// decision tables and forms open in their editors
		this.modeler.tab("决策表");
		this.modeler.open("CaseTimeLimits");
		assertThat(this.modeler.text(".gc-editor-dmn")).contains("HANDLE_IN_COMMUNITY");
		this.modeler.screenshot("decision-table");
		this.modeler.tab("表单");
		this.modeler.open("HandleAtLevelForm");
		this.modeler.text(".gc-editor-form .fjs-editor-container");
		this.modeler.screenshot("form");
	}

	private JsonNode report(String subcategory, String description) throws Exception {
		ApiClient worker = ApiClient.as(this.port, "gridworker1", "demo123");
		String body = """
				{"channel":"PATROL","subcategory":"%s","description":"%s","address":"顺河路12号","lon":113.662,"lat":34.665,"reporter":{"name":"张伟"}}
				""".formatted(subcategory, description);
		HttpResponse<String> filed = worker.send(worker.request("/api/reports")
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "modeler-" + System.nanoTime())
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(filed.statusCode()).as(filed.body()).isIn(200, 201);
		return JSON.readTree(filed.body());
	}

	/** Claims and completes the one task of the case this user may take, as Tasklist would. */
	private void work(String username, String taskName, Map<String, String> variables, String trackingNumber) throws Exception {
		ApiClient user = ApiClient.as(this.port, username, "demo123");
		JsonNode found = JSON.readTree(user.get("/engine-rest/task?candidateUser=" + username + "&processInstanceBusinessKey="
				+ trackingNumber + "&includeAssignedTasks=true").body());
		assertThat(found.size()).as(found.toString()).isOne();
		assertThat(found.get(0).path("name").asText()).startsWith(taskName);
		String taskId = found.get(0).path("id").asText();
		assertThat(user.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + username + "\"}").statusCode())
			.isEqualTo(204);
		StringBuilder body = new StringBuilder("{\"variables\":{");
		variables.forEach((name, value) -> body.append('"').append(name).append("\":{\"value\":\"").append(value)
			.append("\",\"type\":\"String\"},"));
		body.setLength(body.length() - 1);
		body.append("}}");
		HttpResponse<String> completed = user.postJson("/engine-rest/task/" + taskId + "/complete", body.toString());
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

}
