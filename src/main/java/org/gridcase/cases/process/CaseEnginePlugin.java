package org.gridcase.cases.process;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gridcase.cases.CaseProgress;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Engine extensions for cases: the light timers' job handler, declared inputs only when a task
 * is completed ({@link DeclaredInputsInterceptor}), form checks on completing every user task
 * ({@link RequiredFormFields}), and bad input surfacing as such ({@link FormValidationInterceptor}).
 */
@Component
class CaseEnginePlugin extends AbstractProcessEnginePlugin {

	private final CaseProgress progress;

	private final ObjectMapper objectMapper;

	CaseEnginePlugin(@Lazy CaseProgress progress, ObjectMapper objectMapper) {
		this.progress = progress;
		this.objectMapper = objectMapper;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<JobHandler> handlers = new ArrayList<>(
				configuration.getCustomJobHandlers() == null ? List.of() : configuration.getCustomJobHandlers());
		handlers.add(new LightTimerJobHandler(this.progress));
		configuration.setCustomJobHandlers(handlers);

		TaskForms forms = new TaskForms(this.objectMapper);
		TaskListener formCheck = new RequiredFormFields(forms);
		List<BpmnParseListener> parseListeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
				? List.of() : configuration.getCustomPostBPMNParseListeners());
		parseListeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, formCheck);
			}
		});
		configuration.setCustomPostBPMNParseListeners(parseListeners);

		List<CommandInterceptor> interceptors = new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired() == null
				? List.of() : configuration.getCustomPreCommandInterceptorsTxRequired());
		interceptors.add(new FormValidationInterceptor());
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

		List<CommandInterceptor> inContext = new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired() == null
				? List.of() : configuration.getCustomPostCommandInterceptorsTxRequired());
		inContext.add(new DeclaredInputsInterceptor(forms));
		configuration.setCustomPostCommandInterceptorsTxRequired(inContext);
	}

}
