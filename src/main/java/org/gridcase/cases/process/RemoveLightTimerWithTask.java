package org.gridcase.cases.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
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
 * A task's light timer goes with the task, in the same transaction: when it is completed, and when
 * it is deleted (cancelled by a boundary event, its instance deleted or modified). Built in on
 * every user task, so it runs also where custom listeners are skipped. Timers of a case and of
 * tasks still open go with their process instance (the engine removes an ending execution's jobs).
 */
final class RemoveLightTimerWithTask implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		LightTimers.removeWith(task);
	}

	static void onEveryUserTask(ProcessEngineConfigurationImpl configuration) {
		TaskListener removal = new RemoveLightTimerWithTask();
		List<BpmnParseListener> parseListeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
				? List.of() : configuration.getCustomPostBPMNParseListeners());
		parseListeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, removal);
				task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, removal);
			}
		});
		configuration.setCustomPostBPMNParseListeners(parseListeners);
	}

}
