package org.gridcase.platform.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.ExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.ExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Turns what our element templates wrote ({@link ModelTemplates}) into the listeners it stands
 * for, when a model is parsed: a templated user task (routed by its candidate groups) gets its
 * deadline as a create task listener (after the model's own listeners, before those every user
 * task gets, such as telling the candidates) and its case step as a start listener; a templated escalation
 * flow gets its climb as a take listener. Elements without template properties are left alone,
 * so models written with the listeners spelled out keep working. The expressions go through the
 * sandboxed expression manager like any other.
 */
final class TemplateListeners extends AbstractBpmnParseListener {

	private final ExpressionManager expressions;

	TemplateListeners(ExpressionManager expressions) {
		this.expressions = expressions;
	}

	@Override
	public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
		Map<String, String> properties = properties(userTaskElement);
		String caseStep = properties.get(ModelTemplates.CASE_STEP);
		if (caseStep != null && !caseStep.isBlank()) {
			activity.addListener(ExecutionListener.EVENTNAME_START,
					new ExpressionExecutionListener(expression(ModelTemplates.caseStep(caseStep.trim()))));
		}
		TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
		String step = properties.get(ModelTemplates.TIME_LIMIT_STEP);
		if (step != null && !step.isBlank()) {
			task.addTaskListener(TaskListener.EVENTNAME_CREATE, new ExpressionTaskListener(
					expression(ModelTemplates.deadline(step.trim(), properties.get(ModelTemplates.DEADLINE_OF)))));
		}
	}

	@Override
	public void parseSequenceFlow(Element sequenceFlowElement, ScopeImpl scope, TransitionImpl transition) {
		Map<String, String> properties = properties(sequenceFlowElement);
		String level = properties.get(ModelTemplates.ESCALATE_TO);
		if (level != null) {
			transition.addListener(ExecutionListener.EVENTNAME_TAKE, new ExpressionExecutionListener(expression(
					ModelTemplates.escalation(level.trim(), properties.getOrDefault(ModelTemplates.ESCALATION_CAUSE, "DECISION")
						.trim()))));
		}
	}

	private org.camunda.bpm.engine.delegate.Expression expression(String text) {
		return this.expressions.createExpression(text);
	}

	/** The element's {@code camunda:property} entries, name → value. */
	static Map<String, String> properties(Element element) {
		Map<String, String> properties = new LinkedHashMap<>();
		Element extensions = element.element("extensionElements");
		if (extensions == null) {
			return properties;
		}
		for (Element group : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
			for (Element property : group.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
				properties.put(property.attribute("name"), property.attribute("value", ""));
			}
		}
		return properties;
	}

}
