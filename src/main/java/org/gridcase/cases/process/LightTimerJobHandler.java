package org.gridcase.cases.process;

import java.util.UUID;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseProgress;

/**
 * Fires the engine timers that turn lights yellow and red. A task timer whose task is already
 * done changes nothing.
 */
class LightTimerJobHandler implements JobHandler<LightTimer> {

	static final String TYPE = "gridcase-light";

	private final CaseProgress progress;

	LightTimerJobHandler(CaseProgress progress) {
		this.progress = progress;
	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public void execute(LightTimer timer, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
		if (timer.taskId() != null) {
			TaskEntity task = commandContext.getTaskManager().findTaskById(timer.taskId());
			if (task == null) {
				return;
			}
			task.setVariableLocal(CaseLifecycleProcessVariables.LIGHT, timer.light().name());
		}
		if (timer.caseId() != null) {
			this.progress.turnLight(new CaseId(UUID.fromString(timer.caseId())), timer.light());
		}
	}

	@Override
	public LightTimer newConfiguration(String canonicalString) {
		return LightTimer.parse(canonicalString);
	}

	@Override
	public void onDelete(LightTimer configuration, JobEntity jobEntity) {
		// nothing to clean up
	}

}
