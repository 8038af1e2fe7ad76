package org.gridcase.cases.process;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.gridcase.cases.CaseProgress;
import org.gridcase.shared.process.EveryUserTask;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Engine extensions for cases: the light timers' job handler and their removal with their task
 * ({@link RemoveLightTimerWithTask}), declared inputs only when a task
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
		RemoveLightTimerWithTask.onEveryUserTask(configuration);

		TaskForms forms = new TaskForms(this.objectMapper);
		TaskListener formCheck = new RequiredFormFields(forms);
		EveryUserTask.listen(configuration, formCheck, TaskListener.EVENTNAME_COMPLETE);

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
