package org.gridcase.platform.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridcase.shared.UserTexts;
import org.w3c.dom.Element;

import static org.gridcase.platform.engine.ModelDocuments.children;
import static org.gridcase.platform.engine.ModelDocuments.id;

/**
 * The rules of {@code .bpmnlintrc} that decide whether a model runs as drawn, checked again at
 * deployment in Java (the Modeler and REST clients bypass the build's {@code npm run lint:bpmn}):
 * {@code start-event-required}, {@code end-event-required}, {@code no-disconnected} (a boundary
 * event counts as connected through its host), {@code no-duplicate-sequence-flows},
 * {@code conditional-flows}, {@code fake-join}, {@code no-implicit-split},
 * {@code superfluous-gateway}, {@code single-blank-start-event} and
 * {@code camunda-compat/history-time-to-live}. The layout and naming rules
 * ({@code label-required}, {@code no-overlapping-elements}, …) stay with the build.
 */
final class ModelLint {

	private static final Set<String> ACTIVITIES = Set.of("task", "userTask", "serviceTask", "scriptTask",
			"businessRuleTask", "sendTask", "receiveTask", "manualTask", "callActivity", "subProcess", "transaction");

	private static final Set<String> EVENTS = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
			"intermediateThrowEvent", "boundaryEvent");

	private static final Set<String> GATEWAYS = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
			"eventBasedGateway", "complexGateway");

	private static final Set<String> CONDITIONAL_GATEWAYS = Set.of("exclusiveGateway", "inclusiveGateway",
			"complexGateway");

	private ModelLint() {
	}

	static List<ModelRefusal> check(Element definitions) {
		List<ModelRefusal> problems = new ArrayList<>();
		for (Element process : children(definitions, "process")) {
			if ("true".equals(process.getAttribute("isExecutable"))
					&& ModelDocuments.camunda(process, "historyTimeToLive") == null) {
				problems.add(refusal(process, "model.lint.history-time-to-live"));
			}
			scope(process, problems);
		}
		return problems;
	}

	private static void scope(Element scope, List<ModelRefusal> problems) {
		boolean eventSubProcess = "true".equals(scope.getAttribute("triggeredByEvent"));
		List<Element> nodes = new ArrayList<>();
		List<Element> flows = children(scope, "sequenceFlow");
		for (Element child = firstElement(scope); child != null; child = nextElement(child)) {
			String kind = child.getLocalName();
			if (ACTIVITIES.contains(kind) || EVENTS.contains(kind) || GATEWAYS.contains(kind)) {
				nodes.add(child);
			}
			if (kind.equals("subProcess") || kind.equals("transaction")) {
				scope(child, problems);
			}
		}
		List<Element> starts = nodes.stream().filter(node -> node.getLocalName().equals("startEvent")).toList();
		if (!nodes.isEmpty() && starts.isEmpty()) {
			problems.add(refusal(scope, "model.lint.start-event-required"));
		}
		if (!nodes.isEmpty() && nodes.stream().noneMatch(node -> node.getLocalName().equals("endEvent"))) {
			problems.add(refusal(scope, "model.lint.end-event-required"));
		}
		if (!eventSubProcess && starts.stream().filter(start -> eventDefinitions(start) == 0).count() > 1) {
			problems.add(refusal(scope, "model.lint.single-blank-start-event"));
		}
		Map<String, List<Element>> incoming = new HashMap<>();
		Map<String, List<Element>> outgoing = new HashMap<>();
		Set<String> pairs = new HashSet<>();
		for (Element flow : flows) {
			String source = flow.getAttribute("sourceRef");
			String target = flow.getAttribute("targetRef");
			outgoing.computeIfAbsent(source, key -> new ArrayList<>()).add(flow);
			incoming.computeIfAbsent(target, key -> new ArrayList<>()).add(flow);
			if (!pairs.add(source + "→" + target + "→" + condition(flow))) {
				problems.add(refusal(flow, "model.lint.no-duplicate-sequence-flows"));
			}
		}
		for (Element node : nodes) {
			node(node, incoming.getOrDefault(id(node), List.of()), outgoing.getOrDefault(id(node), List.of()),
					eventSubProcess, problems);
		}
	}

	private static void node(Element node, List<Element> in, List<Element> out, boolean inEventSubProcess,
			List<ModelRefusal> problems) {
		String kind = node.getLocalName();
		boolean eventSubProcess = "true".equals(node.getAttribute("triggeredByEvent"));
		boolean compensation = "true".equals(node.getAttribute("isForCompensation"));
		if (in.isEmpty() && out.isEmpty() && !kind.equals("boundaryEvent") && !eventSubProcess && !compensation
				&& !(inEventSubProcess && kind.equals("startEvent"))) {
			problems.add(refusal(node, "model.lint.no-disconnected"));
		}
		String defaultFlow = node.getAttribute("default");
		if (CONDITIONAL_GATEWAYS.contains(kind) && out.size() > 1) {
			for (Element flow : out) {
				if (condition(flow).isEmpty() && !id(flow).equals(defaultFlow)) {
					problems.add(refusal(flow, "model.lint.conditional-flows"));
				}
			}
		}
		if (ACTIVITIES.contains(kind) && in.size() > 1) {
			problems.add(refusal(node, "model.lint.fake-join"));
		}
		if (!GATEWAYS.contains(kind) && out.size() > 1
				&& out.stream().anyMatch(flow -> condition(flow).isEmpty() && !id(flow).equals(defaultFlow))) {
			problems.add(refusal(node, "model.lint.no-implicit-split"));
		}
		if (GATEWAYS.contains(kind) && in.size() == 1 && out.size() == 1) {
			problems.add(refusal(node, "model.lint.superfluous-gateway"));
		}
	}

	private static String condition(Element flow) {
		return children(flow, "conditionExpression").stream().map(Element::getTextContent).map(String::strip)
			.findFirst().orElse("");
	}

	private static long eventDefinitions(Element event) {
		long count = 0;
		for (Element child = firstElement(event); child != null; child = nextElement(child)) {
			count += child.getLocalName().endsWith("EventDefinition") ? 1 : 0;
		}
		return count;
	}

	private static Element firstElement(Element parent) {
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				return element;
			}
		}
		return null;
	}

	private static Element nextElement(Element element) {
		for (var node = element.getNextSibling(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element next) {
				return next;
			}
		}
		return null;
	}

	private static ModelRefusal refusal(Element element, String rule) {
		String id = id(element);
		return new ModelRefusal(id, UserTexts.get("model.element-refused", id, element.getTagName(), UserTexts.get(rule)));
	}

}
