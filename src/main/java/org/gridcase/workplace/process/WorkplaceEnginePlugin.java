package org.gridcase.workplace.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Engine extensions for the workplace: every user task of every model is named after its case
 * when created ({@link NameTaskAfterCase}, after the model's own create listeners), and stored
 * task queries may ask for today in the district ({@link DistrictDay}).
 */
@Component
class WorkplaceEnginePlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskListener naming = new NameTaskAfterCase();
		List<BpmnParseListener> parseListeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
				? List.of() : configuration.getCustomPostBPMNParseListeners());
		parseListeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, naming);
			}
		});
		configuration.setCustomPostBPMNParseListeners(parseListeners);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		try {
			configuration.getExpressionManager()
				.addFunction(DistrictDay.TODAY_START, DistrictDay.class.getMethod(DistrictDay.TODAY_START));
			configuration.getExpressionManager()
				.addFunction(DistrictDay.TOMORROW_START, DistrictDay.class.getMethod(DistrictDay.TOMORROW_START));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
