package org.gridcase.platform.engine;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.ApiClient;
import org.gridcase.ApiClient.Part;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcase.platform.engine.ModelContractPolicyTests.ROUTED;
import static org.gridcase.platform.engine.ModelContractPolicyTests.flow;
import static org.gridcase.platform.engine.ModelContractPolicyTests.process;
import static org.gridcase.platform.engine.ModelContractPolicyTests.straight;

/**
 * Deployments over the engine REST API, as the desktop Modeler and the browser modeler make
 * them: a model that would not work is refused as a whole with 400 problem+json naming the
 * element; a model built from the element templates is routed and timed as its panels say; only
 * engine administrators deploy.
 */
@IntegrationTest
class SafeDeploymentTests {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	static Stream<Arguments> refusedModels() {
		return Stream.of(
				Arguments.of("Activity_Unrouted", "Refused_Routing.bpmn",
						straight("<bpmn:userTask id=\"Activity_Unrouted\" name=\"处置\"/>")),
				Arguments.of("Activity_WithForm", "Refused_Form.bpmn",
						straight("<bpmn:userTask id=\"Activity_WithForm\" " + ROUTED
								+ " camunda:formRef=\"NoSuchForm\" camunda:formRefBinding=\"deployment\"/>")),
				Arguments.of("Process_Refused", "Refused_Lint.bpmn",
						process("<bpmn:startEvent id=\"Event_Start\"/><bpmn:userTask id=\"Activity_Work\" " + ROUTED + "/>"
								+ flow("Flow_ToWork", "Event_Start", "Activity_Work"))),
				Arguments.of("HazardGrading", "Refused_Decision.dmn",
						"<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"Definitions_Refused\" "
								+ "name=\"x\" namespace=\"http://gridcase.org/test\"><decision id=\"HazardGrading\" "
								+ "name=\"x\"><decisionTable id=\"DecisionTable_Refused\"><input id=\"Input_Type\">"
								+ "<inputExpression id=\"InputExpression_Type\" typeRef=\"string\"><text>issueType</text>"
								+ "</inputExpression></input><output id=\"Output_Process\" name=\"process\" typeRef=\"string\"/>"
								+ "</decisionTable></decision></definitions>"),
				Arguments.of("Activity_Escape", "Refused_Sandbox.bpmn",
						straight("<bpmn:serviceTask id=\"Activity_Escape\" camunda:expression=\"${execution.getClass()}\"/>")));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("refusedModels")
	void anAdministratorsDeploymentThatWouldNotWorkIsRefusedNamingTheElement(String elementId, String file, String model) {
		HttpResponse<String> response = deploy(ApiClient.as(this.port, "admin", "admin"), file, model);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"field\":\"" + elementId + "\"");
		assertThat(this.repositoryService.createDeploymentQuery().deploymentName(file).count()).isZero();
	}

	@Test
	void onlyEngineAdministratorsDeploy() {
		HttpResponse<String> response = deploy(ApiClient.as(this.port, "district1", "demo123"), "Staff.bpmn",
				straight("<bpmn:userTask id=\"Activity_Work\" " + ROUTED + "/>").replace("Process_Refused", "StaffProcess"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("StaffProcess").count())
			.isZero();
	}

	@Test
	void aTaskFromTheGridRoleTemplateIsRoutedAndTimedAsItsPanelSays() {
		String model = straight("<bpmn:userTask id=\"Activity_HandleInGrid\" name=\"网格内处置\" "
				+ "camunda:modelerTemplate=\"gridcase.GridRoleTask\" " + ROUTED + "><bpmn:extensionElements>"
				+ "<camunda:properties><camunda:property name=\"gridcase.timeLimitStep\" value=\"HANDLE_IN_GRID\"/>"
				+ "<camunda:property name=\"gridcase.deadlineOf\" value=\"TASK\"/></camunda:properties>"
				+ "</bpmn:extensionElements></bpmn:userTask>").replace("Process_Refused", "TemplatedProcess");
		HttpResponse<String> deployed = deploy(ApiClient.as(this.port, "admin", "admin"), "Templated.bpmn", model);
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		String deployment = this.repositoryService.createDeploymentQuery().deploymentName("Templated.bpmn").singleResult()
			.getId();
		try {
			this.runtimeService.startProcessInstanceByKey("TemplatedProcess", Map.of("gridCode", DemoDistrict.FIRST_GRID,
					"issueType", "ENVIRONMENT", "severity", "GENERAL"));

			Task task = this.taskService.createTaskQuery().processDefinitionKey("TemplatedProcess").singleResult();
			assertThat(this.taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
				.contains("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
			assertThat(task.getDueDate()).isNotNull();
			assertThat(this.taskService.getVariableLocal(task.getId(), "light")).isEqualTo("GREEN");
		}
		finally {
			this.repositoryService.deleteDeployment(deployment, true);
		}
	}

	private static HttpResponse<String> deploy(ApiClient client, String file, String model) {
		return client.postMultipart("/engine-rest/deployment/create",
				new Part("deployment-name", null, "text/plain", file.getBytes(StandardCharsets.UTF_8)),
				new Part("data", file, "application/octet-stream", model.getBytes(StandardCharsets.UTF_8)));
	}

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	@Test
	void aDeployedModelIsNotJudgedAgainWhenAnotherNodeOrARestartReadsItIntoTheCache() {
		ProcessDefinition lifecycle = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("CaseLifecycleProcess").latestVersion().singleResult();
		this.engineConfiguration.getDeploymentCache().discardProcessDefinitionCache();

		// the cache reads the definition's resource alone, without the forms it was deployed with
		assertThat(((RepositoryServiceImpl) this.repositoryService).getDeployedProcessDefinition(lifecycle.getId()).getId())
			.isEqualTo(lifecycle.getId());
	}

}
