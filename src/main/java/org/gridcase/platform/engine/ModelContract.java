package org.gridcase.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.gridcase.shared.UserTexts;
import org.w3c.dom.Element;

import static org.gridcase.platform.engine.ModelDocuments.camunda;
import static org.gridcase.platform.engine.ModelDocuments.children;
import static org.gridcase.platform.engine.ModelDocuments.descendants;
import static org.gridcase.platform.engine.ModelDocuments.id;

/**
 * What GridCase needs of a BPMN model beyond the engine's rules (mirrored by the bpmnlint plugin
 * {@code gridcase} for the build): every user task is routed through the organisation
 * ({@code gridcase/user-task-routing}: candidate groups from {@code taskRouting}, as the
 * templates write them, or a {@code taskRouting} create listener), a department task says its
 * department, template values are ones the code knows ({@code gridcase/template-values}), a
 * time-limit timer counts the step it names ({@code gridcase/time-limit-timer}), and the forms
 * user tasks refer to exist: with {@code camunda:formRefBinding="deployment"} in the same
 * deployment (the Tasklist looks only there), otherwise there or among the deployed forms.
 */
final class ModelContract {

	private static final Set<String> TEMPLATE_PROPERTIES = Set.of(ModelTemplates.TIME_LIMIT_STEP,
			ModelTemplates.DEADLINE_OF, ModelTemplates.CASE_STEP, ModelTemplates.ESCALATE_TO,
			ModelTemplates.ESCALATION_CAUSE);

	private final Set<String> formsInDeployment;

	private final Predicate<String> formDeployed;

	ModelContract(Set<String> formsInDeployment, Predicate<String> formDeployed) {
		this.formsInDeployment = formsInDeployment;
		this.formDeployed = formDeployed;
	}

	List<ModelRefusal> check(Element definitions) {
		List<ModelRefusal> problems = new ArrayList<>();
		for (Element task : descendants(definitions, "userTask")) {
			routing(task, problems);
			form(task, problems);
		}
		for (Element property : descendants(definitions, "property")) {
			String name = property.getAttribute("name");
			if (TEMPLATE_PROPERTIES.contains(name)) {
				ModelTemplates.problem(name, property.getAttribute("value"))
					.ifPresent(expected -> problems.add(refusal(owner(property),
							UserTexts.get("model.template-value", name, property.getAttribute("value"), expected))));
			}
		}
		for (Element boundary : descendants(definitions, "boundaryEvent")) {
			timer(boundary, problems);
		}
		return problems;
	}

	private void routing(Element task, List<ModelRefusal> problems) {
		String groups = camunda(task, "candidateGroups");
		boolean routedByGroups = groups != null && groups.contains("taskRouting.");
		boolean routedByListener = descendants(task, "taskListener").stream()
			.anyMatch(listener -> "create".equals(listener.getAttribute("event"))
					&& listener.getAttribute("expression").contains("taskRouting."));
		if (!routedByGroups && !routedByListener) {
			problems.add(refusal(task, UserTexts.get("model.routing-missing")));
			return;
		}
		if (routedByGroups && groups.contains(ModelTemplates.ROUTING_DEPARTMENT)) {
			var department = ModelDocuments.inputParameter(task, ModelTemplates.ROUTING_DEPARTMENT);
			String value = department.map(Element::getTextContent).orElse("");
			ModelTemplates.problem(ModelTemplates.ROUTING_DEPARTMENT, value)
				.ifPresent(expected -> problems.add(refusal(task, UserTexts.get("model.template-value",
						ModelTemplates.ROUTING_DEPARTMENT, value, expected))));
		}
	}

	private void form(Element task, List<ModelRefusal> problems) {
		String form = camunda(task, "formRef");
		if (form == null || form.isBlank() || form.contains("${") || form.contains("#{")) {
			return;
		}
		boolean sameDeployment = "deployment".equals(camunda(task, "formRefBinding"));
		if (this.formsInDeployment.contains(form) || (!sameDeployment && this.formDeployed.test(form))) {
			return;
		}
		problems.add(refusal(task, UserTexts.get(sameDeployment ? "model.form-not-in-deployment" : "model.form-missing",
				form)));
	}

	private static void timer(Element boundary, List<ModelRefusal> problems) {
		var step = ModelDocuments.property(boundary, ModelTemplates.TIME_LIMIT_STEP);
		if (step.isEmpty()) {
			return;
		}
		String expected = ModelTemplates.timeLimit(step.get().trim());
		String duration = children(boundary, "timerEventDefinition").stream()
			.flatMap(timer -> children(timer, "timeDuration").stream())
			.map(Element::getTextContent)
			.map(String::strip)
			.findFirst()
			.orElse("");
		if (!duration.equals(expected)) {
			problems.add(refusal(boundary, UserTexts.get("model.time-limit-timer", step.get(), expected, duration)));
		}
	}

	/** The BPMN element a {@code camunda:property} belongs to. */
	private static Element owner(Element property) {
		Element element = (Element) property.getParentNode();
		while (element != null && !element.hasAttribute("id")) {
			element = (Element) element.getParentNode();
		}
		return element;
	}

	private static ModelRefusal refusal(Element element, String reason) {
		String id = id(element);
		return new ModelRefusal(id, UserTexts.get("model.element-refused", id, element.getTagName(), reason));
	}

}
