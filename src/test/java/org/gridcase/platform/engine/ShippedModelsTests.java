package org.gridcase.platform.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcase.platform.engine.ModelDocuments.camunda;
import static org.gridcase.platform.engine.ModelDocuments.descendants;
import static org.gridcase.platform.engine.ModelDocuments.id;

/**
 * The shipped models are the documentation (issue 12): what a reader of a procedure should see
 * is in the diagram through the element templates, each process has its
 * {@code <ProcessId>Variables} class, and every diagram is complete, each element drawn on the
 * plane of its process.
 */
class ShippedModelsTests {

	private static final Set<String> TASK_TEMPLATES = Set.of("gridcase.GridRoleTask", "gridcase.DepartmentTask");

	/** Listener expressions the templates replace: in a shipped model they would be hidden behaviour. */
	private static final List<String> HIDDEN = List.of("taskRouting.route", "caseDeadlines.track(", "caseDeadlines.trackOwn(",
			"caseEscalations.climb");

	private static final Set<String> FLOW_ELEMENTS = Set.of("task", "userTask", "serviceTask", "scriptTask",
			"businessRuleTask", "sendTask", "receiveTask", "manualTask", "callActivity", "subProcess", "startEvent",
			"endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway",
			"parallelGateway", "inclusiveGateway", "eventBasedGateway", "sequenceFlow");

	static Stream<Path> models() throws IOException {
		return Files.list(Path.of("processes")).filter(file -> file.toString().endsWith(".bpmn")).sorted();
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyUserTaskCarriesATaskTemplate(Path model) throws IOException {
		for (Element task : descendants(definitions(model), "userTask")) {
			assertThat(camunda(task, "modelerTemplate")).as(model + " " + id(task)).isIn(TASK_TEMPLATES);
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void timersEscalationsAndJointEnforcementCarryTheirTemplates(Path model) throws IOException {
		Element definitions = definitions(model);
		for (Element boundary : descendants(definitions, "boundaryEvent")) {
			if (boundary.getTextContent().contains("caseDeadlines.limit")) {
				assertThat(camunda(boundary, "modelerTemplate")).as(id(boundary)).isEqualTo("gridcase.TimeLimitTimer");
			}
		}
		for (Element flow : descendants(definitions, "sequenceFlow")) {
			if (ModelDocuments.property(flow, ModelTemplates.ESCALATE_TO).isPresent()) {
				assertThat(camunda(flow, "modelerTemplate")).as(id(flow)).isEqualTo("gridcase.Escalation");
			}
		}
		for (Element call : descendants(definitions, "callActivity")) {
			if ("JointEnforcementSubprocess".equals(call.getAttribute("calledElement"))) {
				assertThat(camunda(call, "modelerTemplate")).as(id(call)).isEqualTo("gridcase.JointEnforcement");
			}
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void noRoutingDeadlineOrEscalationHidesInAListener(Path model) throws IOException {
		Element definitions = definitions(model);
		for (String kind : List.of("taskListener", "executionListener")) {
			for (Element listener : descendants(definitions, kind)) {
				assertThat(listener.getAttribute("expression")).as(model + " " + kind).doesNotContain(HIDDEN);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void eachProcessHasItsVariablesClass(Path model) throws IOException {
		for (Element process : descendants(definitions(model), "process")) {
			assertThat(Path.of("src/main/java/org/gridcase/cases/process/" + id(process) + "Variables.java")).exists();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyElementIsDrawnOnThePlaneOfItsProcess(Path model) throws IOException {
		Element definitions = definitions(model);
		Map<String, String> planeOf = new HashMap<>();
		for (Element plane : descendants(definitions, "BPMNPlane")) {
			for (String kind : List.of("BPMNShape", "BPMNEdge")) {
				descendants(plane, kind).forEach(shape -> planeOf.put(shape.getAttribute("bpmnElement"),
						plane.getAttribute("bpmnElement")));
			}
		}
		for (Element process : descendants(definitions, "process")) {
			for (String kind : FLOW_ELEMENTS) {
				for (Element element : descendants(process, kind)) {
					assertThat(planeOf.get(id(element))).as(model + " " + id(element)).isEqualTo(planeFor(element));
				}
			}
		}
	}

	/** The process, or the nearest collapsed subprocess, an element belongs to. */
	private static String planeFor(Element element) {
		for (Node parent = element.getParentNode(); parent instanceof Element scope; parent = scope.getParentNode()) {
			if (scope.getLocalName().equals("process") || isCollapsed(scope)) {
				return id(scope);
			}
		}
		return null;
	}

	private static boolean isCollapsed(Element scope) {
		if (!scope.getLocalName().equals("subProcess")) {
			return false;
		}
		return descendants((Element) scope.getOwnerDocument().getDocumentElement(), "BPMNShape").stream()
			.anyMatch(shape -> shape.getAttribute("bpmnElement").equals(id(scope))
					&& "false".equals(shape.getAttribute("isExpanded")));
	}

	private static Element definitions(Path model) throws IOException {
		return ModelDocuments.parse(Files.readAllBytes(model)).orElseThrow();
	}

}
