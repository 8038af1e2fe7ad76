package org.gridcase.platform.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each reason {@link ModelContractPolicy} refuses a deployment for, named by element; the
 * shipped models with their forms pass.
 */
class ModelContractPolicyTests {

	static final String ROUTED = "camunda:candidateGroups=\"${taskRouting.candidates(execution, 'GRID_LEADER')}\"";

	@Test
	void theShippedModelsAndFormsPass() throws IOException {
		DeploymentEntity deployment = new DeploymentEntity();
		deployment.setNew(true);
		try (Stream<Path> models = Stream.concat(Files.list(Path.of("processes")), Files.list(Path.of("forms")))) {
			for (Path model : models.filter(Files::isRegularFile).toList()) {
				deployment.addResource(resource(model.toString(), Files.readString(model)));
			}
		}

		assertThatCode(() -> policy().deploy(deployment)).doesNotThrowAnyException();
	}

	static Stream<Arguments> refusedModels() {
		return Stream.of(
				Arguments.of("lint: no end event", "Process_Refused",
						process("<bpmn:startEvent id=\"Event_Start\"/><bpmn:userTask id=\"Activity_Work\" " + ROUTED + "/>"
								+ flow("Flow_ToWork", "Event_Start", "Activity_Work"))),
				Arguments.of("lint: gateway flow without condition", "Flow_Maybe",
						process("<bpmn:startEvent id=\"Event_Start\"/><bpmn:exclusiveGateway id=\"Gateway_Choice\"/>"
								+ "<bpmn:endEvent id=\"Event_A\"/><bpmn:endEvent id=\"Event_B\"/>"
								+ flow("Flow_ToChoice", "Event_Start", "Gateway_Choice")
								+ "<bpmn:sequenceFlow id=\"Flow_Yes\" sourceRef=\"Gateway_Choice\" targetRef=\"Event_A\">"
								+ "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${ok}</bpmn:conditionExpression>"
								+ "</bpmn:sequenceFlow>" + flow("Flow_Maybe", "Gateway_Choice", "Event_B"))),
				Arguments.of("user task without routing", "Activity_Unrouted",
						straight("<bpmn:userTask id=\"Activity_Unrouted\" name=\"处置\"/>")),
				Arguments.of("form in no deployment", "Activity_WithForm",
						straight("<bpmn:userTask id=\"Activity_WithForm\" " + ROUTED
								+ " camunda:formRef=\"NoSuchForm\" camunda:formRefBinding=\"deployment\"/>")),
				Arguments.of("department task without department", "Activity_Department",
						straight("<bpmn:userTask id=\"Activity_Department\" camunda:candidateGroups="
								+ "\"${taskRouting.departmentCandidates(execution, 'DEPARTMENT_OFFICER')}\"/>")),
				Arguments.of("unknown escalation level", "Flow_Climb",
						process("<bpmn:startEvent id=\"Event_Start\"/><bpmn:endEvent id=\"Event_End\"/>"
								+ "<bpmn:sequenceFlow id=\"Flow_Climb\" sourceRef=\"Event_Start\" targetRef=\"Event_End\">"
								+ "<bpmn:extensionElements><camunda:properties>"
								+ "<camunda:property name=\"gridcase.escalateTo\" value=\"MOON\"/>"
								+ "</camunda:properties></bpmn:extensionElements></bpmn:sequenceFlow>")),
				Arguments.of("timer counting another step than it names", "Event_Late",
						straight("<bpmn:userTask id=\"Activity_Work\" " + ROUTED + "/>"
								+ "<bpmn:boundaryEvent id=\"Event_Late\" attachedToRef=\"Activity_Work\">"
								+ "<bpmn:extensionElements><camunda:properties>"
								+ "<camunda:property name=\"gridcase.timeLimitStep\" value=\"HANDLE_IN_GRID\"/>"
								+ "</camunda:properties></bpmn:extensionElements><bpmn:timerEventDefinition><bpmn:timeDuration>"
								+ "P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>")),
				Arguments.of("decision with other outputs", "CaseTimeLimits",
						"<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"Definitions_Limits\" "
								+ "name=\"x\" namespace=\"http://gridcase.org/test\"><decision id=\"CaseTimeLimits\" name=\"x\">"
								+ "<decisionTable id=\"DecisionTable_Limits\"><input id=\"Input_Step\"><inputExpression "
								+ "id=\"InputExpression_Step\" typeRef=\"string\"><text>step</text></inputExpression></input>"
								+ "<output id=\"Output_Days\" name=\"days\" typeRef=\"double\"/></decisionTable></decision>"
								+ "</definitions>"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedModels")
	void refusesTheDeploymentNamingTheElement(String reason, String elementId, String model) {
		String name = model.startsWith("<definitions") ? "Refused.dmn" : "Refused.bpmn";

		assertThatThrownBy(() -> policy().deploy(deployment(name, model)))
			.isInstanceOfSatisfying(ParseException.class, refusal -> assertThat(refusal.getResorceReports())
				.singleElement()
				.satisfies(report -> assertThat(report.getErrors()).extracting(problem -> problem.getMainElementId())
					.contains(elementId)));
	}

	@Test
	void aFormInTheSameDeploymentOrAlreadyDeployedIsFound() {
		String sameDeployment = straight("<bpmn:userTask id=\"Activity_WithForm\" " + ROUTED
				+ " camunda:formRef=\"CheckForm\" camunda:formRefBinding=\"deployment\"/>");
		String latest = straight("<bpmn:userTask id=\"Activity_WithForm\" " + ROUTED + " camunda:formRef=\"OldForm\"/>");
		DeploymentEntity withForm = deployment("Check.bpmn", sameDeployment);
		withForm.addResource(resource("forms/CheckForm.form", "{\"id\": \"CheckForm\", \"components\": []}"));

		assertThatCode(() -> policy().deploy(withForm)).doesNotThrowAnyException();
		assertThatCode(() -> new ModelContractPolicy("OldForm"::equals).deploy(deployment("Latest.bpmn", latest)))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> new ModelContractPolicy("OldForm"::equals).deploy(deployment("Other.bpmn",
				sameDeployment.replace("CheckForm", "OldForm"))))
			.hasMessageContaining("OldForm");
	}

	@Test
	void modelsRoutedByTheOldListenersStillPass() {
		String model = straight("<bpmn:userTask id=\"Activity_Old\"><bpmn:extensionElements><camunda:taskListener "
				+ "event=\"create\" expression=\"${taskRouting.route(task, 'GRID_LEADER')}\"/></bpmn:extensionElements>"
				+ "</bpmn:userTask>");

		assertThatCode(() -> policy().deploy(deployment("Old.bpmn", model))).doesNotThrowAnyException();
	}

	/** Start → {@code body} (whose first element is {@code Activity_…}) → end. */
	static String straight(String body) {
		String first = body.replaceFirst("(?s)^.*?id=\"([^\"]+)\".*$", "$1");
		return process("<bpmn:startEvent id=\"Event_Start\"/>" + body + "<bpmn:endEvent id=\"Event_End\"/>"
				+ flow("Flow_In", "Event_Start", first) + flow("Flow_Out", first, "Event_End"));
	}

	static String flow(String id, String source, String target) {
		return "<bpmn:sequenceFlow id=\"" + id + "\" sourceRef=\"" + source + "\" targetRef=\"" + target + "\"/>";
	}

	static String process(String body) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    id="Definitions_Refused" targetNamespace="http://gridcase.org/test">
				  <bpmn:process id="Process_Refused" isExecutable="true" camunda:historyTimeToLive="1">
				    %s
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(body);
	}

	private static ModelContractPolicy policy() {
		return new ModelContractPolicy(key -> false);
	}

	static DeploymentEntity deployment(String name, String content) {
		DeploymentEntity deployment = new DeploymentEntity();
		deployment.setNew(true);
		deployment.addResource(resource(name, content));
		return deployment;
	}

	private static ResourceEntity resource(String name, String content) {
		ResourceEntity resource = new ResourceEntity();
		resource.setName(name);
		resource.setBytes(content.getBytes(StandardCharsets.UTF_8));
		return resource;
	}


}
