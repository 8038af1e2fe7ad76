package org.gridcase.modeler;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modeler's API: administrators list and open what runs, deploy new versions (refused as a
 * whole, naming the element, when the deployment policy objects) and move running instances
 * after a preview; everyone else gets 403.
 */
@IntegrationTest
class ModelerApiTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Test
	void administratorsListTheDeployedModelsAndOpenTheirSources() throws Exception {
		ApiClient admin = ApiClient.as(this.port, "orgadmin", "demo123");

		JsonNode definitions = JSON.readTree(admin.get("/api/modeler/definitions").body());
		JsonNode general = find(definitions, "bpmn", "GeneralIssueProcess");
		assertThat(general.path("name").asText()).isEqualTo("一般问题处置流程");
		assertThat(general.path("resourceName").asText()).isEqualTo("processes/GeneralIssueProcess.bpmn");
		assertThat(find(definitions, "dmn", "CaseTimeLimits").path("version").asInt()).isPositive();
		assertThat(find(definitions, "form", "HandleAtLevelForm").path("resourceName").asText()).isEqualTo("forms/HandleAtLevelForm.form");

		HttpResponse<String> source = admin.get("/api/modeler/source?deploymentId=" + general.path("deploymentId").asText()
				+ "&resourceName=processes/GeneralIssueProcess.bpmn");
		assertThat(source.statusCode()).isEqualTo(200);
		assertThat(source.body()).contains("<bpmn:process id=\"GeneralIssueProcess\"");
		assertThat(admin.get("/api/modeler/source?deploymentId=" + general.path("deploymentId").asText()
				+ "&resourceName=processes/NoSuchProcess.bpmn").statusCode()).isEqualTo(404);

		JsonNode templates = JSON.readTree(admin.get("/api/modeler/element-templates").body());
		assertThat(templates.isArray()).isTrue();
		assertThat(templates.findValuesAsText("id")).contains("gridcase.GridRoleTask");
	}

	@Test
	void othersGetForbiddenOnThePageAndTheApi() {
		for (String user : List.of("gridleader1", "station1", "auditor1")) {
			ApiClient client = ApiClient.as(this.port, user, "demo123");
			assertThat(client.get("/modeler/").statusCode()).as(user).isEqualTo(403);
			assertThat(client.get("/modeler/app.js").statusCode()).as(user).isEqualTo(403);
			assertThat(client.get("/api/modeler/definitions").statusCode()).as(user).isEqualTo(403);
			assertThat(client.postJson("/api/modeler/deployments", deployment("ForbiddenProbe", waitingProcess("ForbiddenProbe", "Activity_Wait")))
				.statusCode()).as(user).isEqualTo(403);
		}
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey("ForbiddenProbe").count()).isZero();
		assertThat(ApiClient.as(this.port, "orgadmin", "demo123").get("/modeler/").statusCode()).isEqualTo(200);
	}

	@Test
	void aDeploymentThePolicyRefusesIsAnsweredWith400NamingTheElement() throws Exception {
		String process = waitingProcess("ModelerRefusedProbe", "Activity_Wait").replace("</bpmn:process>",
				"<bpmn:serviceTask id=\"Activity_Sneaky\" name=\"偷偷执行\" camunda:expression=\"${runtimeService.deleteProcessInstance('x', 'y')}\" />\n</bpmn:process>");

		HttpResponse<String> refused = ApiClient.as(this.port, "orgadmin", "demo123")
			.postJson("/api/modeler/deployments", deployment("ModelerRefusedProbe", process));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode errors = JSON.readTree(refused.body()).path("errors");
		assertThat(errors.findValuesAsText("field")).contains("Activity_Sneaky");
		assertThat(errors.toString()).contains("元素 Activity_Sneaky", "runtimeService");
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey("ModelerRefusedProbe").count()).isZero();
	}

	@Test
	void badFilesAreNamedAsSent() throws Exception {
		ObjectNode body = JSON.createObjectNode();
		body.putArray("resources").addObject().put("name", "../evil.bpmn").put("content", "");
		HttpResponse<String> refused = ApiClient.as(this.port, "orgadmin", "demo123").postJson("/api/modeler/deployments", body.toString());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(refused.body()).path("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("resources[0].name", "resources[0].content");
	}

	@Test
	void runningInstancesMoveToTheNewVersionAfterAPreview() throws Exception {
		ApiClient admin = ApiClient.as(this.port, "orgadmin", "demo123");
		String first = deployed(admin, deployment("ModelerMigrationProbe", waitingProcess("ModelerMigrationProbe", "Activity_Wait")));
		String one = this.runtime.startProcessInstanceById(first, "MIGRATE-1").getId();
		String two = this.runtime.startProcessInstanceById(first, "MIGRATE-2").getId();
		String keeping = deployed(admin, deployment("ModelerMigrationProbe",
				waitingProcess("ModelerMigrationProbe", "Activity_Wait").replace("name=\"等待\"", "name=\"等待处理\"")));
		String dropping = deployed(admin, deployment("ModelerMigrationProbe", waitingProcess("ModelerMigrationProbe", "Activity_Other")));

		JsonNode blocked = JSON.readTree(admin.postJson("/api/modeler/migrations/preview", migration(first, dropping, List.of())).body());
		assertThat(blocked.path("runningInstances").asLong()).isEqualTo(2);
		assertThat(blocked.path("instances").findValuesAsText("canMove")).containsOnly("false");
		assertThat(blocked.path("instances").get(0).path("reasons").toString()).contains("活动 Activity_Wait 无法迁移");

		JsonNode preview = JSON.readTree(admin.postJson("/api/modeler/migrations/preview", migration(first, keeping, List.of())).body());
		assertThat(preview.path("instances").findValuesAsText("id")).containsExactlyInAnyOrder(one, two);
		assertThat(preview.path("instances").findValuesAsText("canMove")).containsOnly("true");
		assertThat(preview.path("mappedActivities").toString()).contains("Activity_Wait");
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionId(first).count()).isEqualTo(2);

		HttpResponse<String> moved = admin.postJson("/api/modeler/migrations", migration(first, keeping, List.of(one)));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(one).singleResult().getProcessDefinitionId()).isEqualTo(keeping);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(two).singleResult().getProcessDefinitionId()).isEqualTo(first);

		JsonNode versions = JSON.readTree(admin.get("/api/modeler/processes/ModelerMigrationProbe/versions").body());
		assertThat(versions.findValuesAsText("runningInstances")).containsExactly("0", "1", "1");

		HttpResponse<String> wrong = admin.postJson("/api/modeler/migrations", migration(first, keeping, List.of(one)));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(wrong.body()).path("errors").findValuesAsText("field")).containsExactly("processInstanceIds");

		this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("ModelerMigrationProbe")
			.list()
			.forEach(definition -> this.repository.deleteDeployment(definition.getDeploymentId(), true, true));
	}

	private static String deployed(ApiClient admin, String deployment) throws Exception {
		HttpResponse<String> answer = admin.postJson("/api/modeler/deployments", deployment);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return JSON.readTree(answer.body()).path("definitions").get(0).path("id").asText();
	}

	private static JsonNode find(JsonNode definitions, String kind, String key) {
		for (JsonNode definition : definitions) {
			if (kind.equals(definition.path("kind").asText()) && key.equals(definition.path("key").asText())) {
				return definition;
			}
		}
		throw new AssertionError("no " + kind + " " + key + " in " + definitions);
	}

	private static String migration(String source, String target, List<String> instances) {
		ObjectNode body = JSON.createObjectNode().put("sourceDefinitionId", source).put("targetDefinitionId", target);
		instances.forEach(body.putArray("processInstanceIds")::add);
		return body.toString();
	}

	private static String deployment(String key, String process) {
		ObjectNode body = JSON.createObjectNode().put("name", key);
		body.putArray("resources").addObject().put("name", "processes/" + key + ".bpmn").put("content", process);
		return body.toString();
	}

	/** Start, a receive task that waits, end. */
	private static String waitingProcess(String key, String waitId) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://gridcase.org/bpmn">
				<bpmn:process id="%1$s" name="迁移演示" isExecutable="true" camunda:historyTimeToLive="P30D">
				<bpmn:startEvent id="Event_Start" />
				<bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="%2$s" />
				<bpmn:receiveTask id="%2$s" name="等待" />
				<bpmn:sequenceFlow id="Flow_2" sourceRef="%2$s" targetRef="Event_End" />
				<bpmn:endEvent id="Event_End" />
				</bpmn:process>
				</bpmn:definitions>
				""".formatted(key, waitId);
	}

}
