package org.gridcase.platform.engine;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deployed models cannot run code: the known payloads are refused at deployment (engine REST API,
 * Java API) naming the element, and what only shows at run time fails into an incident without
 * its side effect.
 */
@IntegrationTest
class ModelSandboxTests {

	static final Path MARKER = Path.of("target", "model-sandbox-marker");

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	ProcessEngine processEngine;

	@BeforeEach
	void noMarker() throws Exception {
		Files.deleteIfExists(MARKER);
	}

	static Stream<Arguments> refusedModels() {
		return Stream.of(
				Arguments.of("Activity_GetClass", bpmn("<bpmn:serviceTask id=\"Activity_GetClass\" "
						+ "camunda:expression=\"${execution.getClass().forName('java.lang.Runtime')}\"/>")),
				Arguments.of("Flow_Exec", bpmn("<bpmn:endEvent id=\"Event_End\"/>"
						+ "<bpmn:sequenceFlow id=\"Flow_Exec\" sourceRef=\"Event_Start\" targetRef=\"Event_End\">"
						+ "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${''.getClass().forName('java.lang.Runtime')"
						+ ".getMethod('getRuntime').invoke(null).exec('touch target/model-sandbox-marker')}"
						+ "</bpmn:conditionExpression></bpmn:sequenceFlow>")),
				Arguments.of("Activity_ClassProperty", bpmn("<bpmn:userTask id=\"Activity_ClassProperty\">"
						+ "<bpmn:extensionElements><camunda:taskListener event=\"create\" "
						+ "expression=\"${''.class.forName('java.lang.Runtime')}\"/></bpmn:extensionElements></bpmn:userTask>")),
				Arguments.of("Activity_Spel", bpmn("<bpmn:userTask id=\"Activity_Spel\" "
						+ "camunda:assignee=\"${T(java.lang.Runtime).getRuntime()}\"/>")),
				Arguments.of("Event_Timer", bpmn("<bpmn:intermediateCatchEvent id=\"Event_Timer\"><bpmn:timerEventDefinition>"
						+ "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">${java.lang.Runtime.getRuntime().exec('touch x')}"
						+ "</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>")),
				Arguments.of("Activity_EngineServices", bpmn("<bpmn:serviceTask id=\"Activity_EngineServices\" "
						+ "camunda:expression=\"${execution.processEngineServices.runtimeService}\"/>")),
				Arguments.of("Activity_HiddenBean", bpmn("<bpmn:serviceTask id=\"Activity_HiddenBean\" "
						+ "camunda:expression=\"${repositoryService.deleteDeployment('x')}\"/>")),
				Arguments.of("Activity_Javascript", bpmn("<bpmn:scriptTask id=\"Activity_Javascript\" scriptFormat=\"javascript\">"
						+ "<bpmn:script>1 + 1</bpmn:script></bpmn:scriptTask>")),
				Arguments.of("Activity_Groovy", bpmn("<bpmn:scriptTask id=\"Activity_Groovy\" scriptFormat=\"groovy\">"
						+ "<bpmn:script>'touch target/model-sandbox-marker'.execute()</bpmn:script></bpmn:scriptTask>")),
				Arguments.of("Activity_FileScript", bpmn("<bpmn:scriptTask id=\"Activity_FileScript\" scriptFormat=\"groovy\" "
						+ "camunda:resource=\"file:///etc/passwd\"/>")),
				Arguments.of("Activity_HttpScript", bpmn("<bpmn:serviceTask id=\"Activity_HttpScript\" camunda:expression=\"${true}\">"
						+ "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">"
						+ "<camunda:script scriptFormat=\"groovy\" resource=\"http://example.org/x.groovy\"/>"
						+ "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>")),
				Arguments.of("Flow_GroovyCondition", bpmn("<bpmn:endEvent id=\"Event_End\"/>"
						+ "<bpmn:sequenceFlow id=\"Flow_GroovyCondition\" sourceRef=\"Event_Start\" targetRef=\"Event_End\">"
						+ "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">true"
						+ "</bpmn:conditionExpression></bpmn:sequenceFlow>")),
				Arguments.of("Activity_ClassDelegate", bpmn("<bpmn:serviceTask id=\"Activity_ClassDelegate\" "
						+ "camunda:class=\"java.lang.Runtime\"/>")),
				Arguments.of("Activity_ListenerClass", bpmn("<bpmn:userTask id=\"Activity_ListenerClass\">"
						+ "<bpmn:extensionElements><camunda:taskListener event=\"create\" class=\"java.lang.ProcessBuilder\"/>"
						+ "</bpmn:extensionElements></bpmn:userTask>")),
				Arguments.of("InputEntry_Runtime", dmn("", "amount", "java.lang.Runtime.getRuntime()", "", "\"x\"")),
				Arguments.of("OutputEntry_External", dmn("", "amount", "", "",
						"function(x) external { java: { class: \"java.lang.Math\", method signature: \"abs(int)\" } }")),
				Arguments.of("InputExpression_Javascript", dmn(" expressionLanguage=\"javascript\"", "amount", "", "", "\"x\"")),
				Arguments.of("OutputEntry_Juel", dmn("", "amount", "", " expressionLanguage=\"juel\"", "${''.getClass()}")));
	}

	@ParameterizedTest
	@MethodSource("refusedModels")
	void theEngineRestApiRefusesAModelThatCouldRunCodeNamingTheElement(String elementId, String model) {
		String name = "Sandbox_" + elementId;
		HttpResponse<String> response = deployOverRest(name, model.startsWith("<definitions") ? name + ".dmn"
				: name + ".bpmn", model);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"field\":\"" + elementId + "\"");
		assertThat(this.repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
		assertThat(MARKER).doesNotExist();
	}

	@Test
	void theJavaApiRefusesTheWholeDeployment() {
		String refused = bpmn("<bpmn:serviceTask id=\"Activity_GetClass\" "
				+ "camunda:expression=\"${execution.getClass()}\"/>");

		assertThatThrownBy(() -> this.repositoryService.createDeployment()
			.name("Sandbox_JavaApi")
			.addString("Sandbox_Fine.bpmn", bpmn("<bpmn:endEvent id=\"Event_End\"/>").replace("SandboxProcess", "SandboxFine"))
			.addString("Sandbox_JavaApi.bpmn", refused)
			.deploy())
			.isInstanceOfSatisfying(ParseException.class, refusal -> assertThat(refusal.getResorceReports())
				.singleElement()
				.satisfies(report -> assertThat(report.getErrors()).singleElement()
					.satisfies(problem -> assertThat(problem.getMainElementId()).isEqualTo("Activity_GetClass"))));
		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("SandboxFine").count())
			.isZero();
	}

	@Test
	void anExpressionTheDeploymentCannotSeeThroughFailsIntoAnIncidentAndNeverRuns() {
		// member names come from variables: nothing to see at deployment
		String model = bpmn("<bpmn:serviceTask id=\"Activity_Dynamic\" camunda:asyncBefore=\"true\" "
				+ "camunda:expression=\"${''[c][f](runtimeClass)[m](getter)[i](null)[e](command)}\"/>"
				+ "<bpmn:endEvent id=\"Event_End\"/>"
				+ "<bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"Event_Start\" targetRef=\"Activity_Dynamic\"/>"
				+ "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Activity_Dynamic\" targetRef=\"Event_End\"/>");
		Deployment deployment = this.repositoryService.createDeployment()
			.name("Sandbox_Dynamic")
			.addString("Sandbox_Dynamic.bpmn", model)
			.deploy();
		try {
			String instance = this.runtimeService
				.startProcessInstanceByKey("SandboxProcess", Map.of("c", "class", "f", "forName", "runtimeClass",
						"java.lang.Runtime", "m", "getMethod", "getter", "getRuntime", "i", "invoke", "e", "exec", "command",
						"touch " + MARKER))
				.getId();

			for (int attempt = 0; attempt < 3; attempt++) {
				Job job = this.managementService.createJobQuery().processInstanceId(instance).singleResult();
				assertThatThrownBy(() -> this.managementService.executeJob(job.getId()))
					.hasStackTraceContaining("Models may not use class on java.lang.String");
			}

			assertThat(this.runtimeService.createIncidentQuery().processInstanceId(instance).singleResult())
				.satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo("Activity_Dynamic"))
				.satisfies(incident -> assertThat(incident.getIncidentMessage()).contains("Models may not use"));
			assertThat(MARKER).doesNotExist();
		}
		finally {
			this.repositoryService.deleteDeployment(deployment.getId(), true);
		}
	}

	@Test
	void feelCannotCallJava() {
		FeelEngine feel = ((ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration())
			.getDmnEngineConfiguration()
			.getFeelEngine();
		String call = "{f: function(k, v) external {java: {class: \"java.lang.System\", "
				+ "method signature: \"setProperty(java.lang.String, java.lang.String)\"}}, r: f(\"gridcase.feel.marker\", \"ran\")}.r";

		try {
			feel.evaluateSimpleExpression(call, Variables.createVariables().asVariableContext());
		}
		catch (RuntimeException refused) {
			assertThat(refused).hasMessageContaining("external");
		}
		assertThat(System.getProperty("gridcase.feel.marker")).isNull();
	}

	@Test
	void feelSeesValuesNotJavaObjects() {
		FeelEngine feel = ((ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration())
			.getDmnEngineConfiguration()
			.getFeelEngine();
		var variables = Variables.createVariables()
			.putValue("name", "张伟")
			.putValue("builder", new StringBuilder("x"))
			.asVariableContext();

		assertThat((Object) feel.evaluateSimpleExpression("name + \"!\"", variables)).isEqualTo("张伟!");
		assertThat((Object) feel.evaluateSimpleExpression("builder.class.name", variables)).isNull();
		assertThat((Object) feel.evaluateSimpleExpression("builder", variables)).isNull();
	}

	@Test
	void theShippedModelsUseOnlyWhatTheSandboxAllows() {
		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("CaseLifecycleProcess").count())
			.isPositive();
		assertThat(((ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration())
			.getExpressionManager()).isInstanceOf(SandboxedExpressionManager.class);
	}

	private HttpResponse<String> deployOverRest(String name, String fileName, String model) {
		String boundary = "gridcase-sandbox-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
		ApiClient admin = ApiClient.as(this.port, "admin", "admin");
		return admin.send(admin.request("/engine-rest/deployment/create")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	static String bpmn(String body) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    id="Definitions_Sandbox" targetNamespace="http://gridcase.org/test">
				  <bpmn:process id="SandboxProcess" isExecutable="true" camunda:historyTimeToLive="1">
				    <bpmn:startEvent id="Event_Start"/>
				    %s
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(body);
	}

	static String dmn(String inputLanguage, String input, String inputEntry, String outputLanguage, String outputEntry) {
		return """
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Sandbox"
				    name="Sandbox" namespace="http://gridcase.org/test">
				  <decision id="SandboxDecision" name="Sandbox">
				    <decisionTable id="DecisionTable_Sandbox">
				      <input id="Input_Amount"><inputExpression id="InputExpression_%3$s" typeRef="string"%1$s><text>%2$s</text></inputExpression></input>
				      <output id="Output_Result" name="result" typeRef="string"/>
				      <rule id="Rule_1">
				        <inputEntry id="InputEntry_Runtime"><text>%4$s</text></inputEntry>
				        <outputEntry id="OutputEntry_%6$s"%5$s><text>%7$s</text></outputEntry>
				      </rule>
				    </decisionTable>
				  </decision>
				</definitions>
				""".formatted(inputLanguage, input, inputLanguage.isEmpty() ? "Amount" : "Javascript", inputEntry,
				outputLanguage, outputLanguage.isEmpty() ? "External" : "Juel", outputEntry);
	}

}
