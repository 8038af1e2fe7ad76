package org.gridcase.notify.process;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.notify.CitizenEvaluation;
import org.gridcase.notify.Satisfaction;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The evaluation step (回访评价, {@code Activity_EvaluateCase} of the case lifecycle): a
 * reporter's answer fills its form fields {@code satisfaction} and {@code visitNote} as process
 * variables, so the station sees it when it opens the task and the case record keeps the
 * satisfaction when the step is completed. Called for residents, who are not logged in (no
 * engine identity on the request, so no engine authorization applies).
 */
@Component
class EvaluationStep implements CitizenEvaluation {

	static final String PROCESS_ID = "CaseLifecycleProcess";

	static final String TASK = "Activity_EvaluateCase";

	static final String SATISFACTION = "satisfaction";

	static final String VISIT_NOTE = "visitNote";

	private final ProcessEngine engine;

	EvaluationStep(@Lazy ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	public boolean isAwaitingEvaluation(String businessKey) {
		return task(businessKey) != null;
	}

	@Override
	public void record(String businessKey, Satisfaction satisfaction, String note) {
		Task task = task(businessKey);
		if (task == null) {
			throw new IllegalStateException("Case " + businessKey + " is not at its evaluation step");
		}
		this.engine.getRuntimeService()
			.setVariables(task.getProcessInstanceId(), Map.of(SATISFACTION, satisfaction.name(), VISIT_NOTE, note));
	}

	private Task task(String businessKey) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processDefinitionKey(PROCESS_ID)
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(TASK)
			.active()
			.singleResult();
	}

}
