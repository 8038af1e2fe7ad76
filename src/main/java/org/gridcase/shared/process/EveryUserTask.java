package org.gridcase.shared.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Behaviour every user task of every deployed model gets, whatever the model says: a task
 * listener added when the model is parsed, after the model's own listeners. For engine plugins'
 * {@code preInit}.
 */
public final class EveryUserTask {

	private EveryUserTask() {
	}

	/** Adds {@code listener} for each of {@code events} to every user task parsed from now on. */
	public static void listen(ProcessEngineConfigurationImpl configuration, TaskListener listener, String... events) {
		List<BpmnParseListener> parseListeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
				? List.of() : configuration.getCustomPostBPMNParseListeners());
		parseListeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				for (String event : events) {
					task.addTaskListener(event, listener);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(parseListeners);
	}

}
